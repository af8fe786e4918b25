import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { STILL_CITED, sourceUrls, unciteableHost, unciteableSource } from './source-hosts';

describe('sources the atlas does not cite', () => {
  it('are development and test copies of a publisher’s site', () => {
    expect(unciteableHost('https://alfi.dev.theedgesingapore.com/news/telcos/5g')).toMatch(/development or test host/);
    expect(unciteableHost('https://qa.philstar.com/business/2022/05/01/x')).toMatch(/development or test host/);
    expect(unciteableHost('https://dev.taisounds.news/a/1')).toMatch(/development or test host/);
    expect(unciteableHost('https://staging2.example.org/x')).toMatch(/development or test host/);
    expect(unciteableHost('https://lowyatal.pages.dev/posts/x')).toMatch(/preview deployment/);
  });
  it('and AI-written encyclopaedias', () => {
    expect(unciteableHost('https://grokipedia.com/page/SEA-ME-WE_4')).toMatch(/AI-written encyclopaedia/);
    expect(unciteableHost('https://www.grokipedia.com/page/x')).toMatch(/AI-written encyclopaedia/);
  });
  it('but not a publisher whose name merely contains such a word, nor its own site', () => {
    expect(unciteableHost('https://www.philstar.com/business/2022/05/01/x')).toBeNull();
    expect(unciteableHost('https://www.theedgesingapore.com/news/x')).toBeNull();
    expect(unciteableHost('https://dev.to/someone/post')).toBeNull(); // a registered name, not a test label
    expect(unciteableHost('https://devdiscourse.com/x')).toBeNull();
    expect(unciteableHost('https://www.qatar-tribune.com/x')).toBeNull();
    expect(unciteableHost('not a url')).toBeNull();
  });
  it('are found wherever a file cites them, with the record that does', () => {
    const file = {
      features: [
        {
          properties: {
            id: 'cable-a',
            sources: [{ title: 't', url: 'https://a.example/1' }],
            events: [{ source: { title: 'e', url: 'https://qa.b.example/2' } }],
          },
        },
      ],
      faults: [{ id: 'fault-x', impacts: [{ source: { title: 'i', url: 'https://c.example/3' } }] }],
    };
    expect(sourceUrls(file)).toEqual([
      { id: 'cable-a', url: 'https://a.example/1' },
      { id: 'cable-a', url: 'https://qa.b.example/2' },
      { id: 'fault-x', url: 'https://c.example/3' },
    ]);
  });
});

describe('the AI-written citations that stay (no other source found)', () => {
  const shipped = readdirSync('geodata')
    .filter((f) => /\.(geo)?json$/.test(f))
    .flatMap((f) => sourceUrls(JSON.parse(readFileSync(`geodata/${f}`, 'utf8'))));
  it('are each still cited where the list says: the list only shrinks', () => {
    for (const c of STILL_CITED)
      expect(
        shipped.some((s) => s.id === c.id && s.url === c.url),
        `${c.id} ${c.url}`,
      ).toBe(true);
  });
  it('are the only unciteable sources in the shipped data', () => {
    expect(shipped.filter((s) => unciteableSource(s.id, s.url) !== null)).toEqual([]);
  });
  it('do not excuse the same page cited by another record', () => {
    expect(unciteableSource('cable-apg', STILL_CITED[0]!.url)).toMatch(/AI-written/);
    expect(unciteableSource(STILL_CITED[0]!.id, STILL_CITED[0]!.url)).toBeNull();
  });
});
