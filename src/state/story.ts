/**
 * The paper as a guided tour: each step is a view of the atlas (layers, filters, what-if,
 * choropleth, panel, camera box) that the step's text (src/i18n/story.ts) reads from. A step
 * is addressed as `#story=paper&step=3` (1-based); the store applies it (store.ts `openStory`).
 * Pure data and one pure function: no map, no React.
 */
import { allLayers, GROUP_KEYS, type GroupKey } from '../model/groups';
import { NO_WHAT_IF, type ChoroplethId, type WhatIf } from '../model/view';
import { NO_FILTERS, type Filters } from './filters';

export const STORY_IDS = ['paper'] as const;
export type StoryId = (typeof STORY_IDS)[number];
/** Where the reader is in a story: its id and the step, 1-based. */
export interface StoryRef {
  id: StoryId;
  step: number;
}

export type StepId = 'policy' | 'harbour' | '5g' | 'land' | 'uneven' | 'divide' | 'competition' | 'faults' | 'corridor' | 'recommendations';

export interface StoryStep {
  id: StepId;
  /** The paper's section the step follows; null when the step is the atlas's own data (the
   * paper says nothing of cable faults). */
  section: string | null;
  /** What the camera frames: [west, south, east, north]. */
  bbox: [number, number, number, number];
  layers: readonly GroupKey[];
  filters?: Partial<Filters>;
  whatIf?: Partial<WhatIf>;
  choropleth?: ChoroplethId;
  panel?: 'overview' | 'resilience';
  /** A timeline event whose assets are highlighted. */
  highlight?: string;
}

/** ASEAN and southern China: the frame most steps read in. */
const REGION: [number, number, number, number] = [92, -11, 128, 30];
const MEKONG: [number, number, number, number] = [95, 8, 112, 26];

/** The paper's argument in ten steps (§1.1 → §4). */
export const PAPER_STORY: readonly StoryStep[] = [
  { id: 'policy', section: '§1.1', bbox: REGION, layers: GROUP_KEYS, highlight: 'ev-2015-09-information-harbour-launch' },
  {
    id: 'harbour',
    section: '§1.2(2)',
    bbox: MEKONG,
    layers: ['land-fibre', 'node', 'cloud-centre'],
    highlight: 'ev-2023-12-information-harbour-counts',
  },
  { id: '5g', section: '§1.2(1)', bbox: REGION, layers: ['5g'], choropleth: '5g-launch-year' },
  { id: 'land', section: '§1.2(2)', bbox: MEKONG, layers: ['land-fibre', 'node'] },
  { id: 'uneven', section: '§3.1', bbox: REGION, layers: ['cloud-centre', 'node'] },
  { id: 'divide', section: '§3.2', bbox: REGION, layers: [], choropleth: 'internet-users-pct' },
  {
    id: 'competition',
    section: '§3.3',
    bbox: REGION,
    layers: ['submarine-cable', 'cloud-centre'],
    filters: { homes: ['US', 'JP', 'FR', 'IT'] },
  },
  {
    id: 'faults',
    section: null,
    bbox: [98, -2, 124, 24],
    layers: ['submarine-cable'],
    whatIf: { day: '2023-02-21' },
    panel: 'resilience',
  },
  {
    id: 'corridor',
    section: null,
    bbox: REGION,
    layers: ['submarine-cable', 'land-fibre'],
    whatIf: { corridors: ['corridor-south-china-sea'] },
    panel: 'resilience',
  },
  { id: 'recommendations', section: '§4', bbox: REGION, layers: GROUP_KEYS },
];

export const STORIES: Record<StoryId, readonly StoryStep[]> = { paper: PAPER_STORY };

/** The step a story link names, clamped to the story (1-based). */
export const clampStep = (id: StoryId, step: number): number => Math.min(STORIES[id].length, Math.max(1, Math.round(step)));

/** The view a step sets: everything a step does not name goes back to its default, so a
 * step reads the same whatever the reader had before. */
export function stepView(ref: StoryRef) {
  const s = STORIES[ref.id][clampStep(ref.id, ref.step) - 1]!;
  const layers = allLayers(false);
  for (const k of s.layers) layers[k] = true;
  return {
    step: s,
    view: {
      layers,
      filters: { ...NO_FILTERS, ...s.filters },
      whatIf: { ...NO_WHAT_IF, ...s.whatIf },
      choropleth: s.choropleth ?? null,
      panel: s.panel ?? 'overview',
      selection: null,
      highlight: s.highlight ?? null,
      compare: [],
      change: null,
    },
  };
}
