import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { beforeAll, describe, expect, it } from 'vitest';
import { FOCUS } from '../data/iso';
import { allLayers } from '../model/groups';
import { NO_WHAT_IF } from '../model/view';
import { NO_FILTERS, toMapProps, type Filters } from '../state/filters';
import { realData, type RealData } from '../test/real-data';
import { deriveView, type ViewInputs } from './derive';

const TODAY = '2026-12-07';
const view = (over: { filters?: Partial<Filters>; whatIf?: Partial<ViewInputs['whatIf']> } = {}): ViewInputs => ({
  filters: { ...NO_FILTERS, ...over.filters },
  layers: allLayers(true),
  whatIf: { ...NO_WHAT_IF, ...over.whatIf },
});

let data: RealData;
beforeAll(async () => {
  data = await realData();
});

describe('the corridor filters (the shipped data)', () => {
  const cableIds = (d: ReturnType<typeof deriveView>) =>
    d.listed.filter((f) => f.properties.type === 'submarine-cable').map((f) => f.properties.id);

  it('AAG, which crosses the Luzon Strait, is "through" it and not "avoiding" it', () => {
    const through = deriveView(view({ filters: { through: ['corridor-luzon-strait'] } }), data, TODAY);
    const avoiding = deriveView(view({ filters: { avoiding: ['corridor-luzon-strait'] } }), data, TODAY);
    expect(cableIds(through)).toContain('cable-aag');
    expect(cableIds(avoiding)).not.toContain('cable-aag');
    // through and avoiding one corridor split the cables shown without a filter
    const all = cableIds(deriveView(view(), data, TODAY));
    expect([...cableIds(through), ...cableIds(avoiding)].sort()).toEqual([...all].sort());
    expect(cableIds(through).length).toBeGreaterThan(0);
    expect(cableIds(avoiding).length).toBeGreaterThan(cableIds(through).length);
  });

  it('"systems since 2020 that avoid the South China Sea": no cable shown crosses it, and the counts agree with the list', () => {
    const d = deriveView(view({ filters: { yearFrom: 2020, avoiding: ['corridor-south-china-sea'] } }), data, TODAY);
    const since2020 = deriveView(view({ filters: { yearFrom: 2020 } }), data, TODAY);
    expect(cableIds(d).length).toBeLessThan(cableIds(since2020).length);
    for (const id of cableIds(d)) expect(d.crossings!(id), id).not.toContain('corridor-south-china-sea');
    expect(d.counts['submarine-cable']).toBe(cableIds(d).length);
  });

  it('the map filter agrees with the list predicate, for cables and for landing points', () => {
    const d = deriveView(view({ filters: { through: ['corridor-strait-of-malacca', 'corridor-sunda-strait'] } }), data, TODAY);
    const onMap = (expr: unknown, p: Parameters<typeof toMapProps>[0]) =>
      featureFilter(expr as never, 'f').filter({ zoom: 4 }, { type: 1, properties: toMapProps(p) as never, geometry: [] } as never);
    for (const f of data.index.byType['submarine-cable']!.features)
      expect(onMap(d.mapFilters.asset, f.properties), f.properties.id).toBe(d.shown(f.properties));
    for (const f of data.index.byType['landing-point']!.features)
      expect(onMap(d.mapFilters.landing, f.properties), f.properties.id).toBe(d.shown(f.properties));
  });
});

describe('the derived view (the shipped data)', () => {
  it('one day for everything: a replay day wins over the "as of" year', () => {
    const d = deriveView(view({ filters: { asOf: 2024 }, whatIf: { day: '2006-12-26' } }), data, TODAY);
    expect(d.at.day).toBe('2006-12-26');
    expect(d.basis).toBe('replay');
  });

  it('the what-if overlay follows the filters: with only Laos shown, a cut AAG is not drawn', () => {
    const all = deriveView(view({ whatIf: { cut: ['cable-aag'] } }), data, TODAY);
    expect(all.overlay?.impaired).toContain('cable-aag');
    const laos = deriveView(view({ filters: { countries: ['LA'] }, whatIf: { cut: ['cable-aag'] } }), data, TODAY);
    expect(laos.overlay?.impaired).not.toContain('cable-aag');
  });

  it('switching a corridor gives the same overlay as opening that corridor fresh', () => {
    const luzon = deriveView(view({ whatIf: { corridors: ['corridor-luzon-strait'] } }), data, TODAY);
    const switched = deriveView(view({ whatIf: { corridors: ['corridor-strait-of-malacca'] } }), data, TODAY);
    expect(switched.overlay?.impaired).not.toEqual(luzon.overlay?.impaired);
    // a fresh derivation (other inputs in between) of the same link
    deriveView(view(), data, TODAY);
    const fresh = deriveView(view({ whatIf: { corridors: ['corridor-strait-of-malacca'] } }), data, TODAY);
    expect(switched.overlay?.impaired).toEqual(fresh.overlay?.impaired);
    // the map's red cables are the ones the table counts as cut
    const cutInTable = new Set(fresh.exposure.rows!.flatMap((r) => r.cut));
    for (const id of cutInTable) expect(fresh.overlay?.impaired).toContain(id);
  });

  const days = ['2005-06-30', '2012-12-31', '2016-12-31', '2023-02-21', '2024-06-15', TODAY];
  it.each(days)('on %s a country panel\u2019s counts agree with each other and with the Resilience table', (day) => {
    const d = deriveView(view({ whatIf: { day } }), data, TODAY);
    for (const code of FOCUS) {
      const row = d.exposure.rows!.find((r) => r.code === code)!;
      const facts = d.countryFacts(code);
      const inService = facts.cablesByState.find(([s]) => s === 'operational')?.[1] ?? [];
      const ids = new Set(inService.map((c) => c.id));
      // every international system the analysis counts in service is among the panel's "in service" cables
      for (const id of row.systems) expect(ids, `${code} ${id} on ${day}`).toContain(id);
      // and the rest of the "in service" cables are domestic (land only in this country)
      const domestic = inService.filter((c) => c.countries.every((x) => x === code));
      expect(inService.length, `${code} on ${day}`).toBe(row.systems.length + domestic.length);
    }
  });

  it('the list\u2019s status is the state on the day, not the recorded status', () => {
    const d = deriveView(view({ filters: { asOf: 2015 } }), data, TODAY);
    const smw3 = data.index.byId.get('cable-sea-me-we-3')!.properties;
    expect(smw3.status).toBe('retired');
    expect(d.stateOf(smw3)).toBe('operational');
  });

  it('is computed once per input: every reader of the same view gets the same objects', () => {
    const v = view({ whatIf: { cut: ['cable-apg'] } });
    const a = deriveView(v, data, TODAY);
    const b = deriveView(v, data, TODAY);
    expect(b.exposure).toBe(a.exposure);
    expect(b.overlay).toBe(a.overlay);
    expect(b.mapFilters).toBe(a.mapFilters);
  });
});

