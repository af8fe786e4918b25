/**
 * The derived view: one pure module turns (the view in the store, the loaded data, today)
 * into everything the map and the panels show. Each part is memoised on exactly the inputs
 * it reads, at module level, so every component that asks gets the same object, computed
 * once: the map's `sync`, the legend, the list, the country panel, the Resilience tab and
 * the exports all read from here and compute no derived fact themselves.
 *
 *   URL → store → deriveView(view, data, today) → map and panels
 *
 * A new panel reads `useDerived()` (use-derived.ts) and takes what it needs: `at` (the day
 * and how it was chosen), `shown(p)` (the filter predicate), `stateOf(p)` (a record's state
 * on the day), `counts`, `exposure` (the analysis for the day and scenario), `overlay`
 * (faults and what-if cuts on the map), `countryFacts(code)`.
 */
import type { FilterSpecification } from 'maplibre-gl';
import { analyse, cmpDate, cutCables, faultActiveOn, landsIn, type CountryExposure, type ExposureData } from '../analysis/exposure';
import type { AssetIndex } from '../data';
import type { AssetFeature, AssetProps, Corridor, Fault, Status } from '../data/schema';
import { GROUPS, type GroupKey } from '../model/groups';
import { theme } from '../model/theme';
import { dayBasis, quietSince, stateOn, viewDay, type At, type DayBasis } from '../model/time';
import type { PanelId, Selection, WhatIf } from '../model/view';
import { memoLast } from './memo';
import type { EdgeLine } from '../analysis/network/network-protocol';
import {
  networkAskOf,
  networkViewOf,
  routeEdgeIdsOf,
  routeOverlayOf,
  type NetworkAnswer,
  type NetworkAsk,
  type NetworkView,
  type RouteOverlay,
} from './network';
import { changesBetween, type ChangeSpan, type Changes } from './changes';
import {
  cablesPassingCorridors,
  landingIdsShown,
  landingMapFilter,
  mapFilter,
  matchesWith,
  type CrossingsOf,
  type Filters,
} from '../state/filters';
import { corridorsCrossed } from '../analysis/network/corridor-crossings';

/** Under a what-if, red for a place cut off (no independent route to outside the region
 * left), orange for one left with fewer routes than before (ColorBrewer RdYlBu ends,
 * distinct from the choropleth's BuPu ramp), mid grey for one with no route even without
 * the cuts (Timor-Leste before its first cable). */
export const WHAT_IF_COLORS = { 'cut-off': '#d7191c', reduced: '#fdae61', none: '#969696' } as const;

/** The what-if key's entries (the map's legend and the printed key), in the fill's colours. */
export const whatIfKey = (r: Record<'legendNone' | 'legendOne' | 'legendMore' | 'legendNoRoute', string>) => [
  { color: WHAT_IF_COLORS['cut-off'], label: r.legendNone },
  { color: WHAT_IF_COLORS.reduced, label: r.legendOne },
  { color: theme.landFocus, label: r.legendMore },
  { color: WHAT_IF_COLORS.none, label: r.legendNoRoute },
];

/** What the map shows of the fault log and the what-if: faults with a reported location that
 * had begun by the day (points), and the cables impaired that day or cut in the what-if, both
 * among the cables the filters show. */
export interface FaultOverlay {
  /** Every located fault: one object for the log's life, so the map sends it to its
   * workers once; which markers show is `shown`, a layer filter (no data re-sent). */
  points: {
    type: 'FeatureCollection';
    features: Array<{ type: 'Feature'; geometry: { type: 'Point'; coordinates: number[] }; properties: { id: string } }>;
  };
  /** The faults drawn: located, begun by the day, on a cable the filters show (or on none). */
  shown: readonly string[];
  impaired: readonly string[];
  visible: boolean;
}

/** The view's part the derivation reads. */
export interface ViewInputs {
  filters: Filters;
  layers: Record<GroupKey, boolean>;
  whatIf: WhatIf;
  /** The selected country and the compared pair (whose routes the map draws); optional. */
  selection?: Selection | null;
  compare?: readonly string[];
  /** Two dates compared (changes.ts), or none. */
  change?: ChangeSpan | null;
  /** The side panel shown (the Resilience tab asks about faults). */
  panel?: PanelId;
}

/** The places whose routes are drawn: the compared pair, else the selected country. */
export const routePlacesOf = (view: Pick<ViewInputs, 'selection' | 'compare'>): string =>
  view.compare?.length ? view.compare.join(',') : view.selection?.kind === 'country' ? view.selection.code : '';

