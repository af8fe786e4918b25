import { useT } from '../i18n/strings';
import { PanelHead } from './panel-head';
import { useImports } from '../io/imports-store';
import { useView } from '../state/store';

/** An imported feature: its layer, and every property as a row of text. */
export function ImportedPanel({ layer, feature }: { layer: string; feature: string }) {
  const t = useT();
  const l = useImports((s) => s.layers.find((x) => x.id === layer));
  const select = useView((s) => s.selectImported);
  const f = l?.features.find((x) => x.id === feature);
  if (!l || !f) return null;
  return (
    <article className="asset-panel" aria-labelledby="imp-h">
      <PanelHead id="imp-h" title={f.label} onClose={() => select(null)} focusKey={feature} />
      <p className="asset-type">
        {t.imported} · {l.name} · {f.geometry.type}
      </p>
      <table className="props">
        <thead>
          <tr>
            <th scope="col">{t.property}</th>
            <th scope="col">{t.value}</th>
          </tr>
        </thead>
        <tbody>
          {f.props.map(([k, v], i) => (
            <tr key={i}>
              <th scope="row">{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
