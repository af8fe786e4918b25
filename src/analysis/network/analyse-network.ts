/**
 * The route-based network model in one call: the graph (cached per dataset and options),
 * the day's state with the reader's cuts, and every measure for the twelve states.
 */
import type { AssetFeature } from '../../data/schema';
import { buildGraph, type GraphOptions, type NetworkGraph } from './graph';
import { cutMatrix, liveGraph, measurePlaces, type CountryNetwork, type MeasureOptions } from './measures';
import { NETWORK_COUNTRIES, PLACES } from './places';
import { applyScenario, type CorridorCut, type FaultCut, type NetworkScenario, type ScenarioData } from './scenario';

export interface NetworkData extends ScenarioData {
  landings: readonly AssetFeature[];
}

export interface NetworkOptions extends GraphOptions, MeasureOptions {
  /** Places measured (default the twelve states). */
  countries?: readonly string[];
  /** Compute the place-by-place min-cut matrix (default true). */
  matrix?: boolean;
}

export interface NetworkResult {
  day: string;
  countries: CountryNetwork[];
  /** Min-cut between every two places (PLACES order); null on the diagonal. */
  matrix: { places: string[]; cuts: (number | null)[][] } | null;
  outOfService: string[];
  faultCuts: FaultCut[];
  corridorCuts: CorridorCut[];
  /** Physical edges down that day (faults, cuts, corridors). */
  down: string[];
  /** Where the record may be incomplete: landings far from their cable's drawn line,
   * countries a land link lists that none of its vertices stands for. */
  warnings: string[];
}

const graphCache = new WeakMap<readonly AssetFeature[], Map<string, NetworkGraph>>();

const graphKey = (o: GraphOptions) =>
  JSON.stringify([o.snapDeg, [...(o.noNational ?? [])].sort(), o.metroKm, o.nationalDetour, o.nationalNeighbours]);

/** The graph of a dataset, built once per cable array and graph options. */
export function networkGraph(data: NetworkData, options: GraphOptions = {}): NetworkGraph {
  let m = graphCache.get(data.cables);
  if (!m) graphCache.set(data.cables, (m = new Map<string, NetworkGraph>()));
  const key = graphKey(options);
  let g = m.get(key);
  if (!g) {
    g = buildGraph(data, options);
    m.set(key, g);
  }
  return g;
}

/** Every measure for the scenario's day and cuts. */
export function analyseNetwork(data: NetworkData, scenario: NetworkScenario, options: NetworkOptions = {}): NetworkResult {
  const g = networkGraph(data, options);
  const st = applyScenario(g, data, scenario);
  const codes = options.countries ?? NETWORK_COUNTRIES;
  const L = liveGraph(g, st.alive);
  const cuts = options.matrix === false ? null : cutMatrix(L, PLACES);
  const pairs = new Map<string, number | null>();
  if (cuts) PLACES.forEach((a, i) => PLACES.forEach((b, j) => pairs.set(`${a}>${b}`, cuts[i]![j]!)));
  return {
    day: scenario.day,
    countries: measurePlaces(L, codes, pairs, options),
    matrix: cuts ? { places: [...PLACES], cuts } : null,
    outOfService: st.outOfService,
    faultCuts: st.faultCuts,
    corridorCuts: st.corridorCuts,
    down: st.down,
    warnings: [
      ...g.attachWarnings.map((w) => `${w.landing} is ${w.km} km from the drawn line of ${w.cable}`),
      ...g.landWarnings.map((w) => `${w.link} lists ${w.country}, but none of its drawn vertices lies there`),
    ],
  };
}

/** The day as it was (faults of the log applied) and with the reader's cuts: before and after. */
export function compareNetwork(
  data: NetworkData,
  scenario: NetworkScenario,
  options: NetworkOptions = {},
): { before: NetworkResult; after: NetworkResult } {
  const before = analyseNetwork(data, { day: scenario.day, faults: scenario.faults }, options);
  const cuts = (scenario.cut?.length ?? 0) + (scenario.segments?.length ?? 0) + (scenario.corridors?.length ?? 0);
  return { before, after: cuts ? analyseNetwork(data, scenario, options) : before };
}
