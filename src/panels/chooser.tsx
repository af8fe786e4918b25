import { useAssetIndex } from '../data';
import { useT } from '../i18n/strings';
import { PanelHead } from './panel-head';
import { CappedText, SHORT_CAP } from './capped-text';
import { useView } from '../state/store';

/** Several assets under one click (co-located points, crossing cables): pick one. */
export function Chooser({ ids }: { ids: string[] }) {
  const t = useT();
  const lang = useView((s) => s.lang);
  const { select, offer } = useView.getState();
  const { byId } = useAssetIndex();
  return (
    <section className="chooser" aria-labelledby="chooser-h">
      <PanelHead id="chooser-h" title={t.choose} onClose={() => offer(null)} focusKey={ids} />
      <ul>
        {ids.map((id) => {
          const f = byId.get(id);
          if (!f) return null;
          return (
            <li key={id}>
              <button type="button" className="link" onClick={() => select(id)}>
                <CappedText text={f.properties.name[lang]} cap={SHORT_CAP} />
              </button>{' '}
              <span className="muted">· {t.type[f.properties.type]}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