/** The loaded data the derivation reads (undefined while loading or failed). */
export interface DataInputs {
  index: AssetIndex;
  faults: readonly Fault[] | undefined;
  corridors: readonly Corridor[] | undefined;
  /** The network worker's answer for the view's scenario (networkAsk); undefined while it
   * is computing, failed, or not asked for (the map). */
  network?: NetworkAnswer | undefined;
  /** The drawn lines of the routes the map shows (the worker's edgeLines for routeEdges). */
  routeLines?: readonly EdgeLine[] | undefined;
}

export interface Exposure {
  /** null while the cables, landing points, faults or corridors are loading (or failed). */
  rows: CountryExposure[] | null;
  data: ExposureData | null;
  /** True when something is cut. */
  active: boolean;
}

/** A country's record on the day, counted the way the analysis counts (so the two agree). */
export interface CountryFacts {
  /** Cables that land here (a station here, or the country in their sources' list), by state on the day. */
  cablesByState: ReadonlyArray<readonly [Status, readonly AssetProps[]]>;
  /** All of them (any state, begun by the day). */
  cables: readonly AssetProps[];
  /** Landing stations here. */
  stations: number;
  /** Per layer group: the assets here the filters show (the count a "Show in list" opens). */
  groups: Record<GroupKey, number>;
}

export interface Derived {
  /** The one day: map, panels, analysis and exports. */
  at: At;
  basis: DayBasis;
  /** A record's state on the day (null: not begun). */
  stateOf: (p: AssetProps) => Status | null;
  /** On today's view, the date of the last dated step of a record gone quiet ('' when it has
   * none), else null (model/time.ts, quietSince); on a past day no record is quiet yet. */
  quietOf: (p: AssetProps) => string | null;
  /** The filter predicate (landing points follow their cables; the corridor filters use
   * `crossings`); a filter set may be given. */
  shown: (p: AssetProps, f?: Filters) => boolean;
  /** Which corridors a cable's drawn route crosses (null while loading). */
  crossings: CrossingsOf;
  /** The map's filters: every asset layer, and the landing-point layer. */
  mapFilters: { asset: FilterSpecification; landing: FilterSpecification };
  /** Per layer group: how many the filters show (null while loading); the legend's counts. */
  counts: Record<GroupKey, number | null>;
  /** How many assets of every type the filters show (landing points included). */
  shownTotal: number;
  /** The assets the list shows and the exports write: those the filters show, of the layers
   * switched on (in the data's order). */
  listed: readonly AssetFeature[];
  exposure: Exposure;
  overlay: FaultOverlay | null;
  /** The fault markers drawn bold: only where the reader asks about faults (a replayed day, a
   * what-if, the Resilience tab); else small and faint, so the historical record does not
   * outshout the infrastructure on the default view. */
  faultsProminent: boolean;
  /** The land colour of each place a what-if leaves cut off or with fewer routes to outside
   * (from `network.loss`), else null; the labels pick their colour against it. */
  whatIfColors: Readonly<Record<string, string>> | null;
  /** The land fill while a what-if is set (those colours, plain land elsewhere), else null. */
  whatIfFill: unknown;
  countryFacts: (code: string) => CountryFacts;
  /** The scenario the network worker is asked for (its query key). */
  networkAsk: NetworkAsk;
  /** The route-based figures (null until the worker has answered). */
  network: NetworkView | null;
  /** The places whose surviving routes the map draws: the selected country, or the
   * compared pair (comma-joined, for memoising). */
  routePlaces: string;
  /** The edges of those routes (the map asks the worker for their lines). */
  routeEdges: readonly string[];
  /** What the map draws of the route model: the routes and the cut corridors. */
  routeOverlay: RouteOverlay;
  /** What changed between the two dates compared (changes.ts), or null. */
  changes: Changes | null;
}

export { memoLast };

const atOf = memoLast((day: string | null, asOf: number | null, today: string): At => ({ day: viewDay(day, asOf, today), today }));

/** Which corridors each cable's drawn route crosses: computed once per dataset (the same
 * line–polygon test a corridor cut uses); null while the cables or corridors load. */
export const crossingsOf = memoLast(
  (cables: readonly AssetFeature[] | undefined, corridors: readonly Corridor[] | undefined): CrossingsOf => {
    if (!cables || !corridors) return null;
    const m = corridorsCrossed(cables, corridors);
    return (id) => m.get(id) ?? [];
  },
);

