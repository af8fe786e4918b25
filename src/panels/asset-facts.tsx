import { useAssetIndex } from '../data';
import { STATUSES } from '../data/constants';
import type { AssetProps, LifeEvent } from '../data/schema';
import { useDerived } from '../derive/use-derived';
import { useT } from '../i18n/strings';
import { useView } from '../state/store';

/** An asset's life as dated events, oldest first, each with its source where one exists. */
export function LifeEvents({ events }: { events: readonly LifeEvent[] }) {
  const t = useT();
  const lang = useView((s) => s.lang);
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <>
      <h3>{t.life}</h3>
      <ol className="life">
        {sorted.map((e, i) => (
          <li key={i}>
            <time dateTime={e.date}>{e.date}</time> · <strong>{t.eventKind[e.kind]}</strong>
            {e.note && <span> · {e.note[lang]}</span>}
            {e.source?.url && (
              <>
                {' '}
                <a href={e.source.url} target="_blank" rel="noopener noreferrer" title={e.source.title}>
                  [{t.source}]
                </a>
              </>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

/** Cables grouped by their status on the "as of" date (in service first), each one click
 * from its panel: a landing station's cables, a country's. */
export function CablesByStatus({ cables }: { cables: readonly AssetProps[] }) {
  const t = useT();
  const lang = useView((s) => s.lang);
  const stateOf = useDerived().stateOf;
  const select = useView((s) => s.select);
  return (
    <>
      {STATUSES.map((s) => [s, cables.filter((c) => stateOf(c) === s)] as const)
        .filter(([, xs]) => xs.length > 0)
        .map(([s, xs]) => (
          <div key={s} className="station-group" data-status={s}>
            <h4>
              {t.status[s]} ({xs.length})
            </h4>
            <ul className="related">
              {xs.map((c) => (
                <li key={c.id}>
                  <button type="button" className="link" onClick={() => select(c.id)}>
                    {c.name[lang]}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </>
  );
}

/** A landing station's cables, grouped by status. */
export function StationCables({ id }: { id: string }) {
  const t = useT();
  const { cablesOf } = useAssetIndex();
  const cables = cablesOf(id);
  if (!cables.length) return null;
  return (
    <>
      <h3>
        {t.cablesByStatus} ({cables.length})
      </h3>
      <CablesByStatus cables={cables} />
    </>
  );
}
