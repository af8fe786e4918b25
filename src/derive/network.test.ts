import { beforeAll, describe, expect, it } from 'vitest';
import { compareNetwork } from '../analysis/network/analyse-network';
import { allLayers } from '../model/groups';
import { NO_WHAT_IF, type WhatIf } from '../model/view';
import { NO_FILTERS } from '../state/filters';
import { realData, type RealData } from '../test/real-data';
import { deriveView, exposureDataOf, networkAskFor, type ViewInputs } from './derive';

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
