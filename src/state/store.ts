import { create } from 'zustand';
import { GROUP_KEYS, type GroupKey } from '../map/style/groups';
import { NO_FILTERS, type Filters } from './filters';

export type Lang = 'zh' | 'en';

/** The view: everything a shared URL must reproduce except the camera, which lives in
 * the map (never React state) and reaches the URL through map events. Data is not here:
 * it lives in TanStack Query. */
export interface ViewState {
  lang: Lang;
  layers: Record<GroupKey, boolean>;
  filters: Filters;
  /** Selected asset id, or null. */
  selected: string | null;
  /** Selected country (ISO alpha-2), or null. */
  country: string | null;
}

export interface ViewActions {
  setLang: (lang: Lang) => void;
  toggleLayer: (key: GroupKey, on?: boolean) => void;
  setFilters: (f: Partial<Filters>) => void;
  select: (id: string | null) => void;
  selectCountry: (code: string | null) => void;
  /** Replace the whole view (from a URL). */
  replace: (v: Partial<ViewState>) => void;
}

export const allLayers = (on: boolean): Record<GroupKey, boolean> =>
  Object.fromEntries(GROUP_KEYS.map((k) => [k, on])) as Record<GroupKey, boolean>;

/** The language the browser prefers, Chinese when any preferred language is Chinese first. */
export function browserLang(langs: readonly string[] = typeof navigator !== 'undefined' ? navigator.languages : []): Lang {
  for (const l of langs) {
    if (l.toLowerCase().startsWith('zh')) return 'zh';
    if (l.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}

export const initialView = (): ViewState => ({
  lang: browserLang(),
  layers: allLayers(true),
  filters: NO_FILTERS,
  selected: null,
  country: null,
});

export const useView = create<ViewState & ViewActions>()((set) => ({
  ...initialView(),
  setLang: (lang) => set({ lang }),
  toggleLayer: (key, on) => set((s) => ({ layers: { ...s.layers, [key]: on ?? !s.layers[key] } })),
  setFilters: (f) => set((s) => ({ filters: { ...s.filters, ...f } })),
  select: (selected) => set({ selected, country: null }),
  selectCountry: (country) => set({ country, selected: null }),
  replace: (v) => set(v),
}));