describe('what the list shows and the exports write', () => {
  it('is the assets the filters show, of the layers switched on', async () => {
    const data = await realData();
    const onlyCables = { ...allLayers(false), 'submarine-cable': true };
    const d = deriveView({ ...view({ filters: { countries: ['KH'] } }), layers: onlyCables }, data, TODAY);
    expect(d.listed.length).toBeGreaterThan(0);
    for (const f of d.listed) {
      expect(['submarine-cable', 'landing-point']).toContain(f.properties.type);
      expect(d.shown(f.properties)).toBe(true);
    }
  });
});

describe('records gone quiet', () => {
  it('are quiet on today\u2019s view only: HK-G (last step April 2017) today, not on a day in 2018', () => {
    const hkg = data.index.byId.get('cable-hk-g')!.properties;
    expect(deriveView(view(), data, TODAY).quietOf(hkg)).toBe('2017-04');
    expect(deriveView(view({ whatIf: { day: '2018-06-30' } }), data, TODAY).quietOf(hkg)).toBeNull();
    expect(deriveView(view(), data, TODAY).quietOf(data.index.byId.get('cable-apg')!.properties)).toBeNull();
  });
});

describe('fault markers', () => {
  it('are bold only where the reader asks about faults: a replayed day, a what-if, the Resilience tab', () => {
    expect(deriveView(view(), data, TODAY).faultsProminent).toBe(false);
    expect(deriveView({ ...view(), panel: 'list' }, data, TODAY).faultsProminent).toBe(false);
    expect(deriveView(view({ filters: { asOf: 2020 } }), data, TODAY).faultsProminent).toBe(false);
    expect(deriveView({ ...view(), panel: 'resilience' }, data, TODAY).faultsProminent).toBe(true);
    expect(deriveView(view({ whatIf: { day: '2023-02-01' } }), data, TODAY).faultsProminent).toBe(true);
    const cable = data.index.byType['submarine-cable']!.features[0]!.properties.id;
    expect(deriveView(view({ whatIf: { cut: [cable] } }), data, TODAY).faultsProminent).toBe(true);
  });

  it('follow the filters by which are shown, while the points themselves stay one object (no data re-sent)', () => {
    const all = deriveView(view(), data, TODAY).overlay!;
    // Laos has no submarine cable: with only Laos shown, no marker of a fault on a cable is
    const laosView = view({ filters: { countries: ['LA'] } });
    const laos = deriveView(laosView, data, TODAY).overlay!;
    const onCables = data.faults.filter((f) => f.location && f.cables.length > 0);
    expect(onCables.length).toBeGreaterThan(10);
    for (const f of onCables) {
      expect(all.shown).toContain(f.id);
      expect(laos.shown).not.toContain(f.id);
    }
    // with cables in service only, every marker shown is on a cable the filters show, or on none recorded
    const opView = view({ filters: { statuses: ['operational'] } });
    const d = deriveView(opView, data, TODAY);
    const operational = d.overlay!;
    for (const id of operational.shown) {
      const f = data.faults.find((x) => x.id === id)!;
      expect(f.cables.length === 0 || f.cables.some((c) => d.shown(data.index.byId.get(c)!.properties)), id).toBe(true);
    }
    expect(laos.points).toBe(all.points);
    expect(operational.points).toBe(all.points);
    expect(all.points.features.map((f) => f.properties.id)).toEqual(data.faults.filter((f) => f.location).map((f) => f.id));
    // a replayed day shows only the faults begun by then
    const early = deriveView(view({ whatIf: { day: '2010-01-01' } }), data, TODAY).overlay!;
    for (const id of early.shown) expect(data.faults.find((x) => x.id === id)!.start < '2010-01-02').toBe(true);
    expect(early.shown.length).toBeLessThan(all.shown.length);
    expect(early.points).toBe(all.points);
  });
});
