import type { AssetProps } from '../data/schema';
import { usePT } from '../i18n/publish';
import { useT } from '../i18n/strings';
import { correctionLink, DEFAULT_CORRECTIONS_TARGET } from '../io/correction';
import { useView } from '../state/store';
import { flushUrl } from '../state/url-sync';

/** The build's target for corrections (VITE_CORRECTIONS_URL), or the reader's mail program. */
const TARGET: string = (import.meta.env.VITE_CORRECTIONS_URL as string | undefined) || DEFAULT_CORRECTIONS_TARGET;

/** "Suggest a correction" on an asset's panel: a prefilled report, opened in the reader's own
 * tool; the atlas sends nothing. The link is filled in when it is used (the view's address). */
export function CorrectionLink({ asset }: { asset: AssetProps }) {
  const p = usePT();
  const t = useT();
  const lang = useView((s) => s.lang);
  const href = () => {
    flushUrl();
    return correctionLink({
      target: TARGET,
      id: asset.id,
      name: asset.name[lang],
      type: t.type[asset.type],
      url: window.location.href,
      lang,
    });
  };
  const fresh = (e: React.SyntheticEvent<HTMLAnchorElement>) => void (e.currentTarget.href = href());
  return (
    <p className="correction">
      <a href={href()} onClick={fresh} onFocus={fresh} onMouseDown={fresh} target="_blank" rel="noopener">
        {p.correction}
      </a>{' '}
      <span className="muted small">{p.correctionHelp}</span>
    </p>
  );
}
