import { beforeAll, describe, expect, it } from 'vitest';
import { compareNetwork } from '../analysis/network/analyse-network';
import { allLayers } from '../model/groups';
import { NO_WHAT_IF, type WhatIf } from '../model/view';
import { NO_FILTERS } from '../state/filters';
import { realData, type RealData } from '../test/real-data';
import { deriveView, exposureDataOf, networkAskFor, WHAT_IF_COLORS, type ViewInputs } from './derive';

const TODAY = '2026-12-07';
const view = (w: Partial<WhatIf> = {}): ViewInputs => ({ filters: NO_FILTERS, layers: allLayers(true), whatIf: { ...NO_WHAT_IF, ...w } });

let data: RealData;
beforeAll(async () => {
  data = await realData();
});

describe('the network model in the derived view', () => {
  it('asks the worker for the scenario: the key names the day, cuts, segments, corridors and national-off places', () => {
    const a = networkAskFor(
      view({ cut: ['cable-aag'], segments: ['cable-apg:s3'], corridors: ['corridor-luzon-strait'], national: ['VN'] }),
      TODAY,
    );
    expect(a.scenario).toEqual({ day: TODAY, cut: ['cable-aag'], segments: ['cable-apg:s3'], corridors: ['corridor-luzon-strait'] });
    expect(a.noNational).toEqual(['VN']);
    expect(a.key).toEqual(['network', TODAY, ['cable-aag'], ['cable-apg:s3'], ['corridor-luzon-strait'], ['VN']]);
    // the order of a list does not make another scenario
    const b = networkAskFor(view({ cut: ['cable-b', 'cable-a'] }), TODAY);
    const c = networkAskFor(view({ cut: ['cable-a', 'cable-b'] }), TODAY);
    expect(b.key).toEqual(c.key);
    // the seed is not part of the analysis (only of availability)
    expect(networkAskFor(view({ seed: 7 }), TODAY).key).toEqual(networkAskFor(view(), TODAY).key);
  });

  it('is null until the worker answers, then reads a country before and after a Luzon Strait cut', () => {
    const v = view({ corridors: ['corridor-luzon-strait'] });
    expect(deriveView(v, data, TODAY).network).toBeNull();
    const ask = networkAskFor(v, TODAY);
    const ed = exposureDataOf(data.index, data.faults, data.corridors)!;
    const answer = compareNetwork(ed, ask.scenario);
    const d = deriveView(v, { ...data, network: answer }, TODAY);
    expect(d.network?.active).toBe(true);
    const vn = d.network!.country('VN')!;
    expect(vn.before.outside.routes).toBe(answer.before.countries.find((x) => x.code === 'VN')!.outside.routes);
    expect(vn.after.outside.routes).toBe(answer.after.countries.find((x) => x.code === 'VN')!.outside.routes);
    expect(vn.after.outside.routes).toBeLessThanOrEqual(vn.before.outside.routes);
    expect(vn.latency.map((l) => l.to)).toEqual(['SG', 'HK', 'CN']);
    // the same object for the same inputs (memoised), for every panel that asks
    expect(deriveView(v, { ...data, network: answer }, TODAY).network).toBe(d.network);
    expect(d.network!.country('VN')).toBe(vn);
    expect(d.network!.country('XX')).toBeNull();
  });

  it('reads the min cut between two compared places from the pair matrix, without and with the cuts', () => {
    const v = view({ corridors: ['corridor-south-china-sea'] });
    const ed = exposureDataOf(data.index, data.faults, data.corridors)!;
    const answer = compareNetwork(ed, networkAskFor(v, TODAY).scenario);
    const d = deriveView(v, { ...data, network: answer }, TODAY);
    const { places, cuts } = answer.before.matrix!;
    const after = answer.after.matrix!.cuts;
    const at = (m: (number | null)[][], a: string, b: string) => m[places.indexOf(a)]![places.indexOf(b)];
    let changed = 0;
    for (const [a, b] of [
      ['VN', 'KH'],
      ['VN', 'SG'],
      ['PH', 'HK'],
      ['LA', 'TH'],
    ] as const) {
      const p = d.network!.pair(a, b)!;
      expect(p, `${a}–${b}`).toEqual({ before: at(cuts, a, b), after: at(after, a, b) });
      // a min cut is symmetric, and a cut never adds a route
      expect(d.network!.pair(b, a)).toEqual(p);
      expect(p.after).toBeLessThanOrEqual(p.before);
      if (p.after < p.before) changed++;
    }
    // the scenario tells before from after for some pair
    expect(changed).toBeGreaterThan(0);
    // a place with itself, or one outside the matrix, has no pair figure
    expect(d.network!.pair('VN', 'VN')).toBeNull();
    expect(d.network!.pair('VN', 'XX')).toBeNull();
  });

  it('names the cables that list a country but land at no station drawn there', () => {
    const ed = exposureDataOf(data.index, data.faults, data.corridors)!;
    const answer = compareNetwork(ed, { day: TODAY });
    const d = deriveView(view(), { ...data, network: answer }, TODAY);
    const stationCountry = new Map(ed.landings.map((f) => [f.properties.id, f.properties.countries[0]]));
    for (const code of ['VN', 'KH', 'LA', 'SG', 'MM']) {
      for (const id of d.network!.country(code)!.unnamedLandings) {
        const c = data.index.byId.get(id)!.properties;
        expect(c.countries).toContain(code);
        expect((c.landingPoints ?? []).some((lp) => stationCountry.get(lp) === code)).toBe(false);
        expect(answer.after.outOfService).not.toContain(id);
      }
    }
  });
});

