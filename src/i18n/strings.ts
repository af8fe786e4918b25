import { useView, type Lang } from '../state/store';
import { en, type Strings } from './en';
import { zh } from './zh';

/** Every piece of interface text, in both languages (en.ts, zh.ts). Data carries its own zh/en. */
export type { Strings };

export const STRINGS: Record<Lang, Strings> = { zh, en };

/** The interface strings in the current language. */
export const useT = (): Strings => STRINGS[useView((s) => s.lang)];
