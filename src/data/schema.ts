/**
 * The one schema for every file in geodata/. Validated at runtime in the browser
 * (src/data/load.ts) and in CI (scripts/validate.ts), so a broken file is caught the
 * same way in both places.
 */
import './zod-config'; // first: no schema may be built before zod is made jitless
import { z } from 'zod';
import { ISO_A2 } from './iso';
import {
  ASSET_TYPES,
  STATUSES,
  KNOWN_STATUSES,
  PRECISIONS,
  SECTION_RE,
  SOURCE_KINDS,
  DATE_RE,
  EVENT_KINDS,
  NODE_KINDS,
  INDICATOR_IDS,
  MAX_NAME,
  MAX_TITLE,
  SEMVER_RE,
} from './constants';
/** The vocabularies and limits (zod-free, for the main thread) are re-exported for the scripts. */
export * from './constants';
import { YEAR_MAX, YEAR_MIN } from './years';

const text = z.string().trim().min(1, 'must not be empty');
/** A text in both languages; neither may be empty. */
export const I18nText = z.object({ zh: text, en: text }).strict();
export type I18nText = z.infer<typeof I18nText>;
/** A paragraph in the small files (a description, a rationale, a gap note) and a source's
 * title anywhere: capped like a name (MAX_NAME) and a title (MAX_TITLE), as past it the file
 * is broken. The longest shipped is 660 characters (faults.json's notFound); a panel shows
 * at most 4,000 characters of one field (TEXT_CAP in src/panels/capped-text.tsx). */
export const MAX_TEXT = 4000;
const prose = text.max(MAX_TEXT);
const Prose = z.object({ zh: prose, en: prose }).strict();

/** A year the atlas covers (an asset's status year, a headline figure's year): the same
 * range links accept as `asof` (years.ts). */
export const Year = z.number().int().min(YEAR_MIN).max(YEAR_MAX);

export const Source = z
  .object({
    title: prose,
    kind: z.enum(SOURCE_KINDS).optional(),
    section: z.string().regex(SECTION_RE, 'must look like §1.2(2)').optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    accessed: z
      .string()
      .regex(/^\d{4}-\d{2}(-\d{2})?$/)
      .optional(),
  })
  .strict()
  .refine((s) => s.section !== undefined || s.url !== undefined, {
    message: 'a source needs the paper section or a public URL',
  });
export type Source = z.infer<typeof Source>;

const countryCode = z.string().refine((c) => ISO_A2.has(c), { message: 'is not an ISO 3166-1 alpha-2 code' });

/** A count the paper (or a source) states without naming the items, e.g. "12 land cables". */
export const Stat = z.object({ label: Prose, value: z.number().nonnegative(), asOf: z.string().min(4), source: Source }).strict();

export const Measures = z
  .object({
    lengthKm: z.number().positive().optional(),
    capacity: z.string().min(1).optional(),
    /** Cables: fibre pairs, where sourced. */
    fibrePairs: z.number().int().positive().optional(),
    /** Data-centre hubs: facilities and power (MW), as of measuresAsOf. */
    facilities: z.number().int().positive().optional(),
    mw: z.number().positive().optional(),
    asOf: z
      .string()
      .regex(/^\d{4}(-\d{2})?$/)
      .optional(),
    investment: z
      .object({ amount: z.number().positive(), currency: z.string().regex(/^[A-Z]{3}$/) })
      .strict()
      .optional(),
  })
  .strict();