const predicateOf = memoLast(
  (filters: Filters, at: At, index: AssetIndex, crossings: CrossingsOf) =>
    (p: AssetProps, f: Filters = filters): boolean =>
      matchesWith(p, f, index.cablesOf, at, crossings),
);

const mapFiltersOf = memoLast((filters: Filters, at: At, cables: readonly AssetFeature[] | undefined, crossings: CrossingsOf) => {
  const props = (cables ?? []).map((c) => c.properties);
  return {
    asset: mapFilter(filters, at, cablesPassingCorridors(props, filters, crossings)),
    landing: landingMapFilter(filters, landingIdsShown(props, filters, at, crossings)),
  };
});

const countsOf = memoLast((index: AssetIndex, shown: (p: AssetProps) => boolean) => {
  const groups = {} as Record<GroupKey, number | null>;
  for (const g of GROUPS) {
    const layer = index.byType[g.types[0]!];
    groups[g.key] = layer ? layer.features.filter((f) => shown(f.properties)).length : null;
  }
  return { groups, total: index.all.filter((f) => shown(f.properties)).length };
});

const listedOf = memoLast((index: AssetIndex, shown: (p: AssetProps) => boolean, layers: Record<GroupKey, boolean>) => {
  const types = new Set(GROUPS.filter((g) => layers[g.key]).flatMap((g) => g.types));
  return index.all.filter((f) => types.has(f.properties.type) && shown(f.properties));
});

export const exposureDataOf = memoLast(
  (index: AssetIndex, faults: readonly Fault[] | undefined, corridors: readonly Corridor[] | undefined): ExposureData | null => {
    const cables = index.byType['submarine-cable']?.features;
    const landings = index.byType['landing-point']?.features;
    return cables && landings && faults && corridors
      ? { cables, landings, fibre: index.byType['land-fibre']?.features ?? [], faults, corridors }
      : null;
  },
);

const exposureOf = memoLast((data: ExposureData | null, at: At, cut: readonly string[], corridors: readonly string[]): Exposure => ({
  rows: data ? analyse(data, { day: at.day, today: at.today, cut, corridors }) : null,
  data,
  active: cut.length > 0 || corridors.length > 0,
}));

/** Every located fault as a map point (its id the only property). */
const faultPointsOf = memoLast((faults: readonly Fault[]): FaultOverlay['points'] => ({
  type: 'FeatureCollection',
  features: faults.flatMap((f) =>
    f.location
      ? [
          {
            type: 'Feature' as const,
            geometry: { type: 'Point' as const, coordinates: [...f.location.coordinates] },
            properties: { id: f.id },
          },
        ]
      : [],
  ),
}));

const overlayOf = memoLast(
  (
    faults: readonly Fault[] | undefined,
    data: ExposureData | null,
    at: At,
    whatIf: WhatIf,
    index: AssetIndex,
    shown: (p: AssetProps) => boolean,
    visible: boolean,
  ): FaultOverlay | null => {
    if (!faults) return null;
    const { day } = at;
    // what is drawn follows the filters: a cut or impaired cable the filters hide is not drawn
    const shownCable = (id: string) => {
      const f = index.byId.get(id);
      return !!f && shown(f.properties);
    };
    const impaired = new Set([...faults.filter((f) => faultActiveOn(f, day)).flatMap((f) => f.cables), ...whatIf.cut]);
    if (data) for (const id of cutCables(data, { day, corridors: whatIf.corridors })) impaired.add(id);
    return {
      points: faultPointsOf(faults),
      shown: faults
        .filter((f) => f.location && cmpDate(f.start, day) <= 0 && (f.cables.length === 0 || f.cables.some(shownCable)))
        .map((f) => f.id),
      impaired: [...impaired].filter(shownCable).sort(),
      visible,
    };
  },
);

/** The what-if's land colours, from the route model (network.loss, the figures the
 * Resilience table shows): places cut off or with fewer routes to outside than without the
 * cuts. While the worker computes the scenario, none (the focus countries plain). */
const whatIfColorsOf = memoLast((active: boolean, network: NetworkView | null): Record<string, string> | null =>
  !active
    ? null
    : Object.fromEntries((network?.loss ?? []).flatMap((x) => (x.state === 'kept' ? [] : [[x.code, WHAT_IF_COLORS[x.state]]]))),
);

