/**
 * The figures the paper's story quotes from the data (src/i18n/story.ts words them): counted
 * here, once per data change, so a step never states a number the data does not give.
 */
import type { AssetIndex } from '../data';
import type { AssetProps, Country, Fault, TimelineEvent } from '../data/schema';
import { memoLast } from './memo';

/** The EU's member states (for "European" owners, §3.3). */
export const EU27 = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]); // prettier-ignore

/** Owners' home economies the paper names as competitors (§3.3), and China. */
export type Rival = 'CN' | 'US' | 'JP' | 'EU';

export interface StoryFacts {
  /** §1.1's policy milestones in the timeline, oldest first (with RCEP's entry into force). */
  policy: Array<{ date: string; title: TimelineEvent['title'] }>;
  /** Countries with a Lancang–Mekong cloud innovation centre in the data (§1.2(2)). */
  lancangMekong: string[];
  /** 5G: commercial launches recorded, in how many of the twelve states, and the first year. */
  fiveG: { records: number; countries: number; firstYear: number | null; firstIn: string[] };
  /** Cross-border land fibre routes drawn, and how many are in service. */
  landFibre: { total: number; operational: number };
  /** Cloud regions (records with a provider) by the provider's home, and cloud records per country. */
  cloud: { regions: number; byHome: Record<string, number>; byCountry: Record<string, number> };
  /** Submarine systems with at least one owner from each rival's home, out of all drawn. */
  cables: { total: number; byRival: Record<Rival, number> };
  /** An indicator per country, with its year (internet users, % of population). */
  internet: Record<string, { value: number; year: number }>;
  /** The fault log: how many faults, first and last year. */
  faults: { total: number; first: number | null; last: number | null };
}

const props = (index: AssetIndex, type: AssetProps['type']) => (index.byType[type]?.features ?? []).map((f) => f.properties);
const year = (d: string) => Number(d.slice(0, 4));

/** The story's figures from the loaded data (memoised on its inputs). */
export const storyFacts = memoLast(
  (
    index: AssetIndex,
    countries: readonly Country[] | undefined,
    timeline: readonly TimelineEvent[] | undefined,
    faults: readonly Fault[] | undefined,
  ): StoryFacts => {
    const fiveG = props(index, '5g');
    const years = fiveG.flatMap((p) => (p.year !== null ? [p.year] : []));
    const firstYear = years.length ? Math.min(...years) : null;
    const cloud = props(index, 'cloud-centre');
    const regions = cloud.filter((p) => p.provider);
    const byHome: Record<string, number> = {};
    for (const p of regions) if (p.providerHome) byHome[p.providerHome] = (byHome[p.providerHome] ?? 0) + 1;
    const byCountry: Record<string, number> = {};
    for (const p of cloud) for (const c of p.countries) byCountry[c] = (byCountry[c] ?? 0) + 1;
    const cables = props(index, 'submarine-cable');
    const has = (p: AssetProps, r: Rival) => (p.ownerHomes ?? []).some((h) => (r === 'EU' ? EU27.has(h) : h === r));
    const rivals: Rival[] = ['CN', 'US', 'JP', 'EU'];
    const fibre = props(index, 'land-fibre');
    const internet: StoryFacts['internet'] = {};
    for (const c of countries ?? []) {
      const i = c.indicators.find((x) => x.id === 'internet-users-pct');
      if (i) internet[c.code] = { value: i.value, year: i.year };
    }
    const faultYears = (faults ?? []).map((f) => year(f.start));
    return {
      policy: (timeline ?? [])
        .filter((e) => e.section === '§1.1' || e.id === 'ev-2022-01-01-rcep-in-force')
        .map((e) => ({ date: e.date, title: e.title }))
        .sort((a, b) => a.date.localeCompare(b.date)),
      lancangMekong: [...new Set(cloud.filter((p) => p.id.startsWith('cloud-lancang-mekong')).flatMap((p) => p.countries))].sort(),
      fiveG: {
        records: fiveG.length,
        countries: new Set(fiveG.flatMap((p) => p.countries)).size,
        firstYear,
        firstIn: [...new Set(fiveG.filter((p) => p.year === firstYear).flatMap((p) => p.countries))].sort(),
      },
      landFibre: { total: fibre.length, operational: fibre.filter((p) => p.status === 'operational').length },
      cloud: { regions: regions.length, byHome, byCountry },
      cables: {
        total: cables.length,
        byRival: Object.fromEntries(rivals.map((r) => [r, cables.filter((p) => has(p, r)).length])) as Record<Rival, number>,
      },
      internet,
      faults: {
        total: faultYears.length,
        first: faultYears.length ? Math.min(...faultYears) : null,
        last: faultYears.length ? Math.max(...faultYears) : null,
      },
    };
  },
);
