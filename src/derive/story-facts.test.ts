import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexAssets } from '../data';
import { ASSET_FILES } from '../data/files';
import { ASSET_TYPES, type AssetFeature } from '../data/schema';
import { storyFacts } from './story-facts';

const read = (name: string) => JSON.parse(readFileSync(`geodata/${name}`, 'utf8'));
const index = indexAssets(ASSET_TYPES.map((type) => ({ type, features: read(ASSET_FILES[type]).features as AssetFeature[], skipped: [] })));
const facts = storyFacts(index, read('countries.json').countries, read('timeline.json').events, read('faults.json').faults);

describe('the story’s figures, from the real data', () => {
  it('counts what the records say (counted again from the files)', () => {
    expect(facts.policy.map((e) => e.date)).toEqual(['2017-11', '2019', '2020', '2022-01-01', '2023', '2024']);
    expect(facts.lancangMekong).toEqual(['KH', 'LA', 'MM']);
    // counted again here straight from the files (not through the atlas's index), so the
    // story's figures follow the record as it grows
    const cloud = read(ASSET_FILES['cloud-centre']).features.map((f: AssetFeature) => f.properties);
    const byHome: Record<string, number> = {};
    for (const c of cloud) if (c.providerHome && c.provider) byHome[c.providerHome] = (byHome[c.providerHome] ?? 0) + 1;
    for (const [home, n] of Object.entries(facts.cloud.byHome)) expect(n, home).toBe(byHome[home]);
    expect(facts.cloud.byCountry.SG).toBe(cloud.filter((c: AssetFeature['properties']) => c.countries.includes('SG')).length);
    const cables = read(ASSET_FILES['submarine-cable']).features;
    expect(facts.cables.total).toBe(cables.length);
    expect(facts.cables.byRival.CN).toBeGreaterThan(0);
    const fibre = read(ASSET_FILES['land-fibre']).features.map((f: AssetFeature) => f.properties);
    expect(facts.landFibre).toEqual({
      total: fibre.length,
      operational: fibre.filter((f: AssetFeature['properties']) => f.status === 'operational').length,
    });
    expect(facts.internet.SG).toEqual({ value: 91, year: 2021 });
    const faults = read('faults.json').faults as Array<{ start: string }>;
    const years = faults.map((f) => Number(f.start.slice(0, 4)));
    expect(facts.faults).toEqual({ total: faults.length, first: Math.min(...years), last: Math.max(...years) });
    expect(facts.fiveG.firstYear).toBe(2019);
  });
  it('is memoised on its inputs', () => {
    expect(storyFacts(index, read('countries.json').countries, undefined, undefined)).not.toBe(facts);
    const c = read('countries.json').countries;
    const a = storyFacts(index, c, undefined, undefined);
    expect(storyFacts(index, c, undefined, undefined)).toBe(a);
  });
  it('counts nothing while the data is loading', () => {
    const empty = storyFacts(indexAssets([]), undefined, undefined, undefined);
    expect(empty.cables.total).toBe(0);
    expect(empty.fiveG.firstYear).toBeNull();
  });
});
