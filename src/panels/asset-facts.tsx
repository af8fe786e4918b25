import { useAssetIndex } from '../data';
import { STATUSES, type LifeEvent } from '../data/schema';
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

/** A landing station's cables, grouped by status (in service first). */
export function StationCables({ id }: { id: string }) {
  const t = useT();
  const lang = useView((s) => s.lang);
  const select = useView((s) => s.select);
  const { cablesOf } = useAssetIndex();
  const cables = cablesOf(id);
  if (!cables.length) return null;
  return (
    <>
      <h3>
        {t.cablesByStatus} ({cables.length})
      </h3>
      {STATUSES.filter((s) => cables.some((c) => c.status === s)).map((s) => (
        <div key={s} className="station-group">
          <h4>{t.status[s]}</h4>
          <ul className="related">
            {cables
              .filter((c) => c.status === s)
              .map((c) => (
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
