/** Types for country-names.mjs: ISO numeric → [ISO alpha-2, 中文, English, label rank]. */
export const COUNTRY_NAMES: Record<number, [string, string, string, number]>;
