import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { AssetRecordProps, type AssetProps } from '../data/schema';
import { validDataset } from '../test/fixtures';
import {
  landingIdsShown,
  landingMapFilter,
  mapFilter,
  matches,
  matchesWith,
  NO_FILTERS,
  statusOn,
  atFor,
  toMapProps,
  type Filters,
} from './filters';

const props = Object.values(validDataset())
  .filter((f: any) => f.type === 'FeatureCollection')
  .flatMap((fc: any) => fc.features.map((f: any) => AssetRecordProps.parse(f.properties)));

/** Evaluates the map expression as MapLibre would. */
const onMap = (f: Filters, p: AssetProps) =>
  featureFilter(mapFilter(f), 'layers[0].filter').filter({ zoom: 4 }, {
    type: 1,
    properties: toMapProps(p) as never,
    geometry: [],
  } as never);

const cases: Filters[] = [
  NO_FILTERS,
  { ...NO_FILTERS, countries: ['SG'] },
  { ...NO_FILTERS, countries: ['VN', 'TH'] },
  { ...NO_FILTERS, statuses: ['planned'] },
  { ...NO_FILTERS, operators: ['Op A'] },
  { ...NO_FILTERS, operators: ['Nobody'] },
  { ...NO_FILTERS, asOf: 2016 },
  { ...NO_FILTERS, asOf: 2020, countries: ['CN'] },
  { ...NO_FILTERS, homes: ['CN'] },
  { ...NO_FILTERS, homes: ['US'] },
  { ...NO_FILTERS, yearFrom: 2016 },
  { ...NO_FILTERS, yearFrom: 2010, yearTo: 2015 },
  { ...NO_FILTERS, nodeKinds: ['ixp'] },
  { ...NO_FILTERS, suppliers: ['NEC'] },
];

describe('filters', () => {
  it('has no effect when empty', () => {
    expect(props.every((p) => matches(p, NO_FILTERS))).toBe(true);
  });

  it.each(cases.map((c) => [JSON.stringify(c), c] as const))('map expression agrees with the list predicate: %s', (_n, f) => {
    for (const p of props) expect(onMap(f, p), p.id).toBe(matches(p, f));
  });

  it('keeps assets with no known year under an "as of" year', () => {
    const fibre = props.find((p) => p.id === 'fibre-a')!;
    expect(fibre.year).toBeNull();
    expect(matches(fibre, { ...NO_FILTERS, asOf: 2000 })).toBe(true);
    expect(props.filter((p) => matches(p, { ...NO_FILTERS, asOf: 2016 })).map((p) => p.id)).toEqual(
      props.filter((p) => p.year === null || p.year <= 2016).map((p) => p.id),
    );
  });

  it('does not let a country code match inside another', () => {
    const p = { ...props[0]!, countries: ['MM'] };
    expect(onMap({ ...NO_FILTERS, countries: ['M'] }, p)).toBe(false);
  });
});

/** A status on the last day of a year, today being fixed (the tests must not depend on the clock). */
const statusAsOf = (p: AssetProps, y: number | null) => statusOn(p, atFor({ asOf: y }, '2026-12-07'));

describe('landing points follow their cables', () => {
  const lp = (id: string, countries: string[]) =>
    AssetRecordProps.parse({ ...props.find((p) => p.type === 'landing-point')!, id, countries, operators: [], year: null });
  const cable = (id: string, year: number, landingPoints: string[], operators = ['Op A']) =>
    AssetRecordProps.parse({ ...props.find((p) => p.type === 'submarine-cable')!, id, year, landingPoints, operators });
  const old = cable('cable-old', 2001, ['lp-x', 'lp-y']);
  const young = cable('cable-new', 2020, ['lp-y', 'lp-z'], ['Op B']);
  const cablesOf = (id: string) => [old, young].filter((c) => c.landingPoints?.includes(id));
  const x = lp('lp-x', ['SG']),
    y = lp('lp-y', ['VN']),
    z = lp('lp-z', ['JP']);

  it('"as of" hides a station until one of its cables exists', () => {
    const f = { ...NO_FILTERS, asOf: 2010 };
    expect([x, y, z].filter((p) => matchesWith(p, f, cablesOf)).map((p) => p.id)).toEqual(['lp-x', 'lp-y']);
    expect(landingIdsShown([old, young], f)?.sort()).toEqual(['lp-x', 'lp-y']);
  });
  it('an operator filter keeps the stations of that operator’s cables', () => {
    const f = { ...NO_FILTERS, operators: ['Op B'] };
    expect([x, y, z].filter((p) => matchesWith(p, f, cablesOf)).map((p) => p.id)).toEqual(['lp-y', 'lp-z']);
  });
  it('the country filter stays the station’s own', () => {
    const f = { ...NO_FILTERS, countries: ['VN'], operators: ['Op B'] };
    expect([x, y, z].filter((p) => matchesWith(p, f, cablesOf)).map((p) => p.id)).toEqual(['lp-y']);
  });
  it('the map expression agrees with the predicate', () => {
    for (const f of [
      { ...NO_FILTERS, asOf: 2010 },
      { ...NO_FILTERS, operators: ['Op B'], countries: ['JP'] },
      NO_FILTERS,
      { ...NO_FILTERS, countries: ['SG'] },
    ]) {
      const expr = landingMapFilter(f, landingIdsShown([old, young], f));
      const ok = (p: AssetProps) =>
        featureFilter(expr, 'f').filter({ zoom: 4 }, { type: 1, properties: toMapProps(p) as never, geometry: [] } as never);
      for (const p of [x, y, z]) expect(ok(p), `${p.id} ${JSON.stringify(f)}`).toBe(matchesWith(p, f, cablesOf));
    }
  });
});

