import { regionList } from '../i18n/region';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useAssetIndex } from '../data';
import type { AssetFeature } from '../data/schema';
import { useT, type Strings } from '../i18n/strings';
import { useDerived } from '../derive/use-derived';
import { useView, type Lang } from '../state/store';
import { useImports } from '../io/imports-store';
import type { AssetProps, Status } from '../data/schema';
import { SortButton } from './sort-header';
import { CappedText, SHORT_CAP } from '../panels/capped-text';

type Col = 'name' | 'type' | 'countries' | 'status' | 'year' | 'operators';
const COLS: Col[] = ['name', 'type', 'countries', 'status', 'year', 'operators'];

/** The sort key of a column; unknown years sort last either way. */
function key(f: AssetFeature, c: Col, lang: Lang, t: Strings, stateOf: (p: AssetProps) => Status | null): string | number {
  const p = f.properties;
  switch (c) {
    case 'name':
      return p.name[lang];
    case 'type':
      return t.type[p.type];
    case 'countries':
      return regionList(p.countries, lang);
    case 'status':
      return t.status[stateOf(p) ?? p.status];
    case 'year':
      return p.year ?? Number.POSITIVE_INFINITY;
    case 'operators':
      return p.operators.join(', ');
  }
}

/** Every asset that the layer switches and filters leave, as a sortable table. Choosing a
 * name selects the asset (on the map too). */
export function AssetList() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const { listed, stateOf, quietOf: quiet } = useDerived();
  // on a phone the list sits below the legend in a short bottom sheet: bring it up
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (window.innerWidth <= 700) section.current?.scrollIntoView({ block: 'start' });
  }, []);
  const select = useView((s) => s.select);
  const { all } = useAssetIndex();
  const imported = useImports((s) => s.layers);
  const selectImported = useView((s) => s.selectImported);
  const [sort, setSort] = useState<{ col: Col; dir: 1 | -1 }>({ col: 'name', dir: 1 });
  const rows = useMemo(() => {
    const r = [...listed];
    const coll = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { numeric: true });
    return r.sort((a, b) => {
      // unknown years go last whichever way the year column is sorted
      if (sort.col === 'year' && (a.properties.year === null) !== (b.properties.year === null)) return a.properties.year === null ? 1 : -1;
      const [x, y] = [key(a, sort.col, lang, t, stateOf), key(b, sort.col, lang, t, stateOf)];
      const d = typeof x === 'number' && typeof y === 'number' ? (x === y ? 0 : x < y ? -1 : 1) : coll.compare(String(x), String(y));
      return d * sort.dir;
    });
  }, [listed, stateOf, sort, lang, t]);

  return (
    <section className="asset-list" aria-labelledby="list-h" ref={section}>
      <h2 id="list-h">{t.assetList}</h2>
      <p className="small muted" aria-live="polite">
        {t.shown(rows.length, all.length)}
      </p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t.assetList}</caption>
          <thead>
            <tr>
              {COLS.map((c) => (
                <th key={c} scope="col" aria-sort={sort.col === c ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
                  <SortButton
                    label={t.col[c]}
                    sortLabel={t.sortBy(t.col[c])}
                    active={sort.col === c}
                    dir={sort.dir}
                    onSort={() => setSort((s) => ({ col: c, dir: s.col === c ? (-s.dir as 1 | -1) : 1 }))}
                  />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => {
              const p = f.properties;
              const since = quiet(p);
              return (
                <tr key={p.id} data-id={p.id}>
                  <th scope="row">
                    <button type="button" className="link" data-return={`asset:${p.id}`} onClick={() => select(p.id)}>
                      <CappedText text={p.name[lang]} cap={SHORT_CAP} />
                    </button>
                  </th>
                  <td data-label={t.col.type}>{t.type[p.type]}</td>
                  <td data-label={t.col.countries}>{regionList(p.countries, lang)}</td>
                  <td data-col="status" data-label={t.col.status}>
                    {t.status[stateOf(p) ?? p.status]}
                    {since !== null && <span className="muted small"> · {since ? t.quietShort(since) : t.quietShortNever}</span>}
                  </td>
                  <td data-label={t.col.year}>{p.year ?? '—'}</td>
                  <td data-label={t.col.operators}>
                    <CappedText text={p.operators.join(', ')} cap={SHORT_CAP} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {imported
        .filter((l) => l.visible)
        .map((l) => (
          <div key={l.id} className="imported-rows">
            <h3>
              <span className="chip" style={{ background: l.color }} aria-hidden="true" /> {l.name} ({t.features(l.features.length)})
            </h3>
            <ul>
              {l.features.slice(0, 500).map((f) => (
                <li key={f.id}>
                  <button
                    type="button"
                    className="link"
                    data-return={`import:${l.id}:${f.id}`}
                    onClick={() => {
                      useView.getState().select(null);
                      selectImported({ layer: l.id, feature: f.id });
                    }}
                  >
                    <CappedText text={f.label} cap={SHORT_CAP} />
                  </button>{' '}
                  <span className="muted small">{f.geometry.type}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
