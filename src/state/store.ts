import { create } from 'zustand';
import { allLayers, type GroupKey } from '../model/groups';
import { NO_FILTERS, type Filters } from './filters';

import type { Camera, ChoroplethId, Lang, PanelId } from '../model/view';

export type { Camera, ChoroplethId, Lang, PanelId };

/** The view: everything a shared URL reproduces. The camera is here for the URL's sake
 * (map events write it, the URL reads it) but no component renders from it, so a drag
 * never re-renders React. Data is not here: it lives in TanStack Query. */
export interface ViewState {
  lang: Lang;
  layers: Record<GroupKey, boolean>;
  filters: Filters;
  /** Selected asset id, or null. */
  selected: string | null;
  /** Selected country (ISO alpha-2), or null. */
  country: string | null;
  /** The open panel when nothing is selected: the paper overview or the asset list. */
  panel: Exclude<PanelId, 'details'>;
  /** Rounded to the URL's precision; null = the default view of the whole region. */
  camera: Camera | null;
  /** Plain-text messages about what a URL had that could not be used. */
  notice: string[] | null;
  /** The indicator colouring the countries, or null. */
  choropleth: ChoroplethId | null;
  /** Transient (not in the URL): a timeline event whose assets are highlighted, and the
   * assets under a click that hit several, offered as a choice. */
  highlight: string | null;
  candidates: string[] | null;
}

export interface ViewActions {
  setLang: (lang: Lang) => void;
  toggleLayer: (key: GroupKey, on?: boolean) => void;
  setFilters: (f: Partial<Filters>) => void;
  select: (id: string | null) => void;
  selectCountry: (code: string | null) => void;
  setPanel: (panel: Exclude<PanelId, 'details'>) => void;
  /** Opens the asset list with these filters (and, if given, only these layers): one
   * change, so one history step. */
  openList: (f: Partial<Filters>, layers?: Record<GroupKey, boolean>) => void;
  setCamera: (c: Camera | null) => void;
  setNotice: (n: string[] | null) => void;
  setChoropleth: (c: ChoroplethId | null) => void;
  setHighlight: (eventId: string | null) => void;
  offer: (ids: string[] | null) => void;
  /** Replace the whole view (from a URL). */
  replace: (v: Partial<ViewState>) => void;
}

export { allLayers };

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
  panel: 'overview',
  camera: null,
  notice: null,
  choropleth: null,
  highlight: null,
  candidates: null,
});

const LANG_KEY = 'atlas.lang';
/** The language remembered from a previous visit, if any. */
export function storedLang(): Lang | null {
  try {
    const v = localStorage.getItem(LANG_KEY);
    return v === 'zh' || v === 'en' ? v : null;
  } catch {
    return null;
  }
}

export const useView = create<ViewState & ViewActions>()((set) => ({
  ...initialView(),
  lang: storedLang() ?? browserLang(),
  setLang: (lang) => {
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    set({ lang });
  },
  toggleLayer: (key, on) => set((s) => ({ layers: { ...s.layers, [key]: on ?? !s.layers[key] } })),
  setFilters: (f) => set((s) => ({ filters: { ...s.filters, ...f } })),
  select: (selected) => set({ selected, country: null, candidates: null }),
  selectCountry: (country) => set({ country, selected: null, candidates: null }),
  setPanel: (panel) => set({ panel, selected: null, country: null, candidates: null }),
  openList: (f, layers) =>
    set((s) => ({
      filters: { ...s.filters, ...f },
      layers: layers ?? s.layers,
      panel: 'list',
      selected: null,
      country: null,
      candidates: null,
    })),
  setChoropleth: (choropleth) => set({ choropleth }),
  setCamera: (camera) => set({ camera }),
  setNotice: (notice) => set({ notice }),
  setHighlight: (highlight) => set({ highlight }),
  offer: (candidates) => set({ candidates }),
  replace: (v) => set(v),
}));
