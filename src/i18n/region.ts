import type { Lang } from '../state/store';
import { PLACE_NAMES } from './country-names';

const cache = new Map<Lang, Intl.DisplayNames | null>();

/** A place's name: the atlas's own table first (one name per place per language, the same
 * as the map's labels), else the browser's locale data (offline), else the code. */
export function regionName(code: string, lang: Lang): string {
  const own = PLACE_NAMES[code];
  if (own) return own[lang];
  if (!cache.has(lang)) {
    try {
      cache.set(lang, new Intl.DisplayNames([lang === 'zh' ? 'zh-CN' : 'en'], { type: 'region' }));
    } catch {
      cache.set(lang, null);
    }
  }
  return cache.get(lang)?.of(code) ?? code;
}

/** Several places, in the language's list style. */
export const regionList = (codes: readonly string[], lang: Lang): string =>
  codes.map((c) => regionName(c, lang)).join(lang === 'zh' ? '、' : ', ');