describe('the routes the map draws', () => {
  it('are the surviving routes to outside of the selected country (or the compared pair), with the cut corridors', async () => {
    const { routeEdgeIdsOf, routeOverlayOf } = await import('./network');
    const { routePlacesOf } = await import('./derive');
    const v = view({ corridors: ['corridor-luzon-strait'] });
    const ed = exposureDataOf(data.index, data.faults, data.corridors)!;
    const answer = compareNetwork(ed, networkAskFor(v, TODAY).scenario);
    expect(routePlacesOf({ selection: { kind: 'country', code: 'VN' }, compare: [] })).toBe('VN');
    expect(routePlacesOf({ selection: { kind: 'country', code: 'VN' }, compare: ['KH', 'LA'] })).toBe('KH,LA');
    expect(routePlacesOf({ selection: null })).toBe('');
    const ids = routeEdgeIdsOf(answer, 'VN');
    const vn = answer.after.countries.find((c) => c.code === 'VN')!;
    expect(ids).toEqual([...new Set(vn.outside.paths.flatMap((p) => p.edges))].sort());
    expect(routeEdgeIdsOf(answer, '')).toEqual([]);
    const lines = ids.map((id) => ({
      id,
      asset: id.split(':')[0]!,
      coords: [
        [0, 0],
        [1, 1],
      ],
    }));
    const o = routeOverlayOf(lines, ids, 'VN', data.corridors, ['corridor-luzon-strait']);
    expect(o.routes.features.length).toBe(ids.length);
    expect(o.places).toEqual(['VN']);
    expect(o.corridors.features.map((f) => f.properties.id)).toEqual(['corridor-luzon-strait']);
    const ring = o.corridors.features[0]!.geometry.coordinates[0]!;
    expect(ring[0]).toEqual(ring.at(-1)); // closed, as GeoJSON wants
    const d = deriveView({ ...v, selection: { kind: 'country', code: 'VN' } }, { ...data, network: answer, routeLines: lines }, TODAY);
    expect(d.routeEdges).toEqual(ids);
    expect(d.routeOverlay.routes.features.length).toBe(ids.length);
  });
});

describe('the what-if map fill comes from the route model', () => {
  /** The colour the fill gives each place (from its ['match', ['get', 'iso'], code, colour, …, fallback]). */
  const colours = (fill: unknown): Map<string, string> => {
    const focus = (fill as unknown[])[3];
    if (!Array.isArray(focus)) return new Map();
    const pairs = focus.slice(2, -1) as string[];
    return new Map(pairs.flatMap((x, i) => (i % 2 ? [] : [[x, pairs[i + 1]!] as [string, string]])));
  };

  it('a South China Sea cut: places with no route to outside left are red, fewer routes orange, as the route table reads them', () => {
    const v = view({ corridors: ['corridor-south-china-sea'] });
    // while the worker computes, the focus countries are drawn plain (no count-based colours)
    expect(colours(deriveView(v, data, TODAY).whatIfFill).size).toBe(0);
    const ed = exposureDataOf(data.index, data.faults, data.corridors)!;
    const answer = compareNetwork(ed, networkAskFor(v, TODAY).scenario);
    const d = deriveView(v, { ...data, network: answer }, TODAY);
    const fill = colours(d.whatIfFill);
    for (const a of answer.after.countries) {
      const was = answer.before.countries.find((b) => b.code === a.code)!.outside.routes;
      const now = a.outside.routes;
      const want =
        now === 0 ? (was === 0 ? WHAT_IF_COLORS.none : WHAT_IF_COLORS['cut-off']) : now < was ? WHAT_IF_COLORS.reduced : undefined;
      expect(fill.get(a.code), `${a.code} ${was}→${now}`).toBe(want);
      expect(d.network!.loss.find((x) => x.code === a.code)!.after).toBe(now);
    }
    // the cut takes routes from some places and leaves others (a scenario that tells them apart)
    expect([...fill.values()]).toContain(WHAT_IF_COLORS.reduced);
    expect(d.network!.loss.some((x) => x.state === 'kept')).toBe(true);
  });

  it('counts stay context: a Red Sea cut leaves Myanmar with no system by the count, but its routes to outside kept', () => {
    const v = view({ corridors: ['corridor-red-sea'] });
    const ed = exposureDataOf(data.index, data.faults, data.corridors)!;
    const answer = compareNetwork(ed, networkAskFor(v, TODAY).scenario);
    const d = deriveView(v, { ...data, network: answer }, TODAY);
    const mmCount = d.exposure.rows!.find((r) => r.code === 'MM')!;
    const mmRoutes = d.network!.loss.find((x) => x.code === 'MM')!;
    // what the two models say about Myanmar (the reason the map follows the routes)
    expect(mmCount.flag).toBe('none');
    expect(mmRoutes.after).toBeGreaterThan(0);
    expect(colours(d.whatIfFill).get('MM')).not.toBe(WHAT_IF_COLORS['cut-off']);
  });

  it('a cut segment alone is a what-if too: the fill is on', () => {
    const v = view({ segments: ['cable-aag:s0'] });
    expect(deriveView(v, data, TODAY).whatIfFill).not.toBeNull();
    expect(deriveView(view(), data, TODAY).whatIfFill).toBeNull();
  });
});
