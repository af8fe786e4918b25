import { describe, expect, it } from 'vitest';
import type { AssetFeature } from '../data/schema';
import { searchAssets, searchCountries } from './search';

/** Just what search reads; the rest of a feature does not matter here. */
const feature = (p: { id: string; name: { zh: string; en: string }; operators?: string[] }) =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { operators: [], partners: [], ...p },
  }) as unknown as AssetFeature;

const countries = [
  { code: 'KH', name: { zh: '柬埔寨', en: 'Cambodia' } },
  { code: 'LA', name: { zh: '老挝', en: 'Laos' } },
  { code: 'CN', name: { zh: '中国', en: 'China' } },
];

describe('search', () => {
  it('finds countries by either name or their code', () => {
    expect(searchCountries(countries, 'camb').map((c) => c.code)).toEqual(['KH']);
    expect(searchCountries(countries, '老挝').map((c) => c.code)).toEqual(['LA']);
    expect(searchCountries(countries, 'kh').map((c) => c.code)).toEqual(['KH']);
    expect(searchCountries(countries, '  ')).toEqual([]);
  });

  it('finds assets by name in both languages, by operator, ignoring accents; name starts rank first', () => {
    const a = feature({ id: 'a', name: { zh: '亚太直达海缆', en: 'Asia Pacific Gateway' }, operators: ['Viettel'] });
    const b = feature({ id: 'b', name: { zh: '头顿', en: 'Vũng Tàu' } });
    const c = feature({ id: 'c', name: { zh: '东南亚—日本', en: 'Southeast Asia–Japan' } });
    expect(searchAssets([a, b, c], 'vung tau').map((f) => f.properties.id)).toEqual(['b']);
    expect(searchAssets([a, b, c], 'viettel').map((f) => f.properties.id)).toEqual(['a']);
    expect(searchAssets([a, b, c], '海缆').map((f) => f.properties.id)).toEqual(['a']);
    expect(searchAssets([c, a], 'asia').map((f) => f.properties.id)).toEqual(['a', 'c']);
    expect(searchAssets([a, b, c], '')).toEqual([]);
  });
});
