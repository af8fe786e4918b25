import { useQueryClient } from '@tanstack/react-query';
import { useAllAssetTexts, useAssetQueries } from '../data/queries';
import { LoadError } from '../data/loaded';
import { ASSET_TYPES, type AssetType } from '../data/constants';
import { useT } from '../i18n/strings';
import { GROUPS } from '../model/groups';
import { useDerived } from '../derive/use-derived';
import { useAssetIndex } from '../data';
import { ASSET_FILES } from '../data/files';
import { formatProblem, layerProblems } from '../data/checks';
import { useView } from '../state/store';
import { SymbolSwatch } from './symbol-swatch';
import { FaultKey } from '../resilience/fault-key';
import { MapKey } from './map-key';

/** The route groups (drawn dashed while under construction or planned). */
const ROUTES = GROUPS.filter((g) => g.symbol.startsWith('line'));

/** Problems listed per layer; the rest are counted. */
const MAX_LISTED = 50;
/** A problem names data (an id, a value): a huge one must not swamp the legend. */
const clip = (s: string) => (s.length > 300 ? `${s.slice(0, 299)}…` : s);

/** Legend and layer switches in one: each group's symbol, name, visible count, and its
 * loading or error state with a Retry. */
export function Legend() {
  const t = useT();
  const results = useAssetQueries();
  const layers = useView((s) => s.layers);
  const counts = useDerived().counts;
  const toggle = useView((s) => s.toggleLayer);
  const qc = useQueryClient();
  const { problems: crossProblems } = useAssetIndex();
  const resultOf = (type: AssetType) => results[ASSET_TYPES.indexOf(type)]!;
  // the full records (descriptions, sources) load once the first view is done
  const texts = useAllAssetTexts(useView((s) => s.firstViewDone));
  const textsOf = (type: AssetType) => texts[ASSET_TYPES.indexOf(type)]!;

  return (
    <section className="legend" aria-labelledby="legend-h">
      <h2 id="legend-h">{t.legend}</h2>
      <ul>
        {GROUPS.map((g) => {
          const rs = g.types.map(resultOf);
          const primary = rs[0]!;
          const count = primary.data ? counts[g.key] : null;
          const failed = rs.find((r) => r.isError);
          // which records were left out or have problems, and why, by name (plain text)
          const files = g.types.map((ty) => ASSET_FILES[ty]);
          const problems = layerProblems({
            map: [...rs.flatMap((r) => r.data?.skipped ?? []), ...crossProblems.filter((p) => files.includes(p.file))],
            texts: g.types.flatMap((ty) => textsOf(ty).data?.skipped ?? []),
            textFailures: g.types.flatMap((ty) => {
              const q = textsOf(ty);
              return q.isError && resultOf(ty).data
                ? [{ file: ASSET_FILES[ty], message: q.error instanceof LoadError ? q.error.message : String(q.error) }]
                : [];
            }),
          });
          return (
            <li key={g.key} className="legend-row" data-group={g.key}>
              <label>
                <input type="checkbox" checked={layers[g.key]} onChange={() => toggle(g.key)} />
                <SymbolSwatch symbol={g.symbol} color={g.color} />
                <span className="legend-name">{t.group[g.key]}</span>
                {count !== null && (
                  <span className="legend-count" aria-label={`${count}`}>
                    {t.count(count)}
                  </span>
                )}
              </label>
              {rs.some((r) => r.isPending) && (
                <span className="legend-status" role="status">
                  {t.loading}
                </span>
              )}
              {failed && (
                <div className="legend-error" role="alert">
                  <span>
                    {t.loadFailed}: {failed.error instanceof LoadError ? failed.error.message : String(failed.error)}
                  </span>
                  <button type="button" onClick={() => g.types.forEach((ty) => void qc.refetchQueries({ queryKey: ['assets', ty] }))}>
                    {t.retry}
                  </button>
                </div>
              )}
              {problems.length > 0 && (
                <details className="legend-warn">
                  <summary>{t.skipped(problems.length)}</summary>
                  <ul>
                    {problems.slice(0, MAX_LISTED).map((p, i) => (
                      <li key={i}>{clip(formatProblem(p))}</li>
                    ))}
                    {problems.length > MAX_LISTED && <li>{t.andMore(problems.length - MAX_LISTED)}</li>}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
      <p className="legend-note" data-note="cable-status">
        {ROUTES.map((g) => (
          <SymbolSwatch key={g.key} symbol={g.symbol} color={g.color} planned />
        ))}{' '}
        {t.cableStatusNote}
      </p>
      <FaultKey />
      <MapKey />
      <p className="legend-note">{t.precisionNote}</p>
    </section>
  );
}
