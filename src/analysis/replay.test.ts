/**
 * Every fault with a reported impact, replayed: the analysis is run on the day the report
 * dates the impact from (or the day the fault began, when the report gives only its month)
 * for the country it names, and its answer is compared with the report: each cable the report
 * names as impaired there is impaired, and where the report states how many of the country's
 * systems were impaired, the analysis counts as many.
 *
 * Where the data cannot reproduce a report, the case is listed in KNOWN with the reason (and
 * in geodata/README.md); nothing here sets a result. A listed case that comes to agree fails
 * too, so the list stays current.
 */
import { describe, expect, it } from 'vitest';
import type { Fault, Impact } from '../data/schema';
import { shippedExposureData } from '../test/real-data';
import { analyse, firstDay } from './exposure';

const data = shippedExposureData();
/** The release date: past days are judged by their dated life, not by "today". */
const TODAY = '2026-12-07';

const NOT_LANDED = (what: string) =>
  `the data has no landing of ${what} (no source found names one), so the analysis cannot count it there`;
/** Reports the data cannot reproduce, keyed "fault/country/from", with the reason. */
export const KNOWN: Record<string, string> = {
  'fault-2006-12-hengchun/HK/2006-12-26': `the count of 6 includes APCN, not in the data; the five the data has that reach Hong Kong through the quake zone (SMW3, FLAG FEA, EAC-C2C, APCN-2, FNAL/RNAL) are all impaired`,
  'fault-2006-12-hengchun/CN/2006-12-26': NOT_LANDED('FNAL/RNAL on the Chinese mainland (its Chinese end is Hong Kong)'),
  'fault-2006-12-hengchun/JP/2006-12-26': `${NOT_LANDED('SMW3 in Japan')}; the count of 9 names APCN, not in the data, and counts EAC and C2C, and FNAL and RNAL, apart (one system each in the data)`,
  'fault-2007-09-taiwan-east/JP/2007-09-07': `${NOT_LANDED('SMW3 in Japan')}; the count of 6 names APCN, not in the data, and counts EAC and C2C apart (one system in the data)`,
  'fault-2008-01-alexandria/EG/2008-01-30': `the count of 4 includes FALCON and DOHA-HALOUL, not in the data; the two it has (SMW4, FLAG FEA) are both impaired`,
  'fault-2008-12-mediterranean/MV/2008-12-19': NOT_LANDED('any of these cables in the Maldives (outside the atlas\u2019s region)'),
  'fault-2008-12-mediterranean/SG/2008-12-19':
    'the report names the three cables cut, and FLAG FEA has no Singapore landing (its landing list has none); SMW3 and SMW4, which land at Tuas, are impaired',
  'fault-2008-12-mediterranean/TW/2008-12-19':
    'SMW4 and FLAG FEA have no Taiwanese landing (their landing lists have none), while the report names the three cables cut; SMW3, counted in Taiwan, is impaired',
  'fault-2009-08-morakot/CN/2009-08': NOT_LANDED('FNAL/RNAL on the Chinese mainland'),
  'fault-2009-08-morakot/TW/2009-08-09':
    'the count of 6 names APCN, not in the data, and counts EAC and C2C apart (one system in the data); the analysis also counts China\u2013US, which SubmarineNetworks names among the cables the typhoon and the earthquake of 17 August cut, but Chunghwa\u2019s six do not',
  'fault-2023-02-tpkm2/TW/2023-02-02':
    'the count of 2 is of Taiwan\u2013Matsu domestic cables (TPKM-2, TPKM-3), not in the data; the analysis finds APG impaired that day by another fault',
  'fault-2024-02-red-sea/HK/2024-02-24':
    'the count of 4 is of the cables cut in the Red Sea (EIG, Seacom and TGN-Gulf do not land in Hong Kong); the analysis counts Hong Kong\u2019s own systems',
  'fault-2025-09-red-sea/IN/2025-09-06':
    'the count of 4 includes IMEWE, FALCON GCX and EIG, not in the data (outside the atlas\u2019s region)',
  'fault-2025-12-taiwan-east/TW/2025-12':
    'the count of 5 includes EAC2, kept as a name (not drawn); the three the data has (SJC2, PLCN, FNAL/RNAL) are all impaired',
};

export interface Replay {
  key: string;
  day: string;
  impaired: string[];
  missing: string[];
  agrees: boolean;
}

/** The analysis's answer for one reported impact. */
export function replay(f: Fault, i: Impact): Replay {
  const a = firstDay(i.from);
  const b = firstDay(f.start);
  const day = a > b ? a : b;
  const r = analyse(data, { day, today: TODAY }, [i.country])[0]!;
  // a domestic system's report names it: the analysis counts it apart from the international ones
  const missing = i.cables.filter((c) => !r.impaired.includes(c) && !r.domesticImpaired.includes(c));
  const agrees = missing.length === 0 && (i.systemsImpaired === undefined || i.systemsImpaired === r.impaired.length);
  return { key: `${f.id}/${i.country}/${i.from}`, day, impaired: r.impaired, missing, agrees };
}

const cases = data.faults.flatMap((f) => (f.impacts ?? []).map((i): [string, Fault, Impact] => [`${f.id}/${i.country}/${i.from}`, f, i]));

describe('every fault with a reported impact, replayed', () => {
  it('has reports to replay', () => expect(cases.length).toBeGreaterThan(50));
  it.each(cases)('%s', (key, f, i) => {
    const r = replay(f, i);
    const what = `${i.text.en} | analysis on ${r.day}: impaired [${r.impaired.join(', ')}], missing [${r.missing.join(', ')}]`;
    if (key in KNOWN) expect(r.agrees, `listed as a known disagreement but now agrees: remove it from KNOWN (${what})`).toBe(false);
    else expect(r.agrees, what).toBe(true);
  });
  it('lists no known disagreement for a report that does not exist', () => {
    const keys = new Set(cases.map(([k]) => k));
    expect(Object.keys(KNOWN).filter((k) => !keys.has(k))).toEqual([]);
  });
  it('Vietnam, 21 February 2023: all five of its international systems impaired', () => {
    const vn = analyse(data, { day: '2023-02-21', today: TODAY }, ['VN'])[0]!;
    expect(vn.systems.sort()).toEqual(['cable-aae-1', 'cable-aag', 'cable-apg', 'cable-sea-me-we-3', 'cable-tgn-ia']);
    expect(vn.impaired.sort()).toEqual(vn.systems);
  });
  it('Myanmar, 15 June 2024: not left with zero international systems (SMW5 at Ngwe Saung beside AAE-1)', () => {
    const mm = analyse(data, { day: '2024-06-15', today: TODAY }, ['MM'])[0]!;
    expect(mm.systems).toContain('cable-sea-me-we-5');
    expect(mm.remaining.length).toBeGreaterThan(0);
  });
});
