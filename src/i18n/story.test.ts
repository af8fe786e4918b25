import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexAssets } from '../data';
import { ASSET_FILES } from '../data/files';
import { ASSET_TYPES, type AssetFeature } from '../data/schema';
import { storyFacts } from '../derive/story-facts';
import { PAPER_STORY } from '../state/story';
import { STORY_WORDS } from './story';

const read = (name: string) => JSON.parse(readFileSync(`geodata/${name}`, 'utf8'));
const index = indexAssets(ASSET_TYPES.map((type) => ({ type, features: read(ASSET_FILES[type]).features as AssetFeature[], skipped: [] })));
const facts = storyFacts(index, read('countries.json').countries, read('timeline.json').events, read('faults.json').faults);

describe('the story’s words', () => {
  it('has 8 to 12 steps, each with a title, the paper’s words and the data in both languages, citing its section', () => {
    expect(PAPER_STORY.length).toBeGreaterThanOrEqual(8);
    expect(PAPER_STORY.length).toBeLessThanOrEqual(12);
    for (const lang of ['en', 'zh'] as const)
      for (const s of PAPER_STORY) {
        const w = STORY_WORDS[lang][s.id](facts, {}, lang);
        expect(w.title.length, `${lang} ${s.id}`).toBeGreaterThan(3);
        expect(w.paper.length).toBeGreaterThan(10);
        expect(w.data.length).toBeGreaterThan(10);
        if (s.section) expect(w.title).toContain(s.section.replace(/\(.*$/, ''));
        expect(w.data).not.toMatch(/undefined|NaN/);
      }
  });
});
