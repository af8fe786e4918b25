/**
 * The years the atlas covers: an asset's status year and a headline figure's year in
 * geodata/ (schema.ts `Year`), and what links take as `asof`, `yr` and `day` (the URL
 * codec), in one place so the two cannot disagree. Zod-free: the URL codec (main thread)
 * reads the range without the schema. The data's years run 1995–2028 today.
 */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2035;

/** A whole year in YEAR_MIN..YEAR_MAX. */
export const inYears = (y: number): boolean => Number.isInteger(y) && y >= YEAR_MIN && y <= YEAR_MAX;
