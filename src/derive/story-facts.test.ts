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
  it('counts what the records say (checked by hand against geodata/, 2026-12-07)', () => {
    expect(facts.policy.map((e) => e.date)).toEqual(['2017-11', '2019', '2020', '2022-01-01', '2023', '2024']);
    expect(facts.lancangMekong).toEqual(['KH', 'LA', 'MM']);
    expect(facts.cloud.byHome).toEqual({ CN: 19, US: 17 });
    expect(facts.cloud.byCountry.SG).toBe(9);
    expect(facts.cables.total).toBe(73);
    expect(facts.cables.byRival).toEqual({ CN: 15, US: 18, JP: 10, EU: 5 });
    expect(facts.landFibre).toEqual({ total: 13, operational: 12 });
    expect(facts.internet.SG).toEqual({ value: 91, year: 2021 });
    expect(facts.faults).toEqual({ total: 49, first: 2006, last: 2025 });
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
