import fc from 'fast-check';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { AssetProps } from '../data/schema';
import { dayNum, localToday, mapLife, quietSince, stateExpr, stateOn, viewDay } from './time';
import { realData } from '../test/real-data';

const TODAY = '2026-12-07';
const cable = (over: Partial<AssetProps>): AssetProps =>
  ({
    id: 'c',
    type: 'submarine-cable',
    name: { zh: 'c', en: 'c' },
    countries: ['VN'],
    status: 'operational',
    year: null,
    operators: [],
    partners: [],
    precision: 'schematic',
    sources: [{ title: 't', url: 'https://example.org' }],
    ...over,
  }) as AssetProps;

describe('the one time model', () => {
  it('reads partial dates as their first day', () => {
    expect(dayNum('2016')).toBe(20160101);
    expect(dayNum('2016-11')).toBe(20161101);
    expect(dayNum('2016-11-03')).toBe(20161103);
  });
  it('takes "today" on the reader\u2019s own calendar, not UTC', () => {
    // 07:30 in Beijing on 8 December is 23:30 UTC on the 7th: a reader there cites the 8th
    const beijing = new Date(2026, 11, 8, 7, 30);
    expect(localToday(beijing)).toBe('2026-12-08');
  });
  it('one day for map and analysis: a replay day wins over the "as of" year, which wins over today', () => {
    expect(viewDay('2023-02-21', 2024, TODAY)).toBe('2023-02-21');
    expect(viewDay(null, 2024, TODAY)).toBe('2024-12-31');
    expect(viewDay(null, null, TODAY)).toBe(TODAY);
  });
  const smw3 = cable({
    status: 'retired',
    year: 1999,
    events: [
      { kind: 'rfs', date: '1999-09' },
      { kind: 'retired', date: '2024-12-02' },
    ],
  });
  it('a system is absent before its first step, under construction before service, in service, then retired', () => {
    const adc = cable({
      year: 2024,
      events: [
        { kind: 'contract', date: '2020-06' },
        { kind: 'rfs', date: '2024-12' },
      ],
    });
    expect(stateOn(adc, { day: '2019-12-31', today: TODAY })).toBeNull();
    expect(stateOn(adc, { day: '2023-12-31', today: TODAY })).toBe('under-construction');
    expect(stateOn(adc, { day: '2024-12-01', today: TODAY })).toBe('operational');
    expect(stateOn(smw3, { day: '2024-12-01', today: TODAY })).toBe('operational');
    expect(stateOn(smw3, { day: '2024-12-02', today: TODAY })).toBe('retired');
  });
  it('on today the recorded status holds (a retirement no source dates is still a retirement)', () => {
    const old = cable({ status: 'retired', year: 1997, events: [{ kind: 'rfs', date: '1997' }] });
    expect(stateOn(old, { day: TODAY, today: TODAY })).toBe('retired');
    // before today, with no date for its end, it was in service
    expect(stateOn(old, { day: '2010-06-01', today: TODAY })).toBe('operational');
    const planned = cable({ status: 'planned', year: 2028, events: [{ kind: 'announced', date: '2025-09' }] });
    expect(stateOn(planned, { day: TODAY, today: TODAY })).toBe('planned');
  });
  it('a cancelled system is cancelled from its dated cancellation, planned before it, never in service', () => {
    const hka = cable({
      status: 'cancelled',
      year: 2021,
      events: [
        { kind: 'announced', date: '2018-10' },
        { kind: 'cancelled', date: '2021-03' },
      ],
    });
    expect(stateOn(hka, { day: '2017-12-31', today: TODAY })).toBeNull();
    expect(stateOn(hka, { day: '2020-06-01', today: TODAY })).toBe('planned');
    expect(stateOn(hka, { day: '2021-03-01', today: TODAY })).toBe('cancelled');
    expect(stateOn(hka, { day: TODAY, today: TODAY })).toBe('cancelled');
  });
  it('an expected ready-for-service date (event or the year of a planned record) does not start its life', () => {
    const planned = cable({
      status: 'planned',
      year: 2028,
      events: [
        { kind: 'announced', date: '2024-04' },
        { kind: 'expected-rfs', date: '2028' },
      ],
    });
    expect(stateOn(planned, { day: '2024-03-31', today: TODAY })).toBeNull();
    expect(stateOn(planned, { day: '2025-06-01', today: TODAY })).toBe('planned');
  });
  it('the map expression gives the same state as stateOn, for any record and day', () => {
    const date = fc
      .tuple(fc.integer({ min: 1995, max: 2030 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 }))
      .map(([y, m, d]) =>
        m === 0
          ? `${y}`
          : d === 0
            ? `${y}-${String(m).padStart(2, '0')}`
            : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      );
    const kind = fc.constantFrom('announced', 'contract', 'construction', 'rfs', 'retired', 'landed', 'expected-rfs', 'cancelled');
    const status = fc.constantFrom('operational', 'under-construction', 'planned', 'announced', 'retired', 'cancelled');
    fc.assert(
      fc.property(
        status,
        fc.option(fc.integer({ min: 1995, max: 2030 }), { nil: null }),
        fc.array(fc.record({ kind, date }), { maxLength: 4 }),
        date,
        (st, year, events, day) => {
          const p = cable({ status: st, year, events });
          const full = day.length === 4 ? `${day}-06-15` : day.length === 7 ? `${day}-15` : day;
          const at = { day: full, today: TODAY };
          const expr = ['==', stateExpr(at), ['literal', stateOn(p, at) ?? 'none']];
          const ok = featureFilter(expr as never, 'f').filter({ zoom: 4 }, {
            type: 1,
            properties: { status: p.status, ...mapLife(p) },
            geometry: [],
          } as never);
          expect(ok).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('a planned or under-construction record gone quiet', () => {
  const uc = (events: AssetProps['events'], over: Partial<AssetProps> = {}) => cable({ status: 'under-construction', events, ...over });
  /** Whether an under-construction record with these dated steps is quiet today. */
  const q = (...events: NonNullable<AssetProps['events']>) => quietSince(uc(events), TODAY);
  it('is one with no dated report in three years and no expectation still ahead', () => {
    expect(quietSince(uc([{ kind: 'construction', date: '2017-04' }]), TODAY)).toBe('2017-04');
    expect(quietSince(uc([]), TODAY)).toBe('');
    expect(quietSince(uc(undefined), TODAY)).toBe('');
    // the latest report counts, whatever the order; three years to the end of its precision
    expect(q({ kind: 'landed', date: '2024-01' }, { kind: 'contract', date: '2019' })).toBeNull();
    expect(quietSince(uc([{ kind: 'landed', date: '2023' }]), TODAY)).toBeNull(); // to 2026-12-31
    expect(quietSince(uc([{ kind: 'landed', date: '2023-11' }]), TODAY)).toBe('2023-11');
  });
  it('is not one whose expected date is still ahead, or that is in service, retired or a station', () => {
    expect(q({ kind: 'contract', date: '2015' }, { kind: 'expected-rfs', date: '2027' })).toBeNull();
    expect(quietSince(cable({ status: 'planned', year: 2028, events: [{ kind: 'announced', date: '2019' }] }), TODAY)).toBeNull();
    expect(quietSince(cable({ status: 'operational', events: [{ kind: 'rfs', date: '2001' }] }), TODAY)).toBeNull();
    expect(quietSince(cable({ status: 'retired' }), TODAY)).toBeNull();
    expect(quietSince(uc([], { type: 'landing-point' }), TODAY)).toBeNull();
  });
  it('names the records the issue found stale and no source has reported on since (HK-G, LBC, Tamu–Moreh)', async () => {
    const { index } = await realData();
    const q = (id: string) => quietSince(index.byId.get(id)!.properties, TODAY);
    expect(q('cable-hk-g')).toBe('2017-04'); // construction, April 2017; the FCC application withdrawn in 2020
    expect(q('cable-lbc')).toBe(''); // the 2015–16 deal's Q3 2016 target is in its description, undated
    expect(q('fibre-mm-in-tamu-moreh')).toBe('');
    expect(q('cable-apg')).toBeNull();
    expect(q('cable-sea-h2x')).toBeNull(); // expected in 2026, landed November 2025
  });
});
