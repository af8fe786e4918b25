import { useAssetIndex } from '../data';
import { useT } from '../i18n/strings';
import { GROUPS } from '../map/style/groups';
import { matches } from '../state/filters';
import { useView } from '../state/store';

/** Every asset the filters leave, grouped like the legend; choosing one selects it. */
export function AssetList() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const filters = useView((s) => s.filters);
  const layers = useView((s) => s.layers);
  const select = useView((s) => s.select);
  const { all } = useAssetIndex();
  return (
    <section className="asset-list" aria-labelledby="list-h">
      <h2 id="list-h">{t.assetList}</h2>
      {GROUPS.filter((g) => layers[g.key]).map((g) => {
        const items = all.filter((f) => g.types.includes(f.properties.type) && matches(f.properties, filters));
        if (!items.length) return null;
        return (
          <div key={g.key}>
            <h3>
              {t.group[g.key]} ({items.length})
            </h3>
            <ul>
              {items.map((f) => (
                <li key={f.properties.id}>
                  <button type="button" className="link" onClick={() => select(f.properties.id)}>
                    {f.properties.name[lang]}
                  </button>
                  <span className="muted"> · {f.properties.countries.join(', ')} · {f.properties.year ?? t.yearUnknown}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
