/**
 * What a link had that could not be used, as typed codes. The codec (url-codec.ts), the
 * store mapping (url-state.ts) and the checks against the loaded data (app/link-check.ts,
 * the scenario check) write these; each language renders them (i18n/link-problems.ts), so
 * a notice follows the reader's language, also when they switch it afterwards.
 *
 * Values quoted from the link are already made safe and short (`show`): invisible and
 * control characters turned into '?', at most 24 characters.
 */

/** What a value should have been. */
export type Expected =
  | 'camera'
  | 'layer'
  | 'focus-country'
  | 'country-code'
  | 'economy'
  | 'status'
  | 'operator'
  | 'supplier'
  | 'node-kind'
  | 'year'
  | 'year-range'
  | 'asset-id'
  | 'panel'
  | 'lang'
  | 'choropleth'
  | 'cable-id'
  | 'corridor-id'
  | 'segment-id'
  | 'place'
  | 'seed'
  | 'story'
  | 'step'
  | 'date-span'
  | 'date';

/** Keys whose values are checked against the loaded data. */
export type DataKey = 'op' | 'sup' | 'home' | 'nk' | 'country' | 'sel' | 'cut' | 'seg' | 'corr' | 'thru' | 'avoid';

export type LinkProblem =
  /** The whole hash was longer than `max` characters; the rest was not read. */
  | { code: 'hash-too-long'; max: number }
  | { code: 'unknown-key'; key: string }
  /** A key given `times` times: the last one is used. Reported once per key. */
  | { code: 'repeated'; key: string; times: number }
  | { code: 'too-many'; key: string; max: number }
  | { code: 'bad-encoding'; key: string; value: string }
  | { code: 'too-long'; key: string; length: number; max: number }
  | { code: 'out-of-range'; key: 'map'; axis: 'zoom' | 'latitude' | 'pitch'; value: string; min: number; max: number }
  | { code: 'not-a'; key: string; value: string; expected: Expected }
  /** `day` is not a real date (2023-02-30) or not in `min`..`max` (the years `asof` takes). */
  | { code: 'bad-day'; value: string; min: number; max: number }
  | { code: 'invisible-removed'; key: string }
  | { code: 'layers-empty' }
  | { code: 'asset-and-country' }
  /** `asof` and `day` name different years: the day wins, for the map and the analysis. */
  | { code: 'day-wins'; day: string; asof: number }
  /** A corridor named in both `thru` and `avoid`: neither is applied. */
  | { code: 'thru-and-avoid'; value: string }
  /** A value the loaded data does not have (an operator no asset has, a cable id…). */
  | { code: 'not-in-data'; key: DataKey; value: string }
  /** A story step past the story's end (its last step is shown), or a step with no story. */
  | { code: 'step-past-end'; step: number; last: number }
  | { code: 'step-without-story' }
  /** More problems than are listed. */
  | { code: 'more'; count: number };

/** A value made safe and short for a message (the UI renders it as text). */
export const show = (v: string): string => {
  const cps = [...v.replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, '?')];
  return cps.length > 24 ? `${cps.slice(0, 23).join('')}…` : cps.join('');
};
