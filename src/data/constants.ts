/**
 * The dataset's fixed vocabularies and limits, with no dependency: the main thread reads
 * them (filters, legend, URL codec) without loading zod, which only the load worker and
 * scripts/validate.ts run (src/data/main-thread.test.ts). schema.ts builds its schemas on them.
 */
/** The atlas's region: China and the eleven ASEAN states, with room for the neighbouring
 * landings that regional cables reach (Japan, Korea, India's east coast). Anything outside
 * is a data error, most often a swapped [lat, lon] pair, except for submarine cables and
 * their landing stations, which are drawn whole (WORLD_BOUNDS; a cable's line may run past
 * 180° so that a trans-Pacific route does not cross the whole map). */
export const REGION_BOUNDS = { west: 60, south: -15, east: 160, north: 56 } as const;
export const WORLD_BOUNDS = { west: -180, south: -80, east: 180, north: 85 } as const;
/** Unwrapped longitudes a cable's line may use (east of 180° for the Pacific). */
export const LINE_WORLD_BOUNDS = { west: -180, south: -80, east: 360, north: 85 } as const;

export const ASSET_TYPES = ['submarine-cable', 'landing-point', 'land-fibre', 'node', 'cloud-centre', '5g'] as const;
export type AssetType = (typeof ASSET_TYPES)[number];

/** `cancelled`: withdrawn before it entered service (a dated `cancelled` event says when). */
export const STATUSES = ['operational', 'under-construction', 'planned', 'announced', 'retired', 'cancelled'] as const;
export type Status = (typeof STATUSES)[number];
/** A known, not-drawn system's state (geodata/known-systems.json): a status, or `unknown`
 * where no source dates what became of it. */
export const KNOWN_STATUSES = [...STATUSES, 'unknown'] as const;
export type KnownStatus = (typeof KNOWN_STATUSES)[number];

export const PRECISIONS = ['exact', 'approximate', 'schematic'] as const;

/** A paper section such as §1.2(2) or §3.1. */
export const SECTION_RE = /^§[1-5](\.[1-9])?(\([1-9]\))?$/;

/** What kind of source: primary (the operator, consortium, regulator, government, court),
 * secondary (news, trade press), aggregator (encyclopaedias, cable databases, listings).
 * Optional on records of the 1.0.0 release; required on every record added since (the
 * validator checks it against geodata/releases/). Shown in the panel. */
export const SOURCE_KINDS = ['primary', 'secondary', 'aggregator'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** YYYY, YYYY-MM or YYYY-MM-DD. */
export const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** `expected-rfs`: an announced ready-for-service date (looks ahead: it does not start a
 * record's life); `cancelled`: withdrawn, from that date. */
export const EVENT_KINDS = [
  'announced',
  'contract',
  'construction',
  'landed',
  'rfs',
  'expected-rfs',
  'upgrade',
  'retired',
  'cancelled',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Kinds of communication node: an internet exchange point, an international gateway
 * exchange, or one of the paper's nodes (backbone direct-connection point, identifier node…). */
export const NODE_KINDS = ['ixp', 'gateway', 'paper-node'] as const;

export const GAP_DIMENSIONS = ['coverage', 'technology', 'dataCentres', 'digitalDivide'] as const;

export const INDICATOR_IDS = ['internet-users-pct', '4g-pop-coverage-pct', '5g-pop-coverage-pct', '5g-launch-year'] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** A name (a country's, a firm's): capped like any label the atlas draws (a name past it is a broken file). */
export const MAX_NAME = 120;

/** The longest event title (the longest shipped is 118 characters). */
export const MAX_TITLE = 300;

/** geodata/release.json: the dataset as a release. `version` (semver) and `date` name this
 * release (shown in the UI and every citation); `baseline` lists the ids of an earlier
 * release, so that ids stay stable (each still exists or is listed in `removed`) and the
 * validator knows which records are new (a new record's sources must say their kind). */
export const SEMVER_RE = /^\d+\.\d+\.\d+$/;

/** What a record says only in its panel and its exports: the map, filters, search, time and
 * analysis never read these. The files the first view loads (geodata/map/, split.ts) leave
 * them out; a panel reads them from the record's own file (issue 23: the first view's bytes). */
export const TEXT_FIELDS = ['description', 'sources', 'disputes'] as const;
/** The same for each dated event of a record's life: its note and source. */
export const EVENT_TEXT_FIELDS = ['note', 'source'] as const;