/** One dated step of an asset's life (a cable's contract, landing, ready-for-service, retirement…). */
export const LifeEvent = z
  .object({
    kind: z.enum(EVENT_KINDS),
    date: z.string().regex(DATE_RE, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
    note: I18nText.optional(),
    source: Source.optional(),
  })
  .strict();
export type LifeEvent = z.infer<typeof LifeEvent>;

/** Where sources disagree on a fact (a launch date): every claim with its sources. */
export const Dispute = z
  .object({ field: z.enum(['year', 'date']), claims: z.array(z.object({ claim: text, sources: z.array(Source).min(1) }).strict()).min(2) })
  .strict();

export const AssetRecordProps = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case ascii'),
    type: z.enum(ASSET_TYPES),
    name: I18nText,
    description: I18nText,
    countries: z.array(countryCode).min(1),
    status: z.enum(STATUSES),
    /** The year the status refers to (ready-for-service, launch, announcement); null when unknown. */
    year: Year.nullable(),
    operators: z.array(text).default([]),
    partners: z.array(text).default([]),
    measures: Measures.optional(),
    precision: z.enum(PRECISIONS),
    sources: z.array(Source).min(1, 'needs at least one source'),
    /** The paper section that mentions this asset, when it does. */
    docRef: z.string().regex(SECTION_RE).optional(),
    /** Cables only: ids of their landing points (in landing-points.geojson). */
    landingPoints: z.array(z.string()).optional(),
    /** Counts stated without names (the Information Harbour's cables, links and nodes). */
    stats: z.array(Stat).optional(),
    /** Other names people type (search). */
    aliases: z.array(text).optional(),
    /** The asset's life as dated events (cables: contract, landed, rfs, retired…). */
    events: z.array(LifeEvent).optional(),
    /** Cables: the firm(s) that built it (NEC, SubCom, ASN, HMN Technologies…). */
    supplier: text.optional(),
    /** Cables: how the schematic route is drawn (scripts/sea): trunk order of landing ids,
     * and boxes [w, s, e, n] where the route may cross land (a canal, an isthmus). */
    route: z
      .object({
        trunk: z.array(z.string()).optional(),
        allowLand: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])).optional(),
      })
      .strict()
      .optional(),
    /** Nodes: exchange point, gateway, or one of the paper's nodes. */
    nodeKind: z.enum(NODE_KINDS).optional(),
    /** Cloud regions: the provider and its home economy (ISO code). 5G: the operator's group's home. */
    provider: text.optional(),
    providerHome: countryCode.optional(),
    /** 5G: radio vendors, where sourced. */
    vendors: z.array(text).optional(),
    /** Facts on which sources disagree, with each claim's sources. */
    disputes: z.array(Dispute).optional(),
    /** Derived (npm run derive): the home economies of its owners / operators (through
     * geodata/operators.json) and of its provider. Filters by "Chinese carriers" read it. */
    ownerHomes: z.array(countryCode).optional(),
  })
  .strict();
export type AssetRecordProps = z.infer<typeof AssetRecordProps>;

/** A dated event as the map reads it: kind and date (its note and source are panel text). */
export const MapEvent = LifeEvent.omit({ note: true, source: true });
export type MapEvent = z.infer<typeof MapEvent>;
/** A record as the map, filters, search, time model and analysis read it: without the text
 * only its panel shows (TEXT_FIELDS), which the first view does not load (split.ts). */
export const AssetProps = AssetRecordProps.omit({ description: true, sources: true, disputes: true }).extend({
  events: z.array(MapEvent).optional(),
});
export type AssetProps = z.infer<typeof AssetProps>;

const lon = z.number().finite();
const lat = z.number().finite();
const Position = z.tuple([lon, lat]).or(z.tuple([lon, lat, z.number()]));
const Line = z.array(Position).min(2, 'a line needs at least two points');
export const Geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: Position }).strict(),
  z.object({ type: z.literal('LineString'), coordinates: Line }).strict(),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(Line).min(1) }).strict(),
]);
export type Geometry = z.infer<typeof Geometry>;

/** A record of an asset file as the dataset holds it (geodata/*.geojson), text included. */
export const AssetRecord = z
  .object({ type: z.literal('Feature'), id: z.string().optional(), geometry: Geometry, properties: AssetRecordProps })
  .strict();
export type AssetRecord = z.infer<typeof AssetRecord>;
export const AssetRecordCollection = z.object({ type: z.literal('FeatureCollection'), features: z.array(AssetRecord) }).strict();
export type AssetRecordCollection = z.infer<typeof AssetRecordCollection>;

/** A feature as the map reads it (AssetProps: no panel text). */
export const AssetFeature = AssetRecord.extend({ properties: AssetProps });
export type AssetFeature = z.infer<typeof AssetFeature>;
export const AssetCollection = z.object({ type: z.literal('FeatureCollection'), features: z.array(AssetFeature) }).strict();
export type AssetCollection = z.infer<typeof AssetCollection>;

/** A coverage-gap note: the paper's words with an English rendering, or an explicit silence. */
export const GapNote = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('note'), zh: prose, en: prose, section: z.string().regex(SECTION_RE) }).strict(),
  z.object({ kind: z.literal('silent') }).strict(),
]);

export const Indicator = z
  .object({
    id: z.enum(INDICATOR_IDS),
    value: z.number(),
    year: z.number().int().min(2000).max(2030),
    source: Source,
  })
  .strict();
export type Indicator = z.infer<typeof Indicator>;

const nameText = text.max(MAX_NAME);
const Name = z.object({ zh: nameText, en: nameText }).strict();

