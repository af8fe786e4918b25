// @vitest-environment jsdom
import { cleanup, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { compareNetwork } from '../analysis/network/analyse-network';
import type { CountryNetwork } from '../analysis/network/measures';
import { exposureDataOf } from '../derive/derive';
import { localToday } from '../model/time';
import { renderFromLink } from '../test/render';
import { realData } from '../test/real-data';
import { Compare } from './compare';

afterEach(cleanup);

/** What the model gives for the pair on today's record, with and without the corridor cut. */
async function modelFor(corridor: string) {
  const { index, faults, corridors } = await realData();
  const data = exposureDataOf(index, faults, corridors)!;
  const want = compareNetwork(data, { day: localToday(), corridors: [corridor] });
  const country = (code: string) => ({
    b: want.before.countries.find((c) => c.code === code)!,
    a: want.after.countries.find((c) => c.code === code)!,
  });
  const cut = (m: typeof want.after.matrix, x: string, y: string) => m!.cuts[m!.places.indexOf(x)]![m!.places.indexOf(y)];
  return { index, data, want, country, cut };
}

const cell = (root: HTMLElement, fig: string, code: string) =>
  root.querySelector(`.compare-table tr[data-figure="${fig}"] td[data-country="${code}"]`)?.textContent ?? '';
/** A figure as the table writes it: as it is, or before→after when the cut changed it. */
const ba = (was: number, now: number) => (was === now ? String(now) : `${was}→${now}`);
const rtt = (c: { b: CountryNetwork; a: CountryNetwork }, to: string) => {
  const was = c.b.latency.find((l) => l.to === to)!;
  const now = c.a.latency.find((l) => l.to === to)!;
  const f = (x: number | null) => x?.toFixed(1);
  return { figure: was.rttMs === now.rttMs ? f(now.rttMs)! : `${f(was.rttMs)}→${f(now.rttMs)}`, gc: was.gcRttMs.toFixed(1) };
};

describe('two countries side by side, from a link: the route model first, counts as context', () => {
  it('#cmp=VN,KH&corr=corridor-gulf-of-thailand: routes, the pair’s min cut, SPOFs and latency equal the model’s', async () => {
    const { container, ignored } = renderFromLink('#panel=resilience&cmp=VN,KH&corr=corridor-gulf-of-thailand', <Compare />);
    expect(ignored).toEqual([]);
    await waitFor(() => expect(container.querySelector('.compare-table tr[data-figure="outside"]')).toBeTruthy(), { timeout: 30_000 });
    const { index, data, want, country, cut } = await modelFor('corridor-gulf-of-thailand');
    expect([...container.querySelectorAll('.compare-table thead th')].map((th) => th.textContent)).toEqual(['Vietnam *', 'Cambodia *']);
    for (const code of ['VN', 'KH']) {
      const c = country(code);
      expect(cell(container, 'outside', code), code).toBe(ba(c.b.outside.routes, c.a.outside.routes));
      expect(cell(container, 'china', code)).toBe(ba(c.b.china!.routes, c.a.china!.routes));
      expect(cell(container, 'singapore', code)).toBe(ba(c.b.singapore!.routes, c.a.singapore!.routes));
      expect(cell(container, 'spofs', code)).toBe(ba(c.b.spofs.length, c.a.spofs.length));
      for (const [fig, hub] of [
        ['rtt-sg', 'SG'],
        ['rtt-hk', 'HK'],
      ] as const) {
        const { figure, gc } = rtt(c, hub);
        expect(cell(container, fig, code)).toBe(`${figure}great circle ${gc}`);
      }
    }
    // the cut takes routes from Cambodia (a scenario that tells before from after)
    expect(cell(container, 'outside', 'KH')).toContain('→');
    // the min cut between the two themselves, from the pair matrix
    expect(container.querySelector('.compare-table tr[data-figure="pair"] td')!.textContent).toBe(
      ba(cut(want.before.matrix, 'VN', 'KH')!, cut(want.after.matrix, 'VN', 'KH')!),
    );
    // where the record is incomplete: cables that list Cambodia but land at no station drawn there
    const stationCountry = new Map(data.landings.map((f) => [f.properties.id, f.properties.countries[0]]));
    const unnamed = data.cables
      .map((f) => f.properties)
      .filter((p) => !want.after.outOfService.includes(p.id) && p.countries.includes('KH'))
      .filter((p) => !(p.landingPoints ?? []).some((lp) => stationCountry.get(lp) === 'KH'));
    expect(unnamed.length).toBeGreaterThan(0);
    const note = container.querySelector('[data-note="incomplete"][data-country="KH"]')!.textContent;
    expect(note).toContain('Cambodia: a figure resting on an incomplete record');
    for (const p of unnamed) expect(note).toContain(index.byId.get(p.id)!.properties.name.en);
    // the counts stay below, labelled as counts
    const groups = [...container.querySelectorAll('.compare-table th[scope="rowgroup"]')].map((th) => th.textContent);
    expect(groups).toEqual(['How it is connected (route model)', 'Counts of systems (context)']);
    for (const fig of ['systems', 'impaired', 'remaining', 'stations', 'land-links'])
      expect(container.querySelector(`tbody[data-part="counts"] tr[data-figure="${fig}"]`), fig).toBeTruthy();
  }, 60_000);

  it('#cmp=VN,KH&corr=corridor-south-china-sea&lang=zh: in Chinese, the same figures', async () => {
    const { container } = renderFromLink('#panel=resilience&cmp=VN,KH&corr=corridor-south-china-sea&lang=zh', <Compare />);
    await waitFor(() => expect(container.querySelector('.compare-table tr[data-figure="outside"]')).toBeTruthy(), { timeout: 30_000 });
    const { want, country, cut } = await modelFor('corridor-south-china-sea');
    expect([...container.querySelectorAll('.compare-table thead th')].map((th) => th.textContent)).toEqual(['越南 *', '柬埔寨 *']);
    for (const code of ['VN', 'KH']) {
      const c = country(code);
      expect(cell(container, 'outside', code)).toBe(ba(c.b.outside.routes, c.a.outside.routes));
      const { figure, gc } = rtt(c, 'HK');
      expect(cell(container, 'rtt-hk', code)).toBe(`${figure}大圆 ${gc}`);
    }
    expect(cell(container, 'outside', 'VN')).toContain('→');
    expect(container.querySelector('.compare-table tr[data-figure="pair"] td')!.textContent).toBe(
      ba(cut(want.before.matrix, 'VN', 'KH')!, cut(want.after.matrix, 'VN', 'KH')!),
    );
    const rows = [...container.querySelectorAll('.compare-table tbody th[scope="row"]')].map((th) => th.textContent);
    expect(rows).toEqual(
      expect.arrayContaining(['通往区域外', '两国之间的最小割', '单点故障', '至新加坡往返时延（毫秒）', '在役国际海缆系统']),
    );
    expect(container.querySelector('[data-note="incomplete"][data-country="KH"]')!.textContent).toMatch(
      /^\* 柬埔寨：此数字所依据的记录不完整/,
    );
    expect(container.textContent).toContain('系统数量（参考）');
  }, 60_000);
});
