import type { AssetFeature, AssetType, KnownSystem, Operator } from '../data/schema';
import { PLACE_NAMES } from '../i18n/country-names';

/** Lower-cased, accent- and width-folded text for matching (so "vung tau" finds "Vũng Tàu"
 * and full-width letters match). */
export const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Other names people type for places (the display name is in PLACE_NAMES). */
export const PLACE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  CN: ['PRC', "People's Republic of China", 'mainland China', '中华人民共和国', '中国大陆', '内地'],
  HK: ['HKSAR', 'Hong Kong SAR', '香港特别行政区', '香港特區'],
  MO: ['Macau', 'Macao SAR', '澳門'],
  TW: ['Taiwan, China', '中国台湾'],
  VN: ['Viet Nam', 'Việt Nam'],
  MM: ['Burma', '缅甸联邦'],
  LA: ['Lao PDR', "Lao People's Democratic Republic", '寮国'],
  BN: ['Brunei Darussalam', '汶莱'],
  KH: ['Kampuchea'],
  TL: ['East Timor', 'Timor Leste', '东帝汶民主共和国'],
  PH: ['Pilipinas'],
  ID: ['印尼'],
  MY: ['大马'],
  SG: ['星加坡', '狮城'],
  TH: ['Siam'],
  KR: ['Korea', 'Republic of Korea', '南韩'],
  US: ['USA', 'United States', 'America', '美国'],
};

/** Words for the kinds of asset, in both languages, as people type them. */
export const TYPE_WORDS: Readonly<Record<AssetType, readonly string[]>> = {
  'submarine-cable': [
    'submarine cable',
    'submarine',
    'subsea',
    'undersea',
    'cable system',
    'cable',
    '海缆',
    '海底光缆',
    '海底电缆',
    '光缆',
  ],
  'landing-point': ['landing station', 'landing point', 'landing', 'cls', '登陆站', '登陆点', '登陆'],
  'land-fibre': ['land fibre', 'land fiber', 'terrestrial', 'fibre', 'fiber', 'cross-border', '陆缆', '陆地光缆', '跨境光缆', '光缆'],
  node: ['node', 'ixp', 'internet exchange', 'exchange', 'gateway', '节点', '交换中心', '互联网交换', '出入口'],
  'cloud-centre': ['cloud', 'cloud region', 'data centre', 'data center', 'datacenter', '云', '云计算', '数据中心'],
  '5g': ['5g', 'mobile', '5g launch', '移动通信', '5g商用'],
};

export interface SearchContext {
  /** Operator entities (geodata/operators.json): their names in both languages count as the operator's. */
  operators?: readonly Operator[];
}

/** What a searchable record (an asset, a known system) is found by. */
interface Findable {
  id: string;
  name: { zh: string; en: string };
  aliases?: readonly string[];
  countries: readonly string[];
  operators: readonly string[];
  partners?: readonly string[];
  supplier?: string;
  provider?: string;
}

/** Every text a record can be found by, folded, by how well a hit on it ranks. */
function fields(p: Findable, types: readonly string[], ops: ReadonlyMap<string, Operator>) {
  const places = p.countries.flatMap((c) => [c, ...Object.values(PLACE_NAMES[c] ?? {}), ...(PLACE_ALIASES[c] ?? [])]);
  const operators = [...p.operators, ...(p.partners ?? [])].flatMap((o) => {
    const e = ops.get(o);
    return e ? [o, e.name.zh, e.name.en] : [o];
  });
  return {
    names: [p.name.zh, p.name.en].map(fold),
    aliases: [...(p.aliases ?? []), p.id].map(fold),
    operators: [...operators, ...(p.supplier ? [p.supplier] : []), ...(p.provider ? [p.provider] : [])].map(fold),
    places: places.map(fold),
    types: types.map(fold),
  };
}

/** Records matching every word of the query, ranked (see searchAssets). */
function rank<T>(
  items: readonly T[],
  query: string,
  limit: number,
  ctx: SearchContext,
  of: (x: T) => Findable,
  typesOf: (x: T) => readonly string[],
): T[] {
  const q = fold(query.trim()).replace(/\s+/g, ' ');
  const words = q.split(' ').filter(Boolean);
  if (!words.length) return [];
  const ops = new Map((ctx.operators ?? []).flatMap((o) => o.names.map((n) => [n, o] as const)));
  const scored: Array<[number, T, string]> = [];
  for (const item of items) {
    const p = of(item);
    const x = fields(p, typesOf(item), ops);
    const all_ = [...x.names, ...x.aliases, ...x.operators, ...x.places, ...x.types];
    // each word somewhere, or the whole query as one phrase ("hong kong", "data centre")
    const hay = all_.join(' | ');
    if (!words.every((w) => hay.includes(w)) && !hay.includes(q)) continue;
    const has = (list: string[]) => list.some((s) => s.includes(q));
    const score = x.names.some((n) => n.startsWith(q))
      ? 0
      : has(x.names)
        ? 1
        : has(x.aliases)
          ? 2
          : has(x.operators)
            ? 3
            : has(x.places)
              ? 4
              : has(x.types)
                ? 5
                : 6;
    scored.push([score, item, p.name.en]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || a[2].localeCompare(b[2]))
    .slice(0, limit)
    .map(([, item]) => item);
}

/**
 * Assets matching every word of the query in any of: their names (either language),
 * aliases, operators and their firms' names in both languages, supplier and provider,
 * the names of the places they are in (both languages and common aliases), and their
 * kind ("submarine", "landing", "海缆", "数据中心"…). Ranked: the whole query at the start of
 * a name, then in a name, then an alias, then an operator, then a place, then the kind;
 * accent-, case- and width-insensitive. Pure, for tests.
 */
export function searchAssets(all: readonly AssetFeature[], query: string, limit = 12, ctx: SearchContext = {}): AssetFeature[] {
  return rank(
    all,
    query,
    limit,
    ctx,
    (f) => f.properties,
    (f) => TYPE_WORDS[f.properties.type],
  );
}

/** Systems known but not drawn (known-systems.json), found and ranked as assets are; a
 * cable word ("submarine", "海缆") finds them too. */
export function searchKnown(known: readonly KnownSystem[], query: string, limit = 6, ctx: SearchContext = {}): KnownSystem[] {
  return rank(
    known,
    query,
    limit,
    ctx,
    (k) => k,
    () => TYPE_WORDS['submarine-cable'],
  );
}

/** The kinds of asset a query names ("submarine", "数据中心"), for a "show them all" result. */
export function searchTypes(query: string): AssetType[] {
  const q = fold(query.trim());
  if (q.length < 2) return [];
  return (Object.keys(TYPE_WORDS) as AssetType[]).filter((t) =>
    TYPE_WORDS[t].some((w) => fold(w) === q || (q.length >= 4 && fold(w).startsWith(q))),
  );
}

/** China and the ASEAN states whose name (either language), alias or ISO code matches
 * the query, names that start with it first. Pure, for tests. */
export function searchCountries<C extends { code: string; name: { zh: string; en: string } }>(countries: readonly C[], query: string): C[] {
  const q = fold(query.trim());
  if (!q) return [];
  const hit = (c: C) => [c.name.zh, c.name.en, ...Object.values(PLACE_NAMES[c.code] ?? {}), ...(PLACE_ALIASES[c.code] ?? [])].map(fold);
  return countries
    .filter((c) => fold(c.code) === q || hit(c).some((n) => n.includes(q)))
    .sort((a, b) => Number(!hit(a).some((n) => n.startsWith(q))) - Number(!hit(b).some((n) => n.startsWith(q))));
}
