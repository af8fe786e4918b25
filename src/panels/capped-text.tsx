import { useT } from '../i18n/strings';

/** The most characters a panel renders from one data field: a description of tens of
 * megabytes (a broken or hostile file) must not freeze the page. Rendered as text. */
export const TEXT_CAP = 4000;
/** The cap for a name or a short field in a row (the list, the chooser). */
export const SHORT_CAP = 200;

export function CappedText({ text, cap = TEXT_CAP }: { text: string; cap?: number }) {
  const t = useT();
  if (text.length <= cap) return <>{text}</>;
  return (
    <>
      {text.slice(0, cap)}
      <span className="muted">{t.truncated(text.length - cap)}</span>
    </>
  );
}
