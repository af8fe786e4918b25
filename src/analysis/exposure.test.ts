import { describe, expect, it } from 'vitest';
import type { AssetFeature, Corridor } from '../data/schema';
import { fault } from './network/test-fixtures';
import { shippedExposureData } from '../test/real-data';
import {
  analyse,
  cablesThrough,
  cmpDate,
  faultActiveOn,
  faultEnd,
  faultsAffecting,
  faultScenario,
  inServiceOn,
  type ExposureData,
} from './exposure';

// Small hand-made networks (made-up ids and places, never shipped).
const src = [{ title: 'Test', url: 'https://example.org' }];
const t = (en: string) => ({ zh: en, en });
function cable(
  id: string,
  countries: string[],
  landingPoints: string[],
  coords: number[][],
  extra: Record<string, unknown> = {},
): AssetFeature {
  return {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: coords as [number, number][] },
    properties: {
      id,
      type: 'submarine-cable',
      name: t(id),
      countries,
      status: 'operational',
      year: 2010,
      operators: [`Op ${id}`],
      partners: [],
      precision: 'schematic',
      landingPoints,
      supplier: 'Maker',
      ...extra,
    },
  };
}
function landing(id: string, country: string, town = id): AssetFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: {
      id,
      type: 'landing-point',
      name: t(town),
      countries: [country],
      status: 'operational',
      year: null,
      operators: [],
      partners: [],
      precision: 'approximate',
    },
  };
}
const box = (w: number, s: number, e: number, n: number): Corridor => ({
  id: 'corridor-box',
  name: t('box'),
  polygon: [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ],
  rationale: t('r'),
  sources: src,
});