describe('a cable through its life ("as of")', () => {
  const base = props.find((p) => p.type === 'submarine-cable')!;
  const smw3: AssetProps = {
    ...base,
    id: 'cable-old',
    status: 'retired',
    year: 2024,
    events: [
      { kind: 'construction', date: '1997' },
      { kind: 'rfs', date: '2000-03' },
      { kind: 'retired', date: '2024-12-02' },
    ],
  };
  const adc: AssetProps = {
    ...base,
    id: 'cable-new',
    status: 'operational',
    year: 2024,
    events: [
      { kind: 'contract', date: '2020-06' },
      { kind: 'rfs', date: '2024-12' },
    ],
  };
  const planned: AssetProps = { ...base, id: 'cable-plan', status: 'planned', year: null, events: [{ kind: 'announced', date: '2023' }] };
  it('is under construction before its ready-for-service year, in service after, retired after retirement', () => {
    expect(statusAsOf(adc, 2023)).toBe('under-construction');
    expect(statusAsOf(adc, 2026)).toBe('operational');
    expect(statusAsOf(smw3, 2023)).toBe('operational');
    expect(statusAsOf(smw3, 2026)).toBe('retired');
    expect(statusAsOf(smw3, null)).toBe('retired');
    expect(statusAsOf(planned, 2024)).toBe('planned');
  });
  it('does not exist before its first dated step, and a retired cable is hidden unless "Retired" is chosen', () => {
    expect(matches(adc, { ...NO_FILTERS, asOf: 2019 })).toBe(false);
    expect(matches(adc, { ...NO_FILTERS, asOf: 2021 })).toBe(true);
    expect(matches(smw3, NO_FILTERS)).toBe(false);
    expect(matches(smw3, { ...NO_FILTERS, statuses: ['retired'] })).toBe(true);
    expect(matches(smw3, { ...NO_FILTERS, asOf: 2010 })).toBe(true);
    expect(matches(planned, { ...NO_FILTERS, asOf: 2022 })).toBe(false);
  });
  const lifeCases: Filters[] = [
    NO_FILTERS,
    { ...NO_FILTERS, asOf: 2010 },
    { ...NO_FILTERS, asOf: 2019 },
    { ...NO_FILTERS, asOf: 2023 },
    { ...NO_FILTERS, asOf: 2026 },
    { ...NO_FILTERS, statuses: ['retired'] },
    { ...NO_FILTERS, statuses: ['under-construction'], asOf: 2023 },
    { ...NO_FILTERS, statuses: ['operational', 'retired'], asOf: 2026 },
  ];
  it.each(lifeCases.map((c) => [JSON.stringify(c), c] as const))('the map expression agrees with the predicate: %s', (_n, f) => {
    for (const p of [smw3, adc, planned]) expect(onMap(f, p), p.id).toBe(matches(p, f));
  });
});

describe('the newer filters', () => {
  const base = props.find((p) => p.type === 'submarine-cable')!;
  const nec = { ...base, id: 'c-nec', supplier: 'NEC / TE SubCom', year: 2013, ownerHomes: ['CN', 'SG'] };
  const none = { ...base, id: 'c-none', supplier: undefined, year: null, ownerHomes: undefined };
  it('a year range keeps assets built in it and leaves unknown years out', () => {
    expect(matches(nec, { ...NO_FILTERS, yearFrom: 2010 })).toBe(true);
    expect(matches(nec, { ...NO_FILTERS, yearFrom: 2014 })).toBe(false);
    expect(matches(nec, { ...NO_FILTERS, yearTo: 2013 })).toBe(true);
    expect(matches(none, { ...NO_FILTERS, yearFrom: 2010 })).toBe(false);
    expect(matches(none, NO_FILTERS)).toBe(true);
  });
  it('owners\u2019 home economy and supplier match any of the firms named', () => {
    expect(matches(nec, { ...NO_FILTERS, homes: ['CN'] })).toBe(true);
    expect(matches(nec, { ...NO_FILTERS, homes: ['US'] })).toBe(false);
    expect(matches(none, { ...NO_FILTERS, homes: ['CN'] })).toBe(false);
    expect(matches(nec, { ...NO_FILTERS, suppliers: ['TE SubCom'] })).toBe(true);
    expect(matches(nec, { ...NO_FILTERS, suppliers: ['ASN'] })).toBe(false);
  });
  it('a node-kind filter narrows nodes only', () => {
    const ixp = { ...props.find((p) => p.type === 'node')!, nodeKind: 'ixp' as const };
    const gw = { ...ixp, nodeKind: 'gateway' as const };
    expect(matches(ixp, { ...NO_FILTERS, nodeKinds: ['ixp'] })).toBe(true);
    expect(matches(gw, { ...NO_FILTERS, nodeKinds: ['ixp'] })).toBe(false);
    expect(matches(nec, { ...NO_FILTERS, nodeKinds: ['ixp'] })).toBe(true);
  });
  it.each([
    { ...NO_FILTERS, yearFrom: 2010 },
    { ...NO_FILTERS, homes: ['CN'] },
    { ...NO_FILTERS, suppliers: ['TE SubCom'] },
  ])('the map expression agrees: %j', (f) => {
    for (const p of [nec, none]) expect(onMap(f, p), p.id).toBe(matches(p, f));
  });
});
