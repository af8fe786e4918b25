import { describe, expect, it } from 'vitest';
import type { AssetFeature } from '../data/schema';
import { readFileSync } from 'node:fs';
import { searchAssets, searchCountries, searchKnown, searchTypes } from './search';
import type { KnownSystem } from '../data/schema';

/** Just what search reads; the rest of a feature does not matter here. */
const feature = (p: { id: string; name: { zh: string; en: string }; operators?: string[] }) =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { operators: [], partners: [], countries: [], type: 'node', ...p },
  }) as unknown as AssetFeature;

const countries = [
  { code: 'KH', name: { zh: '柬埔寨', en: 'Cambodia' } },
  { code: 'LA', name: { zh: '老挝', en: 'Laos' } },
  { code: 'CN', name: { zh: '中国', en: 'China' } },
];

describe('search', () => {
  it('finds a known, not-drawn system by alias, firm (in Chinese too), place and cable words', () => {
    const vts = {
      id: 'known-vts',
      name: { en: 'Vietnam–Singapore cable', zh: '越新海缆' },
      aliases: ['VTS'],
      countries: ['VN', 'SG'],
      operators: ['Viettel'],
    } as unknown as KnownSystem;
    const candle = {
      id: 'known-candle',
      name: { en: 'Candle', zh: 'Candle海缆' },
      countries: ['JP', 'MY'],
      operators: [],
    } as unknown as KnownSystem;
    const ops = [{ id: 'op-viettel', name: { en: 'Viettel Group', zh: '越南军队电信集团' }, home: 'VN', names: ['Viettel'] }] as never;
    const ids = (q: string) => searchKnown([vts, candle], q, 6, { operators: ops }).map((k) => k.id);
    expect(ids('vts')).toEqual(['known-vts']);
    expect(ids('越南军队电信')).toEqual(['known-vts']);
    expect(ids('马来西亚')).toEqual(['known-candle']);
    expect(ids('海缆')).toEqual(['known-candle', 'known-vts']);
    expect(ids('vietnam')).toEqual(['known-vts']);
    expect(ids('guam')).toEqual([]);
  });

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

describe('search on the real data: what readers typed', () => {
  const read = (f: string) => JSON.parse(readFileSync(`geodata/${f}`, 'utf8'));
  const all = ['submarine-cables', 'landing-points', 'land-fibre', 'nodes', 'cloud-centres', '5g'].flatMap(
    (f) => read(`${f}.geojson`).features as AssetFeature[],
  );
  const operators = read('operators.json').operators;
  const countries = read('countries.json').countries;
  const ids = (q: string, limit = 200) => searchAssets(all, q, limit, { operators }).map((f) => f.properties.id);
  const inCountry = (code: string) => (id: string) => all.find((f) => f.properties.id === id)!.properties.countries.includes(code);
  const table: Array<[string, (r: string[]) => void]> = [
    ['Vietnam', (r) => expect(r.length).toBeGreaterThan(5)],
    ['viet nam', (r) => expect(r).toContain('cable-adc')],
    ['越南', (r) => expect(r).toContain('cable-aag')],
    ['Hong Kong', (r) => expect(r.filter((id) => id.startsWith('cable-')).length).toBeGreaterThan(5)],
    ['香港', (r) => expect(r.filter((id) => id.startsWith('cable-')).length).toBeGreaterThan(5)],
    ['Burma', (r) => expect(r.length > 0 && r.every(inCountry('MM'))).toBe(true)],
    ['submarine', (r) => expect(r.filter((id) => id.startsWith('cable-')).length).toBeGreaterThan(50)],
    ['landing', (r) => expect(r.filter((id) => id.startsWith('lp-')).length).toBeGreaterThan(100)],
    ['海缆', (r) => expect(r.filter((id) => id.startsWith('cable-')).length).toBeGreaterThan(50)],
    ['中国移动', (r) => expect(r).toContain('cable-sjc2')],
    ['China Mobile', (r) => expect(r).toContain('cable-sjc2')],
    ['数据中心', (r) => expect(r.some((id) => id.startsWith('cloud-'))).toBe(true)],
    ['IXP', (r) => expect(r).toContain('ix-hkix')],
    ['Timor-Leste', (r) => expect(r.length).toBeGreaterThan(0)],
    ['SJC 2', (r) => expect(r[0]).toBe('cable-sjc2')],
    ['APG', (r) => expect(r[0]).toBe('cable-apg')],
    ['vung tau', (r) => expect(r).toContain('lp-vung-tau')],
  ];
  it.each(table)('%s', (q, check) => check(ids(q)));
  it('ranks a name match above a place or kind match', () => {
    expect(ids('Singapore', 5).some((id) => id.includes('singapore'))).toBe(true);
  });
  it('finds the countries by their other names', () => {
    expect(searchCountries(countries, 'Vietnam').map((c: any) => c.code)).toEqual(['VN']);
    expect(searchCountries(countries, 'Burma').map((c: any) => c.code)).toEqual(['MM']);
    expect(searchCountries(countries, 'East Timor').map((c: any) => c.code)).toEqual(['TL']);
    expect(searchCountries(countries, '东帝汶').map((c: any) => c.code)).toEqual(['TL']);
  });
  it('offers a whole kind of asset for a kind word', () => {
    expect(searchTypes('submarine')).toContain('submarine-cable');
    expect(searchTypes('海缆')).toContain('submarine-cable');
    expect(searchTypes('数据中心')).toEqual(['cloud-centre']);
    expect(searchTypes('a')).toEqual([]);
  });
});
