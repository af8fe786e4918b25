import { useT } from '../i18n/strings';
import { useView } from '../state/store';
import { noticeZh } from '../i18n/notice-zh';

/** Says briefly what a link had that could not be used. The messages are shown as text. */
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
            <li key={i}>{lang === 'zh' ? noticeZh(n) : n}</li>
          ))}
        </ul>
      </div>
      <button type="button" onClick={() => setNotice(null)}>
        {t.dismiss}
      </button>
    </div>
  );
}
