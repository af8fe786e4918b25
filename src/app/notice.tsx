import { useT } from '../i18n/strings';
import { renderProblem } from '../i18n/link-problems';
import { useView } from '../state/store';

/** Says briefly what a link had that could not be used, in the reader's language. The
 * messages are shown as text. */
export function Notice() {
  const t = useT();
  const notice = useView((s) => s.notice);
  const lang = useView((s) => s.lang);
  const setNotice = useView((s) => s.setNotice);
  if (!notice?.length) return null;
  return (
    <div className="notice" role="status">
      <div>
        <strong>{t.ignoredTitle}</strong>
        <ul>
          {notice.map((n, i) => (
            <li key={i}>{renderProblem(n, lang)}</li>
          ))}
        </ul>
      </div>
      <button type="button" onClick={() => setNotice(null)}>
        {t.dismiss}
      </button>
    </div>
  );
}
