import type { ReactNode } from 'react';
import { DEPENDENCY_SHARE } from '../analysis/exposure';
import type { RouteSet, SinglePoint } from '../analysis/network/measures';
import { useAssetIndex } from '../data';
import { useRT, type ResilienceStrings } from '../i18n/resilience';
import { regionName } from '../i18n/region';
import { useDerived } from '../derive/use-derived';
import type { CountryRoutes } from '../derive/network';
import { useView, type Lang } from '../state/store';

const pct = (x: number) => Math.round(x * 100);

/** Route-based figures: independent routes to outside, mainland China and Singapore
 * (before and after the reader's cuts), single points of failure, latency to the hubs, and
 * where the record they rest on is incomplete. */
function RouteFigures({
  c,
  r,
  lang,
  name,
  national,
}: {
  c: CountryRoutes;
  r: ResilienceStrings;
  lang: Lang;
  name: (id: string) => string;
  national: boolean;
}) {
  const select = useView((s) => s.select);
  const set = (label: string, fig: string, b: RouteSet | null, a: RouteSet | null, paths: boolean) =>
    b &&
    a && (
      <>
        <dt>{label}</dt>
        <dd>
          <strong data-figure={fig}>{r.nRoutes(c.active ? a.routes : b.routes)}</strong>
          {c.active && (
            <span className="muted small" data-figure={`${fig}-before`}>
              {' '}
              ({r.nRoutes(b.routes)} → {r.afterCut(a.routes)})
            </span>
          )}
          {paths && a.paths.length > 0 && a.paths.length < a.routes && (
            <p className="muted small">{r.pathsShown(a.paths.length, a.routes)}</p>
          )}
          {paths && a.paths.length > 0 && (
            <ul className="exposure-list" aria-label={r.through}>
              {a.paths.map((p, i) => (
                <li key={i} data-route={i}>
                  {p.assets.map((id, j) => (
                    <span key={id + j}>
                      {j > 0 && ' → '}
                      <button type="button" className="link" onClick={() => select(id)}>
                        {name(id)}
                      </button>
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </>
    );
  const spofLabel = (s: SinglePoint) => (
    <>
      {r.spofKind[s.kind]}
      {s.kind === 'station' ? (
        <>
          {' '}
          <button type="button" className="link" onClick={() => select(s.id)}>
            {name(s.id)}
          </button>
        </>
      ) : (
        <> {s.kind === 'segment' || s.kind === 'land' ? <code>{s.id.slice(s.id.lastIndexOf(':') + 1)}</code> : null}</>
      )}{' '}
      ({s.assets.map(name).join(' · ')}): {r.spofLeaves(s.routesAfter)}
    </>
  );
  const incomplete = c.unnamedLandings.map(name).join(', ');
  return (
    <div className="route-figures" data-routes={c.code}>
      <h4>{r.routesTitle}</h4>
      <p className="muted small">{r.routesHelp}</p>
      {national && <p className="small">{r.nationalOff}</p>}
      {incomplete && (
        <p className="small note" data-note="incomplete">
          {r.incomplete(incomplete)}
        </p>
      )}
      {c.landGaps.length > 0 && <p className="small note">{r.landGap(c.landGaps.map(name).join(', '))}</p>}
      <dl className="exposure-figures">
        {set(r.toOutside, 'routes-outside', c.before.outside, c.after.outside, true)}
        {set(r.toChina, 'routes-china', c.before.china, c.after.china, false)}
        {set(r.toSingapore, 'routes-singapore', c.before.singapore, c.after.singapore, false)}
        <dt>{r.spofs}</dt>
        <dd data-figure="spofs">
          <p className="muted small">{r.spofsHelp}</p>
          {c.spofs.length ? (
            <ul className="exposure-list">
              {c.spofs.map((s) => (
                <li key={s.id}>{spofLabel(s)}</li>
              ))}
            </ul>
          ) : (
            r.none
          )}
        </dd>
        <dt>{r.latency}</dt>
        <dd>
          <p className="muted small">{r.latencyHelp}</p>
          <ul className="exposure-list">
            {c.latency.map(({ to, before, after }) => {
              const now = c.active ? after : before;
              return (
                <li key={to} data-latency={to}>
                  {r.latencyTo(regionName(to, lang))}: {now?.rttMs != null ? r.latencyRow(now.rttMs, now.gcRttMs) : r.noRoute}
                  {c.active && before.rttMs != null && (
                    <span className="muted small">
                      {' '}
                      ({before.rttMs.toFixed(1)} → {now?.rttMs != null ? now.rttMs.toFixed(1) : '–'} ms)
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </dd>
      </dl>
    </div>
  );
}

/** The country panel's "How exposed" section: the figures for the analysed day, each with
 * plain words on what it counts and what it does not. The route model's figures first; the
 * counts of systems below them as context. */
export function ExposureSection({ code }: { code: string }) {
  const r = useRT();
  const lang = useView((s) => s.lang);
  const select = useView((s) => s.select);
  const national = useView((s) => s.whatIf.national.includes(code));
  const { byId } = useAssetIndex();
  const { exposure, at, network } = useDerived();
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
  // a figure that counts cables, with what it counts and the cables themselves
  const listed = (figure: string, label: string, help: string, ids: string[], extra?: ReactNode) => (
    <>
      <dt>{label}</dt>
      <dd>
        <strong data-figure={figure}>{ids.length}</strong>
        {extra}
        <p className="muted small">{help}</p>
        {cables(ids)}
      </dd>
    </>
  );
  const threshold = pct(DEPENDENCY_SHARE);
  return (
    <section className="exposure" aria-labelledby="exposure-h" data-country={code}>
      <h3 id="exposure-h">{r.exposure}</h3>
      <p className="muted small">
        {r.asOfDay(day)}
        {code === 'CN' && <> · {r.chinaMainland}</>}
      </p>
      {network?.country(code) ? (
        <RouteFigures c={network.country(code)!} r={r} lang={lang} name={name} national={national} />
      ) : (
        <p className="muted small" role="status">
          {r.computing}
        </p>
      )}
      {network?.wholeSystemFaults
        .filter((f) => e.systems.includes(f.cable) || e.impaired.includes(f.cable))
        .map((f) => (
          <p key={f.fault + f.cable} className="small note">
            {r.wholeSystem(name(f.cable))}
          </p>
        ))}
      <h4>{r.countsContext}</h4>
      <p className="muted small">{r.countsContextHelp}</p>
      <dl className="exposure-figures">
        {listed('systems', r.systems, r.systemsHelp, e.systems, e.systems.length === 0 && <> {r.noneLandlocked}</>)}
        {listed('impaired', r.impaired, r.impairedHelp, e.impaired)}
        {e.domesticImpaired.length > 0 && listed('domestic-impaired', r.domesticImpaired, r.domesticImpairedHelp, e.domesticImpaired)}
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
        {listed('land-links', r.landLinks, r.landLinksHelp, e.landLinks)}
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
