import { describe, expect, it } from 'vitest';
import { correctionLink, DEFAULT_CORRECTIONS_TARGET } from './correction';

const base = {
  id: 'cable-apg',
  name: 'Asia Pacific Gateway (APG)',
  type: 'Submarine cable',
  url: 'https://x.org/#sel=cable-apg',
  lang: 'en' as const,
};

describe('correctionLink', () => {
  it('prefills an issue form with a title and a body naming the asset and the view', () => {
    const href = correctionLink({ ...base, target: 'https://github.com/o/r/issues/new' });
    const u = new URL(href);
    expect(u.origin + u.pathname).toBe('https://github.com/o/r/issues/new');
    expect(u.searchParams.get('title')).toBe('Correction: Asia Pacific Gateway (APG) (cable-apg)');
    expect(u.searchParams.get('body')).toContain('View: https://x.org/#sel=cable-apg');
    expect(correctionLink({ ...base, target: 'https://gitlab.com/o/r/-/issues/new?x=1' })).toContain('?x=1&title=');
  });
  it('opens the reader’s mail program by default, in Chinese too', () => {
    const href = correctionLink({ ...base, target: DEFAULT_CORRECTIONS_TARGET, lang: 'zh', name: '亚太直达海底光缆' });
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    expect(decodeURIComponent(href)).toContain('更正：亚太直达海底光缆（cable-apg）');
    expect(decodeURIComponent(href)).toContain('正确的信息及其来源');
  });
});