describe('hand-made networks', () => {
  it('two cables sharing one landing station: one station carries all of the country’s systems', () => {
    const data: ExposureData = {
      cables: [
        cable(
          'c1',
          ['AA', 'BB'],
          ['lp-a', 'lp-b'],
          [
            [0, 0],
            [5, 0],
          ],
        ),
        cable(
          'c2',
          ['AA', 'CC'],
          ['lp-a', 'lp-c'],
          [
            [0, 0],
            [0, 5],
          ],
        ),
      ],
      landings: [landing('lp-a', 'AA', 'Town A'), landing('lp-b', 'BB'), landing('lp-c', 'CC')],
      fibre: [],
      faults: [],
      corridors: [],
    };
    const [aa] = analyse(data, { day: '2020-01-01' }, ['AA']);
    expect(aa!.systems).toEqual(['c1', 'c2']);
    expect(aa!.stations).toEqual(['lp-a']);
    expect(aa!.sites).toEqual(['Town A']);
    expect(aa!.stationDependencies).toEqual([{ station: 'lp-a', systems: ['c1', 'c2'], share: 1 }]);
    expect(aa!.cableDependencies).toEqual(['c1', 'c2']); // each is half: more than 25 %
    expect(aa!.owners).toEqual(['Op c1', 'Op c2']);
    expect(aa!.suppliers).toEqual(['Maker']);
    expect(aa!.flag).toBeNull();
  });

  it('a domestic cable is not international', () => {
    const data: ExposureData = {
      cables: [
        cable(
          'd',
          ['AA'],
          ['lp-a', 'lp-a2'],
          [
            [0, 0],
            [1, 1],
          ],
        ),
      ],
      landings: [landing('lp-a', 'AA'), landing('lp-a2', 'AA')],
      fibre: [],
      faults: [],
      corridors: [],
    };
    expect(analyse(data, { day: '2020-01-01' }, ['AA'])[0]!.systems).toEqual([]);
  });

  it('a corridor that cuts three of four leaves one, flagged', () => {
    const inBox = [
      [10, 10],
      [11, 11],
      [20, 20],
    ];
    const data: ExposureData = {
      cables: [
        cable('k1', ['AA', 'BB'], [], inBox),
        cable('k2', ['AA', 'BB'], [], inBox),
        cable('k3', ['AA', 'BB'], [], inBox),
        cable(
          'k4',
          ['AA', 'BB'],
          [],
          [
            [30, 30],
            [40, 40],
          ],
        ),
      ],
      landings: [],
      fibre: [],
      faults: [],
      corridors: [box(9, 9, 12, 12)],
    };
    expect([...cablesThrough(data.cables, data.corridors[0]!)].sort()).toEqual(['k1', 'k2', 'k3']);
    const [aa] = analyse(data, { day: '2020-01-01', corridors: ['corridor-box'] }, ['AA']);
    expect(aa!.cut).toEqual(['k1', 'k2', 'k3']);
    expect(aa!.remaining).toEqual(['k4']);
    expect(aa!.flag).toBe('one');
    expect(analyse(data, { day: '2020-01-01', cut: ['k4'], corridors: ['corridor-box'] }, ['AA'])[0]!.flag).toBe('none');
    expect(analyse(data, { day: '2020-01-01' }, ['AA'])[0]!.cableDependencies).toEqual([]); // 1/4 is not more than 25 %
  });

  it('a cable under repair on the as-of date is impaired; before and after it is not', () => {
    const data: ExposureData = {
      cables: [
        cable(
          'r1',
          ['AA', 'BB'],
          [],
          [
            [0, 0],
            [1, 1],
          ],
        ),
        cable(
          'r2',
          ['AA', 'BB'],
          [],
          [
            [0, 0],
            [1, 1],
          ],
        ),
      ],
      landings: [],
      fibre: [],
      faults: [fault('fault-x', ['r1'], '2021-03-10', '2021-04')],
      corridors: [],
    };
    const on = (day: string) => analyse(data, { day }, ['AA'])[0]!;
    expect(on('2021-03-09').impaired).toEqual([]);
    expect(on('2021-03-10').impaired).toEqual(['r1']);
    expect(on('2021-03-31').remaining).toEqual(['r2']);
    expect(on('2021-03-31').flag).toBe('one');
    expect(on('2021-04-01').impaired).toEqual([]);
  });

  it('a fault with no repair date counts only in the month it began', () => {
    const f = fault('fault-y', ['r1'], '2022-11', null);
    expect(faultActiveOn(f, '2022-11-30')).toBe(true);
    expect(faultActiveOn(f, '2022-12-01')).toBe(false);
    expect(faultActiveOn(f, '2022-10-31')).toBe(false);
    expect(faultEnd(f)).toEqual({ day: '2022-11-30', basis: 'first-month' });
  });

  it('a fault with no repair date but a later report of impairment counts until that report (inclusive), and says so', () => {
    const src = { title: 't', url: 'https://example.org' };
    const f = { ...fault('fault-z', ['r1'], '2022-11', null), lastImpaired: { date: '2023-05-03', source: src } };
    expect(faultActiveOn(f, '2023-02-21')).toBe(true);
    expect(faultActiveOn(f, '2023-05-03')).toBe(true);
    expect(faultActiveOn(f, '2023-05-04')).toBe(false);
    expect(faultEnd(f)).toEqual({ day: '2023-05-03', basis: 'last-report' });
    const month = { ...f, lastImpaired: { date: '2023-02', source: src } };
    expect(faultActiveOn(month, '2023-02-28')).toBe(true);
    expect(faultEnd(month)).toEqual({ day: '2023-02-28', basis: 'last-report' });
    // a sourced repair wins over any report
    const repaired = { ...f, repaired: '2023-01-10' };
    expect(faultActiveOn(repaired, '2023-01-10')).toBe(false);
    expect(faultEnd(repaired)).toEqual({ day: '2023-01-09', basis: 'repaired' });
    expect(faultEnd({ ...f, repaired: '2023-05' })).toEqual({ day: '2023-04-30', basis: 'repaired' });
    // an outage of hours, repaired the day it began, counts on that day
    const hours = { ...fault('fault-h', ['r1'], '2022-06-07', '2022-06-07') };
    expect(faultActiveOn(hours, '2022-06-07')).toBe(true);
    expect(faultActiveOn(hours, '2022-06-08')).toBe(false);
    expect(faultEnd(hours)).toEqual({ day: '2022-06-07', basis: 'repaired' });
  });

  it('service dates: ready for service, retirement, no dated step', () => {
    const p = cable(
      's',
      ['AA', 'BB'],
      [],
      [
        [0, 0],
        [1, 1],
      ],
      {
        events: [
          { kind: 'rfs', date: '2009-11-10' },
          { kind: 'retired', date: '2024-12-02' },
        ],
      },
    ).properties;
    expect(inServiceOn(p, '2009-11-09')).toBe(false);
    expect(inServiceOn(p, '2009-11-10')).toBe(true);
    expect(inServiceOn(p, '2024-12-01')).toBe(true);
    expect(inServiceOn(p, '2024-12-02')).toBe(false);
    expect(inServiceOn({ ...p, events: [], status: 'planned', year: null }, '2030-01-01')).toBe(false);
    expect(cmpDate('2023-05', '2023-05-20')).toBe(0);
  });
});

