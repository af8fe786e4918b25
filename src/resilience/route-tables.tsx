/**
 * The Resilience tab's route-model tables: routes per state (before → after a what-if),
 * the min-cut matrix between places, and availability from the seeded Monte Carlo. All read
 * the derived view; the worker computes. Tables fit the panel (no sideways scroll): codes
 * for column heads, figures only in cells.
 */
import type { CountryNetwork, Latency } from '../analysis/network/measures';
import { useDerived } from '../derive/use-derived';
import { exposureDataOf } from '../derive/derive';
import { useAvailability } from '../derive/use-network';
import { useAssetIndex } from '../data';
import { useCorridors, useFaults } from '../data/queries';
import { useRT } from '../i18n/resilience';
import { regionName } from '../i18n/region';
import { DEFAULT_SEED } from '../model/view';
import { useView } from '../state/store';
import { beforeAfter } from './cells';

const ms = (l: Latency | undefined) => (l?.rttMs == null ? '–' : l.rttMs.toFixed(0));

export function RouteTables() {
  const r = useRT();
  const lang = useView((s) => s.lang);
  const selectCountry = useView((s) => s.selectCountry);
  const { network } = useDerived();
  if (!network) {
    return (
      <p className="muted small" role="status">
        {r.computing}
      </p>
    );
  }
  const { before, after } = network.answer;
  const active = network.active;
  const b = (c: CountryNetwork) => before.countries.find((x) => x.code === c.code)!;
  const cell = (now: number | undefined, was: number | undefined) => beforeAfter(active, was, now);
  const lat = (c: CountryNetwork, to: string) => c.latency.find((l) => l.to === to);
  const matrix = after.matrix;
  // the same states the what-if map fill colours (derive: network.loss)
  const loss = new Map(network.loss.map((x) => [x.code, x.state]));
  return (
    <>
      <h3 id="route-table-h">{r.routeTable}</h3>
      <p className="muted small">{r.routeTableHelp}</p>
      <table className="figure-table route-table" aria-labelledby="route-table-h">
        <thead>
          <tr>
            <th scope="col">{r.country}</th>
            <th scope="col">{r.colOutside}</th>
            <th scope="col">{r.colChina}</th>
            <th scope="col">{r.colSingapore}</th>
            <th scope="col">{r.colSpofs}</th>
            <th scope="col">{r.colRttSg}</th>
            <th scope="col">{r.colRttHk}</th>
          </tr>
        </thead>
        <tbody>
          {after.countries.map((c) => (
            <tr key={c.code} data-country={c.code} data-loss={active ? loss.get(c.code) : undefined}>
              <th scope="row">
                <button type="button" className="link" onClick={() => selectCountry(c.code)}>
                  {regionName(c.code, lang)}
                </button>
              </th>
              <td data-col="outside">{cell(c.outside.routes, b(c).outside.routes)}</td>
              <td data-col="china">{c.china ? cell(c.china.routes, b(c).china?.routes) : '·'}</td>
              <td data-col="singapore">{c.singapore ? cell(c.singapore.routes, b(c).singapore?.routes) : '·'}</td>
              <td data-col="spofs">{c.spofs.length}</td>
              <td data-col="rtt-sg">{c.code === 'SG' ? '·' : active ? `${ms(lat(b(c), 'SG'))}→${ms(lat(c, 'SG'))}` : ms(lat(c, 'SG'))}</td>
              <td data-col="rtt-hk">{active ? `${ms(lat(b(c), 'HK'))}→${ms(lat(c, 'HK'))}` : ms(lat(c, 'HK'))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {matrix && (
        <>
          <h3 id="matrix-h">{r.matrix}</h3>
          <p className="muted small">{r.matrixHelp}</p>
          <table className="figure-table cut-matrix" aria-labelledby="matrix-h">
            <thead>
              <tr>
                <td />
                {matrix.places.map((p) => (
                  <th key={p} scope="col" title={regionName(p, lang)}>
                    {p}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.places.map((p, i) => (
                <tr key={p} data-place={p}>
                  <th scope="row" title={regionName(p, lang)}>
                    {p}
                  </th>
                  {matrix.cuts[i]!.map((v, j) => (
                    <td key={j} data-to={matrix.places[j]} className={v === 0 ? 'cut-zero' : undefined}>
                      {v === null ? '·' : v}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <Availability />
    </>
  );
}

function Availability() {
  const r = useRT();
  const lang = useView((s) => s.lang);
  const seed = useView((s) => s.whatIf.seed) ?? DEFAULT_SEED;
  const setWhatIf = useView((s) => s.setWhatIf);
  const { networkAsk } = useDerived();
  const index = useAssetIndex();
  const data = exposureDataOf(index, useFaults().data?.faults, useCorridors().data?.corridors);
  const q = useAvailability(networkAsk, data, seed);
  const fmt = (x: number) => x.toLocaleString(lang === 'zh' ? 'zh' : 'en', { maximumFractionDigits: 3 });
  const pct = (p: number) => `${(p * 100).toFixed(1)} %`;
  return (
    <section aria-labelledby="availability-h">
      <h3 id="availability-h">{r.availability}</h3>
      {!q.data ? (
        <p className="muted small" role="status">
          {q.isError ? r.routesFailed : r.computing}
        </p>
      ) : (
        (() => {
          const { inputs, result } = q.data;
          const days = [...inputs.repairDays].sort((a, b) => a - b);
          const median = days.length ? days[Math.floor(days.length / 2)]! : 0;
          return (
            <>
              <p className="muted small" data-availability-inputs>
                {r.availabilityHelp(
                  fmt(inputs.ratePer1000KmYear),
                  inputs.incidents,
                  fmt(Math.round(inputs.kmYears)),
                  inputs.fromYear,
                  inputs.toYear,
                  days.length,
                  days[0] ?? 0,
                  median,
                  days[days.length - 1] ?? 0,
                )}
              </p>
              <p className="small">
                {r.availabilityRun(result.draws, result.seed)}{' '}
                <button type="button" className="link" onClick={() => setWhatIf({ seed: (seed * 1_103_515_245 + 12_345) % 4_294_967_296 })}>
                  {r.newSeed}
                </button>
              </p>
              <table className="figure-table availability-table" aria-labelledby="availability-h">
                <thead>
                  <tr>
                    <th scope="col">{r.country}</th>
                    <th scope="col">{r.colOutside}</th>
                    <th scope="col">{r.colP1}</th>
                    <th scope="col">{r.colP2}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.countries.map((c) => (
                    <tr key={c.code} data-country={c.code}>
                      <th scope="row">{regionName(c.code, lang)}</th>
                      <td>{c.routes}</td>
                      <td data-col="p1">{pct(c.pAtLeast1)}</td>
                      <td data-col="p2">{pct(c.pAtLeast2)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          );
        })()
      )}
    </section>
  );
}
