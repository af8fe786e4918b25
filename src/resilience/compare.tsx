/**
 * Two countries side by side (the Resilience tab; `cmp=` in the link). The route model's
 * figures first, read from the derived view (network.country, network.pair: the same answer
 * the route tables read), before→after when a what-if is set; the counts of systems below,
 * as context. Three columns that wrap, so it fits a phone's panel without sideways scroll.
 */
import type { ReactNode } from 'react';
import type { CountryExposure } from '../analysis/exposure';
import type { Latency } from '../analysis/network/measures';
import { useAssetIndex } from '../data';
import { FOCUS } from '../data/iso';
import type { CountryRoutes } from '../derive/network';
import { useDerived } from '../derive/use-derived';
import { useRT } from '../i18n/resilience';
import { regionName } from '../i18n/region';
import { useView } from '../state/store';
import { beforeAfter } from './cells';

const ms = (l: Latency | null | undefined) => (l?.rttMs == null ? null : l.rttMs.toFixed(1));

/** One figure per country in a row: a label, then the two countries' cells. */
function Row({ fig, label, cells }: { fig: string; label: string; cells: Array<[string, ReactNode]> }) {
  return (
    <tr data-figure={fig}>
      <th scope="row">{label}</th>
      {cells.map(([code, v]) => (
        <td key={code} data-country={code}>
          {v}
        </td>
      ))}
    </tr>
  );
}

/** A group of rows under its own heading (the route model; the counts, as context). */
function Group({ part, title, children }: { part: string; title: string; children: ReactNode }) {
  return (
    <tbody data-part={part}>
      <tr>
        <th scope="rowgroup" colSpan={3}>
          {title}
        </th>
      </tr>
      {children}
    </tbody>
  );
}

export function Compare() {
  const r = useRT();
  const lang = useView((s) => s.lang);
  const compare = useView((s) => s.compare);
  const setCompare = useView((s) => s.setCompare);
  const { exposure, network } = useDerived();
  const { byId } = useAssetIndex();
  const assetName = (id: string) => byId.get(id)?.properties.name[lang] ?? id;
  const name = (code: string) => regionName(code, lang);
  const [a = '', b = ''] = compare;
  const set = (i: 0 | 1, v: string) => {
    const next = [a, b];
    next[i] = v;
    setCompare(next.filter((x, j) => x && next.indexOf(x) === j));
  };
  const pair = a && b ? [a, b] : [];
  const routes = network ? pair.map((c) => network.country(c)) : [];
  const have = (xs: Array<CountryRoutes | null>): xs is CountryRoutes[] => xs.length === 2 && xs.every(Boolean);
  const counts = pair.map((c) => exposure.rows?.find((e) => e.code === c));
  const haveCounts = (xs: Array<CountryExposure | undefined>): xs is CountryExposure[] => xs.length === 2 && xs.every(Boolean);
  const notes = have(routes)
    ? routes.flatMap((c) => [
        ...(c.unnamedLandings.length
          ? [{ code: c.code, kind: 'incomplete', text: r.incompleteIn(name(c.code), c.unnamedLandings.map(assetName).join(', ')) }]
          : []),
        ...(c.landGaps.length
          ? [{ code: c.code, kind: 'land-gap', text: r.landGapIn(name(c.code), c.landGaps.map(assetName).join(', ')) }]
          : []),
      ])
    : [];
  const marked = new Set(notes.map((n) => n.code));
  const latency = (c: CountryRoutes, to: string): ReactNode => {
    const l = c.latency.find((x) => x.to === to);
    if (!l) return '·';
    const now = ms(c.active ? l.after : l.before);
    const was = ms(l.before);
    return (
      <>
        {c.active && now !== was ? `${was ?? '–'}→${now ?? r.noRoute}` : (now ?? r.noRoute)}
        <br />
        <span className="muted small">{r.gcBound(l.before.gcRttMs)}</span>
      </>
    );
  };
  return (
    <section aria-labelledby="compare-h" className="compare">
      <h3 id="compare-h">{r.compare}</h3>
      <p className="muted small">{r.compareHelp}</p>
      {([0, 1] as const).map((i) => (
        <select key={i} aria-label={`${r.compare} ${i + 1}`} value={i === 0 ? a : b} onChange={(e) => set(i, e.target.value)}>
          <option value="">{r.pick}</option>
          {FOCUS.map((c) => (
            <option key={c} value={c}>
              {name(c)}
            </option>
          ))}
        </select>
      ))}
      {pair.length === 2 && (
        <>
          {notes.map((n) => (
            <p key={n.code + n.kind} className="small note" data-note={n.kind} data-country={n.code}>
              * {n.text}
            </p>
          ))}
          <table className="compare-table" aria-labelledby="compare-h">
            <thead>
              <tr>
                <td />
                {pair.map((c) => (
                  <th key={c} scope="col" data-country={c}>
                    {name(c)}
                    {marked.has(c) && ' *'}
                  </th>
                ))}
              </tr>
            </thead>
            <Group part="routes" title={r.routesTitle}>
              {have(routes) ? (
                <>
                  {(
                    [
                      ['outside', r.toOutside, (c: CountryRoutes) => [c.before.outside, c.after.outside]],
                      ['china', r.toChina, (c: CountryRoutes) => [c.before.china, c.after.china]],
                      ['singapore', r.toSingapore, (c: CountryRoutes) => [c.before.singapore, c.after.singapore]],
                    ] as const
                  ).map(([fig, label, of]) => (
                    <Row
                      key={fig}
                      fig={fig}
                      label={label}
                      cells={routes.map((c) => {
                        const [was, now] = of(c);
                        return [c.code, was && now ? beforeAfter(c.active, was.routes, now.routes) : '·'];
                      })}
                    />
                  ))}
                  <tr data-figure="pair">
                    <th scope="row">{r.pairCut}</th>
                    <td colSpan={2} className="pair">
                      {(() => {
                        const p = network!.pair(a, b);
                        return p ? beforeAfter(network!.active, p.before, p.after) : '–';
                      })()}
                    </td>
                  </tr>
                  <Row
                    fig="spofs"
                    label={r.spofs}
                    cells={routes.map((c) => [c.code, beforeAfter(c.active, c.before.spofs.length, c.spofs.length)])}
                  />
                  <Row fig="rtt-sg" label={r.rttTo(name('SG'))} cells={routes.map((c) => [c.code, latency(c, 'SG')])} />
                  <Row fig="rtt-hk" label={r.rttTo(name('HK'))} cells={routes.map((c) => [c.code, latency(c, 'HK')])} />
                </>
              ) : (
                <tr>
                  <td colSpan={3} role="status" className="muted small">
                    {r.computing}
                  </td>
                </tr>
              )}
            </Group>
            {haveCounts(counts) && (
              <Group part="counts" title={r.countsContext}>
                <Row fig="systems" label={r.systems} cells={counts.map((e) => [e.code, String(e.systems.length)])} />
                <Row fig="impaired" label={r.impaired} cells={counts.map((e) => [e.code, String(e.impaired.length)])} />
                {exposure.active && (
                  <Row fig="remaining" label={r.remaining} cells={counts.map((e) => [e.code, String(e.remaining.length)])} />
                )}
                <Row fig="stations" label={r.stations} cells={counts.map((e) => [e.code, `${e.stations.length} (${e.sites.length})`])} />
                <Row fig="land-links" label={r.landLinks} cells={counts.map((e) => [e.code, String(e.landLinks.length)])} />
              </Group>
            )}
          </table>
        </>
      )}
    </section>
  );
}