export const Country = z
  .object({
    code: countryCode,
    name: Name,
    gaps: z
      .object({
        coverage: GapNote,
        technology: GapNote,
        dataCentres: GapNote,
        digitalDivide: GapNote,
      })
      .strict(),
    indicators: z.array(Indicator),
    /** Accession to ASEAN where it falls inside the atlas's time range (Timor-Leste:
     * 2025-10-26), so a view "as of" an earlier year leaves it out of the members. The
     * other ten joined in 1999 or earlier; China is not a member. */
    asean: z
      .object({ since: z.string().regex(DATE_RE), sources: z.array(Source).min(1) })
      .strict()
      .optional(),
    /** A note on the paper's coverage of this country (Timor-Leste: the paper predates its membership). */
    paperNote: Prose.optional(),
    /** Counts a source states for the country without naming the items (Laos's 18 cross-border lines). */
    stats: z.array(Stat).optional(),
  })
  .strict();
export type Country = z.infer<typeof Country>;
export const CountriesFile = z.object({ countries: z.array(Country).length(12) }).strict();
export type CountriesFile = z.infer<typeof CountriesFile>;

const Title = z.object({ zh: text.max(MAX_TITLE), en: text.max(MAX_TITLE) }).strict();
export const TimelineEvent = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** YYYY, YYYY-MM or YYYY-MM-DD */
    date: z.string().regex(DATE_RE, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
    title: Title,
    description: Prose,
    section: z.string().regex(SECTION_RE),
    assets: z.array(z.string()),
    sources: z.array(Source).min(1),
  })
  .strict();
export type TimelineEvent = z.infer<typeof TimelineEvent>;
export const TimelineFile = z.object({ events: z.array(TimelineEvent).min(1) }).strict();
export type TimelineFile = z.infer<typeof TimelineFile>;

/** geodata/operators.json: operators as entities, so that "China Mobile International"
 * and "China Mobile" are one firm, named in both languages, with its home economy. */
export const Operator = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    name: Name,
    /** ISO code of the economy the firm (or its parent group) is based in; left out for an
     * international organisation, or where no source gives it. */
    home: countryCode.optional(),
    /** The names the data's sources use for it (and its subsidiaries). */
    names: z.array(nameText).min(1),
  })
  .strict();
export type Operator = z.infer<typeof Operator>;
export const OperatorsFile = z.object({ operators: z.array(Operator).min(1) }).strict();
export type OperatorsFile = z.infer<typeof OperatorsFile>;

/** The home economies an asset's owners, operators and provider are based in. */
export function deriveHomes(p: Pick<AssetProps, 'operators' | 'partners' | 'providerHome'>, ops: OperatorsFile): string[] {
  const byName = new Map(ops.operators.flatMap((o) => (o.home ? o.names.map((n) => [n, o.home] as const) : [])));
  const homes = new Set<string>();
  for (const n of [...p.operators, ...p.partners]) {
    const h = byName.get(n);
    if (h) homes.add(h);
  }
  if (p.providerHome) homes.add(p.providerHome);
  return [...homes].sort();
}

/** A headline figure of §1 (e.g. digital-economy size), with its year and section. */
export const Headline = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    value: Title,
    label: Title,
    year: Year,
    section: z.string().regex(SECTION_RE),
  })
  .strict();
/** A few lines on a section of §2–§4 (and §1.3), with the section reference. */
export const Theme = z
  .object({
    section: z.string().regex(SECTION_RE),
    kind: z.enum(['state', 'opportunity', 'challenge', 'recommendation']),
    title: Title,
    summary: Prose,
  })
  .strict();
/** geodata/paper.json: the paper in brief, for the overview panel. */
export const PaperFile = z.object({ title: Title, headline: z.array(Headline).min(1), themes: z.array(Theme).min(1) }).strict();
export type PaperFile = z.infer<typeof PaperFile>;