describe('faultsAffecting: the faults whose reports name a place', () => {
  const named = (id: string, start: string, countries: string[], impactIn?: string) => ({
    ...fault(id, ['c'], start, null),
    countriesAffected: countries,
    ...(impactIn
      ? {
          impacts: [
            {
              country: impactIn,
              text: { en: 'x', zh: 'x' },
              cables: ['c'],
              from: start,
              source: { title: 't', url: 'https://example.org/' },
            },
          ],
        }
      : {}),
  });
  const log = [
    named('fault-a', '2019-05', ['VN']),
    named('fault-b', '2023-02-21', ['VN', 'HK']),
    named('fault-c', '2021-01-03', ['SG'], 'VN'), // named only in an impact
    named('fault-d', '2024-06', ['MM']),
  ];
  it('takes a fault named in countriesAffected or in a reported impact, newest first', () => {
    expect(faultsAffecting(log, 'VN').map((f) => f.id)).toEqual(['fault-b', 'fault-c', 'fault-a']);
    expect(faultsAffecting(log, 'MM').map((f) => f.id)).toEqual(['fault-d']);
  });
  it('names nothing for a place no report names', () => expect(faultsAffecting(log, 'LA')).toEqual([]));
});

describe('the real data', () => {
  const data = shippedExposureData();
  const faultById = (id: string) => data.faults.find((f) => f.id === id)!;
  const vn = (r: ReturnType<typeof analyse>) => r.find((x) => x.code === 'VN')!;

  it('replays Vietnam’s June 2024 outage: three of its five cables the sources name (IA, APG, AAE-1) impaired', () => {
    const r = vn(analyse(data, faultScenario(faultById('fault-2024-06-vietnam'))));
    expect(r.systems).toHaveLength(5);
    expect(r.impaired.sort()).toEqual(['cable-aae-1', 'cable-apg', 'cable-tgn-ia']);
    expect(r.cut.sort()).toEqual(['cable-aae-1', 'cable-apg', 'cable-tgn-ia']);
    expect(r.remaining.sort()).toEqual(['cable-aag', 'cable-sea-me-we-3']);
  });

  it('replays February 2023: all five of Vietnam’s systems impaired (the AAG fault of November 2022 and the APG fault of 26 December 2022, with no repair date, count until their last dated reports)', () => {
    const r = vn(analyse(data, { day: '2023-02-25' }));
    expect(r.impaired.sort()).toEqual(['cable-aae-1', 'cable-aag', 'cable-apg', 'cable-sea-me-we-3', 'cable-tgn-ia']);
    expect(r.flag).toBe('none');
    // Vietnam's Parliament TV, 26 December 2022: APG failed that morning while AAG and AAE-1
    // were still faulty, three at once; APG's September fault had been fixed on 14 November
    const dec = vn(analyse(data, { day: '2022-12-26' }));
    expect(dec.impaired.sort()).toEqual(['cable-aae-1', 'cable-aag', 'cable-apg']);
    const nov = vn(analyse(data, { day: '2022-11-15' }));
    expect(nov.impaired).not.toContain('cable-apg');
  });

  it('answers for all twelve states, China counted on the mainland only', () => {
    const r = analyse(data, { day: '2026-06-30' });
    expect(r.map((x) => x.code)).toEqual(['CN', 'BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN']);
    const cn = r[0]!;
    expect(cn.systems).not.toContain('cable-plcn'); // lands in Hong Kong, not the mainland
    expect(r.find((x) => x.code === 'LA')!.systems).toEqual([]); // landlocked
    expect(r.find((x) => x.code === 'LA')!.landLinks.length).toBeGreaterThan(0);
  });

  it('cutting the Red Sea corridor leaves Myanmar with none (both its systems run through it)', () => {
    const mm = analyse(data, { day: '2026-06-30', corridors: ['corridor-red-sea'] }).find((x) => x.code === 'MM')!;
    expect(mm.systems.sort()).toEqual(['cable-aae-1', 'cable-sea-me-we-5']);
    expect(mm.flag).toBe('none');
  });
});
