import type { Lang } from '../state/store';

const cache = new Map<Lang, Intl.DisplayNames | null>();

/** A place's name from the browser's own locale data (offline), e.g. HK → 中国香港特别行政区;
 * the code itself if the browser has no name for it. */
export function regionName(code: string, lang: Lang): string {
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