const faultDate = z.string().regex(DATE_RE, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
/** A dated report about a fault (the latest still impaired; service back). */
export const DatedReport = z.object({ date: faultDate, source: Source }).strict();
/** A fault's reported impact on one country. */
export const Impact = z
  .object({
    country: countryCode,
    text: Prose,
    /** Cable ids the report names as impaired there (in submarine-cables.geojson). */
    cables: z.array(z.string()),
    /** Names the report gives for systems with no cable in the data. */
    otherCables: z.array(nameText).optional(),
    /** How many of the country's international systems the report says were impaired. */
    systemsImpaired: z.number().int().positive().optional(),
    from: faultDate,
    /** When the source says this country's impact ended. */
    to: faultDate.optional(),
    source: Source,
  })
  .strict();
export type Impact = z.infer<typeof Impact>;

/** A dated cable fault (faults.json): the cables it hit (ids in submarine-cables.geojson),
 * the names sources give that have no cable in the data (otherCables), and every name as
 * reported. repaired is null when no source gives a completion date. */
export const Fault = z
  .object({
    id: z.string().regex(/^fault-[a-z0-9]+(-[a-z0-9]+)*$/, 'must look like fault-2023-01-ia'),
    cables: z.array(z.string()),
    otherCables: z.array(nameText),
    reported: z.array(nameText).min(1),
    start: z.string().regex(DATE_RE, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
    repaired: z.string().regex(DATE_RE, 'must be YYYY, YYYY-MM or YYYY-MM-DD').nullable(),
    location: z
      .object({
        type: z.literal('Point'),
        coordinates: z.tuple([z.number().min(-180).max(360), z.number().min(-90).max(90)]),
        label: Title,
      })
      .strict()
      .nullable(),
    cause: Title,
    countriesAffected: z.array(countryCode),
    description: Prose,
    sources: z.array(Source).min(1, 'needs at least one source'),
    /** Where no source dates the repair: the latest dated report that it was still impaired
     * (the analysis counts the fault until this day, inclusive). */
    lastImpaired: DatedReport.optional(),
    /** A later report that service was back (not a repair date: the analysis does not read it). */
    restoredReport: DatedReport.optional(),
    /** The impact as the sources state it, per country, for the replay test
     * (src/analysis/replay.test.ts): the named cables impaired there from `from`, and the
     * number of systems when a source gives it. */
    impacts: z.array(Impact).optional(),
  })
  .strict();
export type Fault = z.infer<typeof Fault>;
export const FaultsFile = z.object({ faults: z.array(Fault), notFound: z.array(prose).optional() }).strict();
export type FaultsFile = z.infer<typeof FaultsFile>;

/** A named sea corridor (corridors.json) for what-if cuts: a schematic polygon [[lon, lat]…]. */
export const Corridor = z
  .object({
    id: z.string().regex(/^corridor-[a-z0-9]+(-[a-z0-9]+)*$/, 'must look like corridor-luzon-strait'),
    name: Name,
    polygon: z.array(z.tuple([z.number().min(-180).max(360), z.number().min(-90).max(90)])),
    rationale: Prose,
    sources: z.array(Source).min(1, 'needs at least one source'),
  })
  .strict();
export type Corridor = z.infer<typeof Corridor>;
export const CorridorsFile = z.object({ corridors: z.array(Corridor) }).strict();
export type CorridorsFile = z.infer<typeof CorridorsFile>;

export const ReleaseFile = z
  .object({
    version: z.string().regex(SEMVER_RE, 'must be semver (1.2.3)'),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
    baseline: z
      .object({
        version: z.string().regex(SEMVER_RE),
        /** Every asset and fault id of that release. */
        ids: z.array(z.string()).min(1),
      })
      .strict(),
    /** Ids removed since the baseline, each with the release that removed it and why. */
    removed: z.array(z.object({ id: z.string(), version: z.string().regex(SEMVER_RE), reason: text }).strict()),
  })
  .strict();
export type ReleaseFile = z.infer<typeof ReleaseFile>;

/** A source of a record added since the first release: its kind is required. */
const KindedSource = Source.refine((s) => s.kind !== undefined, { message: 'needs its kind (primary, secondary or aggregator)' });
/**
 * A system sources name as landing in the region that the map does not draw
 * (known-systems.json): no source names its landings, or its state after an announced date is
 * not reported. Searchable and listed in its countries' panels, never drawn or counted by
 * the analysis. A system is drawn or known, never both (the validator checks the names).
 */
export const KnownSystem = z
  .object({
    id: z.string().regex(/^known-[a-z0-9]+(-[a-z0-9]+)*$/, 'must look like known-vts'),
    name: Name,
    aliases: z.array(nameText).optional(),
    /** The places sources say it lands or will land in (at least one in the atlas's region). */
    countries: z.array(countryCode).min(1),
    status: z.enum(KNOWN_STATUSES),
    /** The year its status refers to (ready for service, expected, retired), or null. */
    year: Year.nullable(),
    operators: z.array(nameText).default([]),
    supplier: nameText.optional(),
    lengthKm: z.number().positive().optional(),
    /** Why the map does not draw it, in one sentence. */
    why: Prose,
    description: Prose,
    events: z.array(LifeEvent.extend({ source: KindedSource.optional() })).optional(),
    sources: z.array(KindedSource).min(1, 'needs at least one source'),
  })
  .strict();
export type KnownSystem = z.infer<typeof KnownSystem>;
export const KnownSystemsFile = z.object({ systems: z.array(KnownSystem) }).strict();
export type KnownSystemsFile = z.infer<typeof KnownSystemsFile>;
