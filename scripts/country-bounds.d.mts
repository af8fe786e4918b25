/** Types for country-bounds.mjs: ISO alpha-2 → [west, south, east, north]. */
export function countryBounds(): Record<string, [number, number, number, number]>;
