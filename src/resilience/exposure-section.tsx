import { DEPENDENCY_SHARE } from '../analysis/exposure';
import { useAssetIndex } from '../data';
import { useRT } from '../i18n/resilience';
import { useDerived } from '../derive/use-derived';
import { useView } from '../state/store';

const pct = (x: number) => Math.round(x * 100);

/** The country panel's "How exposed" section: the figures for the analysed day, each with
 * plain words on what it counts and what it does not. */
export function ExposureSection({ code }: { code: string }) {
  const r = useRT();
  const lang = useView((s) => s.lang);
  const select = useView((s) => s.select);
  const { byId } = useAssetIndex();
  const { exposure, at } = useDerived();
  const { rows, active } = exposure;
  const day = at.day;
  const e = rows?.find((x) => x.code === code);
  if (!rows) return null;
  if (!e) return null;
  const name = (id: string) => byId.get(id)?.properties.name[lang] ?? id;
  const cables = (ids: string[]) =>
    ids.length ? (
      <ul className="exposure-list">
        {ids.map((id) => (
          <li key={id}>
            <button type="button" className="link" onClick={() => select(id)}>
              {name(id)}
            </button>
          </li>
        ))}
      </ul>
    ) : null;
  const threshold = pct(DEPENDENCY_SHARE);
  return (
    <section className="exposure" aria-labelledby="exposure-h" data-country={code}>
      <h3 id="exposure-h">{r.exposure}</h3>
      <p className="muted small">
        {r.asOfDay(day)}
        {code === 'CN' && <> · {r.chinaMainland}</>}
      </p>
      <dl className="exposure-figures">
        <dt>{r.systems}</dt>
        <dd>
          <strong data-figure="systems">{e.systems.length}</strong>
          {e.systems.length === 0 && <> {r.noneLandlocked}</>}
          <p className="muted small">{r.systemsHelp}</p>
          {cables(e.systems)}
        </dd>
        <dt>{r.impaired}</dt>
        <dd>
          <strong data-figure="impaired">{e.impaired.length}</strong>
          <p className="muted small">{r.impairedHelp}</p>
          {cables(e.impaired)}
        </dd>
        {active && (
          <>
            <dt>{r.remaining}</dt>
            <dd>
              <strong data-figure="remaining">{e.remaining.length}</strong>
              {e.flag && <span className={`flag flag-${e.flag}`}> {e.flag === 'none' ? r.leftNone : r.leftOne}</span>}
              {cables(e.remaining)}
            </dd>
          </>
        )}
        <dt>{r.stations}</dt>
        <dd>
          <strong data-figure="stations">{e.stations.length}</strong> ({e.sites.length})<p className="muted small">{r.stationsHelp}</p>
        </dd>
        <dt>{r.landLinks}</dt>
        <dd>
          <strong data-figure="land-links">{e.landLinks.length}</strong>
          <p className="muted small">{r.landLinksHelp}</p>
          {cables(e.landLinks)}
        </dd>
        <dt>{r.oneCable}</dt>
        <dd>
          <p className="muted small">{r.oneCableHelp(threshold)}</p>
          {e.cableDependencies.length ? cables(e.cableDependencies) : r.none}
        </dd>
        <dt>{r.oneStation}</dt>
        <dd>
          <p className="muted small">{r.oneStationHelp(threshold)}</p>
          {e.stationDependencies.length ? (
            <ul className="exposure-list">
              {e.stationDependencies.map((d) => (
                <li key={d.station}>
                  <button type="button" className="link" onClick={() => select(d.station)}>
                    {name(d.station)}
                  </button>{' '}
                  ({r.share(pct(d.share))})
                </li>
              ))}
            </ul>
          ) : (
            r.none
          )}
        </dd>
        <dt>{r.owners}</dt>
        <dd>
          <p className="muted small">{r.ownersHelp}</p>
          {e.owners.length ? e.owners.join(' · ') : r.none}
        </dd>
        <dt>{r.suppliers}</dt>
        <dd>{e.suppliers.length ? e.suppliers.join(' · ') : r.none}</dd>
      </dl>
    </section>
  );
}
