import type { AssetFeature } from '../data/schema';

/** Lower-cased, accent- and width-folded text for matching (so "vung tau" finds "Vũng Tàu"
 * and full-width letters match). */
export const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Assets whose name (either language), operators or partners contain every word of the
 * query; names that start with the query rank first. Pure, for tests.
 */
export function searchAssets(all: readonly AssetFeature[], query: string, limit = 12): AssetFeature[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const q = fold(query.trim());
  const scored: Array<[number, AssetFeature]> = [];
  for (const f of all) {
    const p = f.properties;
    const names = [p.name.zh, p.name.en].map(fold);
    const hay = [...names, ...p.operators.map(fold), ...p.partners.map(fold), p.id].join(' ');
    if (!words.every((w) => hay.includes(w))) continue;
    const score = names.some((n) => n.startsWith(q)) ? 0 : names.some((n) => n.includes(q)) ? 1 : 2;
    scored.push([score, f]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || a[1].properties.name.en.localeCompare(b[1].properties.name.en))
    .slice(0, limit)
    .map(([, f]) => f);
}

/** China and the ASEAN states whose name (either language) or ISO code matches the query,
 * names that start with it first. Pure, for tests. */
export function searchCountries<C extends { code: string; name: { zh: string; en: string } }>(countries: readonly C[], query: string): C[] {
  const q = fold(query.trim());
  if (!q) return [];
  const hit = (c: C) => [c.name.zh, c.name.en].map(fold);
  return countries
    .filter((c) => fold(c.code) === q || hit(c).some((n) => n.includes(q)))
    .sort((a, b) => Number(!hit(a).some((n) => n.startsWith(q))) - Number(!hit(b).some((n) => n.startsWith(q))));
}
