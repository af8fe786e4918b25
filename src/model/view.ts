/**
 * The view's vocabulary: the types the URL codec, the store, the map and the panels share.
 * One module, imported by all of them, so no two of them import each other for a type.
 */
import { INDICATOR_IDS } from '../data/constants';

/** Exposure measures (src/analysis) the countries can be shaded by, for the "as of" date. */
export const EXPOSURE_MEASURES = ['intl-systems', 'impaired-systems', 'landing-stations', 'land-links'] as const;
export type ExposureMeasure = (typeof EXPOSURE_MEASURES)[number];

/** A what-if scenario: cables and corridors cut, and the day analysed (null: the end of the
 * "as of" year, or today). In the URL as cut=…&corr=…&day=…. */
export interface WhatIf {
  cut: string[];
  corridors: string[];
  day: string | null;
  /** Single cable segments cut (`cable-apg:s3`, the network model's segment ids). */
  segments: string[];
  /** Places whose national network is not assumed (the route model's `noNational`). */
  national: string[];
  /** The availability Monte Carlo's seed; null = the default. */
  seed: number | null;
}
export const NO_WHAT_IF: WhatIf = { cut: [], corridors: [], day: null, segments: [], national: [], seed: null };
/** The seed the availability model uses when the link gives none. */
export const DEFAULT_SEED = 2026;

/** Two dates compared ("what changed"), YYYY-MM-DD, `from` before `to`. In the URL as chg=FROM,TO. */
export interface ChangeSpan {
  from: string;
  to: string;
}

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** The side panel shown; 'overview' is the default and is never written. */
export type PanelId = 'overview' | 'list' | 'details' | 'resilience' | 'changes';
export const PANELS: readonly PanelId[] = ['overview', 'list', 'details', 'resilience', 'changes'];

/** The indicator that shades the countries: the countries file's indicators plus a count of assets. */
export const CHOROPLETHS = [...INDICATOR_IDS, 'asset-count', ...EXPOSURE_MEASURES] as const;
export type ChoroplethId = (typeof CHOROPLETHS)[number];

/** The map camera: zoom 0..22, lat -85.06..85.06, lon -180..180, bearing -180..180, pitch 0..85. */
export interface Camera {
  zoom: number;
  lat: number;
  lon: number;
  bearing: number;
  pitch: number;
}

/** A feature of a layer the reader imported: which layer, which feature. */
export interface ImportedRef {
  layer: string;
  feature: string;
}

/**
 * What the reader has selected: one thing at a time. An atlas asset, a feature of an
 * imported layer, a country, or the assets under a click that hit several (offered as a
 * choice). The store's actions replace it whole, so two can never be selected at once.
 */
export type Selection =
  | { kind: 'asset'; id: string }
  | { kind: 'imported'; ref: ImportedRef }
  | { kind: 'country'; code: string }
  | { kind: 'candidates'; ids: string[] };

/** A camera move the UI asks the map for (the map carries it out once; `seq` tells two
 * identical requests apart). */
export type MapCommand = { seq: number; kind: 'fit'; bbox: [number, number, number, number] };
