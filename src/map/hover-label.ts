import type { AssetProps } from '../data/schema';
import type { Strings } from '../i18n/strings';
import type { Lang } from '../state/store';

/** "Name · Type" for the pointer tooltip. */
export const hoverLabel = (p: AssetProps, lang: Lang, t: Strings): string => `${p.name[lang]} · ${t.type[p.type]}`;