const whatIfFillOf = memoLast((colors: Record<string, string> | null): unknown => {
  if (!colors) return null;
  const pairs = Object.entries(colors).flat();
  const focus = pairs.length ? ['match', ['get', 'iso'], ...pairs, theme.landFocus] : theme.landFocus;
  return ['case', ['!', ['get', 'focus']], theme.land, focus];
});

const STATE_ORDER: readonly Status[] = ['operational', 'under-construction', 'planned', 'announced', 'retired', 'cancelled'];

const countryFactsOf = memoLast((index: AssetIndex, at: At, filters: Filters, shown: (p: AssetProps, f?: Filters) => boolean) => {
  const cache = new Map<string, CountryFacts>();
  const stationCountry = (id: string) => index.byId.get(id)?.properties.countries;
  return (code: string): CountryFacts => {
    const hit = cache.get(code);
    if (hit) return hit;
    const cables = (index.byType['submarine-cable']?.features ?? [])
      .map((f) => f.properties)
      .filter((c) => landsIn(c, code, stationCountry) && stateOn(c, at) !== null);
    const here = { ...filters, countries: [code] };
    const groups = {} as Record<GroupKey, number>;
    for (const g of GROUPS)
      groups[g.key] = index.all.filter(
        (f) => g.types.includes(f.properties.type) && f.properties.countries.includes(code) && shown(f.properties, here),
      ).length;
    const out: CountryFacts = {
      cables,
      cablesByState: STATE_ORDER.map((s) => [s, cables.filter((c) => stateOn(c, at) === s)] as const).filter(([, xs]) => xs.length > 0),
      stations: (index.byType['landing-point']?.features ?? []).filter((f) => f.properties.countries.includes(code)).length,
      groups,
    };
    cache.set(code, out);
    return out;
  };
});

const stateOfAt = memoLast((at: At) => (p: AssetProps) => stateOn(p, at));
const quietOfAt = memoLast((at: At) => (p: AssetProps) => (at.day >= at.today ? quietSince(p, at.today) : null));

/** The scenario the network worker is asked for, from the view alone (the hook asks before
 * it derives the rest). */
export const networkAskFor = (view: Pick<ViewInputs, 'filters' | 'whatIf'>, today: string): NetworkAsk =>
  networkAskOf(atOf(view.whatIf.day, view.filters.asOf, today), view.whatIf);

/** Everything the map and the panels show, for this view, data and day. */
export function deriveView(view: ViewInputs, data: DataInputs, today: string): Derived {
  const at = atOf(view.whatIf.day, view.filters.asOf, today);
  const cables = data.index.byType['submarine-cable']?.features;
  const crossings = crossingsOf(cables, data.corridors);
  const shown = predicateOf(view.filters, at, data.index, crossings);
  const exposureData = exposureDataOf(data.index, data.faults, data.corridors);
  const exposure = exposureOf(exposureData, at, view.whatIf.cut, view.whatIf.corridors);
  const routePlaces = routePlacesOf(view);
  const routeEdges = routeEdgeIdsOf(data.network, routePlaces);
  const whatIfActive = exposure.active || view.whatIf.segments.length > 0;
  const network = networkViewOf(data.network ?? null, exposureData, whatIfActive);
  return {
    at,
    basis: dayBasis(view.whatIf.day, view.filters.asOf),
    stateOf: stateOfAt(at),
    quietOf: quietOfAt(at),
    shown,
    crossings,
    mapFilters: mapFiltersOf(view.filters, at, cables, crossings),
    counts: countsOf(data.index, shown).groups,
    shownTotal: countsOf(data.index, shown).total,
    listed: listedOf(data.index, shown, view.layers),
    exposure,
    overlay: overlayOf(data.faults, exposureData, at, view.whatIf, data.index, shown, view.layers['submarine-cable']),
    faultsProminent: view.panel === 'resilience' || view.whatIf.day !== null || exposure.active,
    whatIfColors: whatIfColorsOf(whatIfActive, network),
    whatIfFill: whatIfFillOf(whatIfColorsOf(whatIfActive, network)),
    countryFacts: countryFactsOf(data.index, at, view.filters, shown),
    networkAsk: networkAskOf(at, view.whatIf),
    network,
    routePlaces,
    routeEdges,
    routeOverlay: routeOverlayOf(data.routeLines, routeEdges, routePlaces, data.corridors, view.whatIf.corridors),
    changes: changesBetween(data.index, view.change ?? null, today),
  };
}
