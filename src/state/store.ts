import { create } from 'zustand';
import { allLayers, type GroupKey } from '../model/groups';
import { NO_FILTERS, type Filters } from './filters';
import type { LinkProblem } from './link-problems';
import { clampStep, stepView, type StoryRef } from './story';

import {
  NO_WHAT_IF,
  type Camera,
  type ChoroplethId,
  type ImportedRef,
  type Lang,
  type MapCommand,
  type PanelId,
  type Selection,
  type WhatIf,
  type ChangeSpan,
} from '../model/view';

export type { Camera, ChoroplethId, Lang, PanelId, Selection };

/** The view: everything a shared URL reproduces, plus the transient state that drives the
 * map and panels. The camera is here for the URL's sake (map events write it, the URL
 * reads it) but no component renders from it, so a drag never re-renders React. Data is
 * not here: it lives in TanStack Query. */
export interface ViewState {
  lang: Lang;
  layers: Record<GroupKey, boolean>;
  filters: Filters;
  /** The one selection: an asset, an imported feature, a country or a choice of assets. */
  selection: Selection | null;
  /** The open panel when nothing is selected: the paper overview or the asset list. */
  panel: Exclude<PanelId, 'details'>;
  /** Rounded to the URL's precision; null = the default view of the whole region. */
  camera: Camera | null;
  /** What a URL had that could not be used (each language renders the codes). */
  notice: LinkProblem[] | null;
  /** The indicator colouring the countries, or null. */
  choropleth: ChoroplethId | null;
  /** What-if: cables and corridors cut, and the day analysed (src/analysis). */
  whatIf: WhatIf;
  /** Two countries side by side (ISO codes), or none. */
  compare: string[];
  /** Transient (not in the URL): a timeline event whose assets are highlighted. */
  highlight: string | null;
  /** Transient: where on the map the reader clicked the selected asset (lon/lat), for "cut
   * the segment nearest the click"; null when it was selected otherwise. */
  clickedAt: { id: string; lon: number; lat: number } | null;
  /** Transient: the last camera move the UI asked the map for (the map carries it out once). */
  command: MapCommand | null;
  /** Output of the map: 'idle' once it has drawn everything it was given ('none' without a map). */
  mapStatus: 'starting' | 'busy' | 'idle' | 'none';
  /** How many times the map has become idle (so "idle after the data came" can be told apart). */
  mapIdles: number;
  /** Output of the first view (app/first-idle.ts): true once the data answered and the map
   * drew it (or there is no map). What the first view does not draw waits for it. */
  firstViewDone: boolean;
  /** On a phone: the share of the screen's height the bottom sheet takes (the reader drags it). */
  sheet: number;
  /** Two dates compared ("what changed"), or null. */
  change: ChangeSpan | null;
  /** The story being told and its step (state/story.ts), or null. */
  story: StoryRef | null;
  /** The reader's own view from before the story, restored on leaving (null: opened from a link). */
  storyReturn: OwnView | null;
}

/** What a story step replaces and leaving the story gives back. */
export type OwnView = Pick<
  ViewState,
  'layers' | 'filters' | 'selection' | 'panel' | 'camera' | 'choropleth' | 'whatIf' | 'compare' | 'highlight' | 'change'
>;

export interface ViewActions {
  setLang: (lang: Lang) => void;
  toggleLayer: (key: GroupKey, on?: boolean) => void;
  setFilters: (f: Partial<Filters>) => void;
  /** Selects an asset by id (null clears whatever is selected); `at`, where on the map it
   * was clicked. */
  select: (id: string | null, at?: { lon: number; lat: number }) => void;
  selectImported: (ref: ImportedRef | null) => void;
  selectCountry: (code: string | null) => void;
  /** Offers the assets under a click that hit several; null closes the offer. */
  offer: (ids: string[] | null) => void;
  setPanel: (panel: Exclude<PanelId, 'details'>) => void;
  /** Opens the asset list with these filters (and, if given, only these layers): one
   * change, so one history step. */
  openList: (f: Partial<Filters>, layers?: Record<GroupKey, boolean>) => void;
  setCamera: (c: Camera | null) => void;
  /** Asks the map to fit this box into view (lon/lat west, south, east, north). */
  fitTo: (bbox: [number, number, number, number]) => void;
  setMapStatus: (s: ViewState['mapStatus']) => void;
  markFirstViewDone: () => void;
  setSheet: (fraction: number) => void;
  setNotice: (n: LinkProblem[] | null) => void;
  setChoropleth: (c: ChoroplethId | null) => void;
  setHighlight: (eventId: string | null) => void;
  setWhatIf: (w: Partial<WhatIf>) => void;
  setCompare: (codes: string[]) => void;
  setChange: (span: ChangeSpan | null) => void;
  /** Opens a story step (1-based): its view, its camera box; the reader's own view is kept
   * to come back to. */
  openStory: (ref: StoryRef) => void;
  /** Leaves the story: back to the reader's own view (or the default one). */
  leaveStory: () => void;
  /** Replace the whole view (from a URL). */
  replace: (v: Partial<ViewState>) => void;
}

