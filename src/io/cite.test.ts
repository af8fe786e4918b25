import { describe, expect, it } from 'vitest';
import { apa, bibtex, gbt7714 } from './cite';

const url = 'https://example.org/atlas/#map=5/10.5/106.2&sel=cable-apg&lang=zh';
const base = { url, accessed: '2026-11-25', version: '0.2.0', data: { version: '2.0.0', date: '2026-12-07' } };

describe('Cite this view', () => {
  it('GB/T 7714 names the atlas, [EB/OL], version, access date and the exact view', () => {
    expect(gbt7714({ ...base, lang: 'zh' })).toBe(
      `中国—东盟数字基础设施地图集编者. 中国—东盟数字基础设施地图集[EB/OL]. 版本 0.2.0（数据版本 2.0.0，2026-12-07）. [2026-11-25]. ${url}.`,
    );
    expect(gbt7714({ ...base, lang: 'en' })).toContain(
      'China–ASEAN Digital Infrastructure Atlas[EB/OL]. Version 0.2.0 (data release 2.0.0, 2026-12-07). [2026-11-25]',
    );
  });
  it('APA gives the year, version and a retrieval date in words', () => {
    expect(apa({ ...base, lang: 'en' })).toContain(
      '(2026). China–ASEAN Digital Infrastructure Atlas (Version 0.2.0; data release 2.0.0, 2026-12-07) [Interactive map]. Retrieved November 25, 2026, from ' +
        url,
    );
    expect(apa({ ...base, lang: 'zh' })).toContain('检索于 2026年11月25日');
  });
  it('BibTeX is one balanced @misc entry that keeps the URL', () => {
    const b = bibtex({ ...base, lang: 'en', url: 'https://x.org/#a={b}' });
    expect(b.startsWith('@misc{china_asean_atlas_2026,')).toBe(true);
    expect(b).toContain('urldate = {2026-11-25}');
    expect(b).toContain('data release 2.0.0, 2026-12-07');
    expect(b).toContain('\\url{https://x.org/#a=\\{b\\}}');
    let depth = 0;
    for (const [i, ch] of [...b].entries()) {
      if (b[i - 1] === '\\') continue;
      if (ch === '{') depth++;
      if (ch === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});
