import { useT } from '../i18n/strings';
import { renderProblem } from '../i18n/link-problems';
import { useView } from '../state/store';

/** How many problems are listed before the rest fold away (a link with fifty unknown cable
 * ids must not push the map off the screen). */
export const NOTICE_SHOWN = 6;

/** Says briefly what a link had that could not be used, in the reader's language. The
 * messages are shown as text. Past NOTICE_SHOWN the rest sit in a closed disclosure, and the
 * box itself never takes more than a third of the screen (styles.css). */
export function Notice() {
  const t = useT();
  const notice = useView((s) => s.notice);
  const lang = useView((s) => s.lang);
  const setNotice = useView((s) => s.setNotice);
  if (!notice?.length) return null;
  const lines = notice.map((n) => renderProblem(n, lang));
  const first = lines.slice(0, NOTICE_SHOWN);
  const rest = lines.slice(NOTICE_SHOWN);
  return (
    <div className="notice" role="status">
      <div>
        <strong>{t.ignoredTitle}</strong>
        <ul>
          {first.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
        {rest.length > 0 && (
          <details>
            <summary>{t.andMore(rest.length)}</summary>
            <ul>
              {rest.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </details>
        )}
      </div>
      <button type="button" onClick={() => setNotice(null)}>
        {t.dismiss}
      </button>
    </div>
  );
}