/** The selected asset's id, or null. */
export const selectedAssetOf = (s: Pick<ViewState, 'selection'>): string | null => (s.selection?.kind === 'asset' ? s.selection.id : null);
/** The selected country's code, or null. */
export const selectedCountryOf = (s: Pick<ViewState, 'selection'>): string | null =>
  s.selection?.kind === 'country' ? s.selection.code : null;
/** The selected imported feature, or null. */
export const selectedImportedOf = (s: Pick<ViewState, 'selection'>): ImportedRef | null =>
  s.selection?.kind === 'imported' ? s.selection.ref : null;
/** The assets offered as a choice, or null. */
export const candidatesOf = (s: Pick<ViewState, 'selection'>): string[] | null =>
  s.selection?.kind === 'candidates' ? s.selection.ids : null;

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
  selection: null,
  panel: 'overview',
  camera: null,
  notice: null,
  choropleth: null,
  whatIf: NO_WHAT_IF,
  compare: [],
  highlight: null,
  clickedAt: null,
  command: null,
  mapStatus: 'starting',
  mapIdles: 0,
  firstViewDone: false,
  sheet: 0.42,
  change: null,
  story: null,
  storyReturn: null,
});

const ownView = (s: ViewState): OwnView => ({
  layers: s.layers,
  filters: s.filters,
  selection: s.selection,
  panel: s.panel,
  camera: s.camera,
  choropleth: s.choropleth,
  whatIf: s.whatIf,
  compare: s.compare,
  highlight: s.highlight,
  change: s.change,
});

let commandSeq = 0;

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
  select: (id, at) => set({ selection: id ? { kind: 'asset', id } : null, clickedAt: id && at ? { id, ...at } : null }),
  selectImported: (ref) => set({ selection: ref ? { kind: 'imported', ref } : null }),
  selectCountry: (code) => set({ selection: code ? { kind: 'country', code } : null }),
  offer: (ids) => set((s) => ({ selection: ids ? { kind: 'candidates', ids } : s.selection?.kind === 'candidates' ? null : s.selection })),
  setPanel: (panel) => set({ panel, selection: null }),
  openList: (f, layers) => set((s) => ({ filters: { ...s.filters, ...f }, layers: layers ?? s.layers, panel: 'list', selection: null })),
  setChoropleth: (choropleth) => set({ choropleth }),
  setCamera: (camera) => set({ camera }),
  fitTo: (bbox) => set({ command: { seq: ++commandSeq, kind: 'fit', bbox } }),
  setMapStatus: (mapStatus) => set((s) => ({ mapStatus, mapIdles: mapStatus === 'idle' ? s.mapIdles + 1 : s.mapIdles })),
  markFirstViewDone: () => set((s) => (s.firstViewDone ? s : { firstViewDone: true })),
  setSheet: (sheet) => set({ sheet: Math.min(0.9, Math.max(0.15, sheet)) }),
  setNotice: (notice) => set({ notice }),
  setHighlight: (highlight) => set({ highlight }),
  setWhatIf: (w) => set((s) => ({ whatIf: { ...s.whatIf, ...w } })),
  setCompare: (compare) => set({ compare }),
  setChange: (change) => set({ change }),
  openStory: (ref) =>
    set((s) => {
      const { step, view } = stepView(ref);
      return {
        ...view,
        story: { id: ref.id, step: clampStep(ref.id, ref.step) },
        storyReturn: s.story ? s.storyReturn : ownView(s),
        command: { seq: ++commandSeq, kind: 'fit', bbox: step.bbox },
      };
    }),
  leaveStory: () =>
    set((s) => ({
      ...(s.storyReturn ?? { ...ownView(initialView()), camera: null }),
      story: null,
      storyReturn: null,
      // back to the reader's camera (or the region): the map follows the store's camera
      command: null,
    })),
  replace: (v) => set(v),
}));
