import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { version } from '../../package.json';
import { useAssetIndex } from '../data';
import { usePT } from '../i18n/publish';
import { regionName } from '../i18n/region';
import { useT } from '../i18n/strings';
import { apa, gbt7714 } from '../io/cite';
import { localToday } from '../model/time';
import { useView } from '../state/store';
import { flushUrl } from '../state/url-sync';
import { KeySwatch } from './key-swatch';
import { useViewDescription } from './use-view-description';
import type { KeyGroup } from '../io/view-keys';
import { DATA_RELEASE } from '../data/release';

/** The address of the view as it is now (the camera's last move included). */
const currentUrl = () => {
  flushUrl();
  return window.location.href;
};

/** The page a printed view is: title, day, scenario and filters above the map, every key for
 * what is drawn beside it, the view's address and how to cite it below. Rendered only while
 * printing (between beforeprint and afterprint, synchronously, so the print sees it; the
 * screen's DOM keeps one copy of each key); the print CSS (styles.css, @media print) lays it
 * out with the map on one landscape page. */
export function PrintSheet({ extra }: { extra?: KeyGroup[] }) {
  const [at, setAt] = useState<{ url: string; date: string } | null>(null);
  useEffect(() => {
    const before = () => flushSync(() => setAt({ url: currentUrl(), date: localToday() }));
    const after = () => setAt(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return at ? <Sheet at={at} extra={extra} /> : null;
}

function Sheet({ at, extra }: { at: { url: string; date: string }; extra?: KeyGroup[] | undefined }) {
  const t = useT();
  const p = usePT();
  const lang = useView((s) => s.lang);
  const selection = useView((s) => s.selection);
  const { byId } = useAssetIndex();
  const d = useViewDescription(extra);
  const selected =
    selection?.kind === 'asset'
      ? byId.get(selection.id)?.properties.name[lang]
      : selection?.kind === 'country'
        ? regionName(selection.code, lang)
        : undefined;
  const cite = (lang === 'zh' ? gbt7714 : apa)({ lang, url: at.url, accessed: at.date, version, data: DATA_RELEASE });
  return (
    <div className="print-sheet" aria-hidden="true">
      <div className="print-head">
        <p className="print-title">
          <strong>{t.title}</strong> <span className="muted">{at.date}</span>
        </p>
        <p className="print-facts">{[d.day, d.scenario, d.filters, selected ? p.selected(selected) : null].filter(Boolean).join(' · ')}</p>
      </div>
      <div className="print-keys">
        {d.keys.map((g, i) => (
          <div key={i} className="print-key">
            {g.title && <p className="print-key-title">{g.title}</p>}
            <ul>
              {g.entries.map((e, j) => (
                <li key={j}>
                  <KeySwatch e={e} /> {e.label}
                </li>
              ))}
            </ul>
          </div>
        ))}
        <p className="print-note">{t.precisionNote}</p>
      </div>
      <div className="print-foot">
        <p>
          {p.viewAddress}: <span className="print-url">{at.url}</span>
        </p>
        <p>
          {p.citeAs}: {cite}
        </p>
        <p className="muted">
          {t.attribution} · {t.disclaimer}
        </p>
      </div>
    </div>
  );
}
