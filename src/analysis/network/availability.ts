/**
 * Availability as a model: a fault rate per 1,000 km·year and the repair times the fault
 * log records, and a seeded Monte Carlo of one year that says how often each country keeps
 * at least one, and at least two, independent routes to outside the region.
 *
 * The inputs come from the atlas's own fault log (geodata/faults.json), which lists the
 * faults sources reported for the region's cables: it is not a complete fault record (the
 * global rate is several times higher), so the figures are those of the log, shown with
 * their inputs, and a reader may set other inputs.
 */
import type { AssetFeature, Fault } from '../../data/schema';
import { inServiceOn } from '../exposure';
import { lineKm, type Pos } from './geo';
import { edgeFlows, flowPaths, maxFlow } from './max-flow';
import { sinkOf, type Live } from './measures';

/** mulberry32: a small, fast, seedable PRNG; floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FaultStatistics {
  /** Cable faults per 1,000 km of cable per year. */
  ratePer1000KmYear: number;
  /** Fault–cable incidents counted (a fault that hit three systems counts three). */
  incidents: number;
  /** Exposure: km of cable in service × years, over the window. */
  kmYears: number;
  /** The window: the years of the first and last fault in the log, inclusive. */
  fromYear: number;
  toYear: number;
  /** Repair times (days) of the faults whose start and repair are both dated to the
   * month or day (a month-only date counts as its 15th). */
  repairDays: number[];
  /** The faults those repair times come from. */
  repairFaults: string[];
}

const dayNumber = (d: string): number | null => {
  if (d.length < 7) return null;
  const full = d.length === 7 ? `${d}-15` : d;
  return Date.parse(`${full}T00:00:00Z`) / 86_400_000;
};

const drawnKm = (f: AssetFeature): number => {
  const g = f.geometry;
  const parts: Pos[][] = g.type === 'MultiLineString' ? g.coordinates : g.type === 'LineString' ? [g.coordinates] : [];
  return parts.reduce((s, p) => s + lineKm(p), 0);
};

/** The fault rate and repair times the log gives. Exposure: every cable of the data, its
 * drawn length, for each year of the window it was in service (on 1 July). */
export function faultStatistics(cables: readonly AssetFeature[], faults: readonly Fault[]): FaultStatistics {
  const years = faults.map((f) => Number(f.start.slice(0, 4)));
  const fromYear = Math.min(...years);
  const toYear = Math.max(...years);
  const known = new Set(cables.map((c) => c.properties.id));
  let kmYears = 0;
  for (const c of cables) {
    const km = drawnKm(c);
    for (let y = fromYear; y <= toYear; y++) if (inServiceOn(c.properties, `${y}-07-01`)) kmYears += km;
  }
  const incidents = faults.reduce((n, f) => n + f.cables.filter((c) => known.has(c)).length, 0);
  const repairDays: number[] = [];
  const repairFaults: string[] = [];
  for (const f of faults) {
    if (!f.repaired) continue;
    const a = dayNumber(f.start);
    const b = dayNumber(f.repaired);
    if (a === null || b === null || b < a) continue;
    repairDays.push(Math.max(1, Math.round(b - a)));
    repairFaults.push(f.id);
  }
  return { ratePer1000KmYear: kmYears ? (incidents / kmYears) * 1000 : 0, incidents, kmYears, fromYear, toYear, repairDays, repairFaults };
}

export interface MonteCarloOptions {
  seed: number;
  /** Years drawn (default 10,000). */
  draws?: number;
  ratePer1000KmYear: number;
  /** Repair times drawn from, uniformly (days). */
  repairDays: readonly number[];
  /** Places reported (default the twelve states). */
  countries: readonly string[];
}

export interface CountryAvailability {
  code: string;
  /** Routes to outside on the day (the year starts from this network). */
  routes: number;
  /** Share of drawn years in which the country never had fewer than one / two routes. */
  pAtLeast1: number;
  pAtLeast2: number;
}

export interface MonteCarloResult {
  seed: number;
  draws: number;
  ratePer1000KmYear: number;
  /** Expected faults a year over the live cable segments. */
  faultsPerYear: number;
  countries: CountryAvailability[];
}

/**
 * One year, `draws` times. Faults arrive on the live cable segments as a Poisson process
 * (rate × km / 1,000 a year each), at uniform times over the year and the longest repair
 * before it (so a fault still under repair on 1 January counts); each lasts a repair time
 * drawn from the log. Land links are not failed (the log has no land faults). At each
 * fault's start, a country has lost "≥ 1" when its national network and outside the region
 * are no longer joined (union-find), "≥ 2" when a max-flow capped at 2 finds fewer than two
 * edge-disjoint routes. Both searches are skipped while fewer segments are down than could
 * matter, or while one (two) of the country's own disjoint routes of the day are whole.
 */
export function monteCarlo(L: Live, o: MonteCarloOptions): MonteCarloResult {
  const draws = o.draws ?? 10_000;
  const rnd = mulberry32(o.seed);
  const { g, view } = L;
  const fg = view.fg;
  const sink = sinkOf(L, 'outside');
  // the pool: live cable segments, by km
  const pool: number[] = [];
  const cum: number[] = [];
  let total = 0;
  for (let fe = 0; fe < fg.m; fe++) {
    if (!L.falive[fe]) continue;
    const e = g.edges[view.orig[fe]!]!;
    if (e.kind !== 'segment') continue;
    total += e.km;
    pool.push(fe);
    cum.push(total);
  }
  const repairs = o.repairDays.length ? o.repairDays : [30];
  const rMax = Math.max(...repairs);
  const span = 365 + rMax;
  const lambda = ((o.ratePer1000KmYear * total) / 1000) * (span / 365);
  const codes = o.countries;
  const src = codes.map((c) => {
    const h = g.hubOf.get(c);
    return h === undefined ? -1 : view.comp[h]!;
  });
  // each country's routes on the day, and one set of edge-disjoint paths for them: while
  // two of those paths are whole the country keeps two routes, and no search is needed
  const base: number[] = [];
  const pathCountry: number[] = [];
  const slotsOf: number[][] = Array.from({ length: fg.m }, () => []);
  src.forEach((s, c) => {
    if (s < 0) return void base.push(0);
    const { value, res } = maxFlow(fg, L.falive, [s], sink);
    base.push(Number.isFinite(value) ? value : 0);
    if (!Number.isFinite(value)) return;
    for (const path of flowPaths(fg, edgeFlows(fg, L.falive, res), [s], sink, value)) {
      const slot = pathCountry.length;
      pathCountry.push(c);
      for (const fe of path) slotsOf[fe]!.push(slot);
    }
  });
  const intactBase = codes.map((_, c) => pathCountry.filter((x) => x === c).length);
  const pathDown = new Int32Array(pathCountry.length);
  const intact = new Int32Array(codes.length);
  const outsideNodes: number[] = [];
  for (let i = 0; i < fg.n; i++) if (sink[i]) outsideNodes.push(i);
  const ok1 = new Int32Array(codes.length);
  const ok2 = new Int32Array(codes.length);
  const up = new Int32Array(fg.n);
  const hasOut = new Uint8Array(fg.n);
  const find = (x: number) => {
    while (up[x] !== x) {
      up[x] = up[up[x]!]!;
      x = up[x]!;
    }
    return x;
  };
  const work = L.falive.slice();
  const pick = (): number => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return pool[lo]!;
  };
  const poisson = (l: number): number => {
    // inversion by sequential search (l is small); for a large l, a normal approximation
    if (l > 60) return Math.max(0, Math.round(l + Math.sqrt(l) * Math.sqrt(-2 * Math.log(rnd() || 1e-12)) * Math.cos(2 * Math.PI * rnd())));
    let k = 0;
    let p = Math.exp(-l);
    let s = p;
    const u = rnd();
    while (u > s && k < 1000) {
      k++;
      p *= l / k;
      s += p;
    }
    return k;
  };
  // per draw: the faults as events (start +1, end −1) in time order; a segment is down
  // while its count is above zero, and the countries are checked at every start
  const evT: number[] = [];
  const evE: number[] = [];
  const evD: number[] = [];
  const order: number[] = [];
  const downCount = new Int32Array(fg.m);
  for (let d = 0; d < draws; d++) {
    const n = poisson(lambda);
    evT.length = 0;
    evE.length = 0;
    evD.length = 0;
    for (let i = 0; i < n; i++) {
      const s = rnd() * span - rMax;
      const e = s + repairs[Math.floor(rnd() * repairs.length)]!;
      const edge = pick();
      if (e <= 0) continue; // repaired before the year began
      evT.push(Math.max(0, s), e);
      evE.push(edge, edge);
      evD.push(1, -1);
    }
    order.length = evT.length;
    for (let i = 0; i < order.length; i++) order[i] = i;
    // ends before starts at the same time: a repair and a new fault on the same day do not overlap
    order.sort((a, b) => evT[a]! - evT[b]! || evD[a]! - evD[b]!);
    let lost1 = 0; // a bit per country
    let lost2 = 0;
    let down = 0;
    for (let c = 0; c < codes.length; c++) intact[c] = intactBase[c]!;
    for (const i of order) {
      const e = evE[i]!;
      if (evD[i]! < 0) {
        if (--downCount[e]! === 0) {
          work[e] = 1;
          down--;
          for (const slot of slotsOf[e]!) if (--pathDown[slot]! === 0) intact[pathCountry[slot]!]!++;
        }
        continue;
      }
      if (downCount[e]!++ === 0) {
        work[e] = 0;
        down++;
        for (const slot of slotsOf[e]!) if (pathDown[slot]!++ === 0) intact[pathCountry[slot]!]!--;
      }
      let needUF = false;
      for (let c = 0; c < codes.length; c++) if (base[c]! >= 1 && intact[c]! < 1 && down >= base[c]! && !(lost1 & (1 << c))) needUF = true;
      if (needUF) {
        for (let x = 0; x < fg.n; x++) up[x] = x;
        for (let fe = 0; fe < fg.m; fe++) {
          if (!work[fe]) continue;
          const a = find(fg.eu[fe]!);
          const b = find(fg.ev[fe]!);
          if (a !== b) up[a] = b;
        }
        hasOut.fill(0);
        for (const x of outsideNodes) hasOut[find(x)] = 1;
        for (let c = 0; c < codes.length; c++) if (base[c]! >= 1 && !hasOut[find(src[c]!)]) lost1 |= 1 << c;
      }
      for (let c = 0; c < codes.length; c++) {
        if (base[c]! < 2 || lost2 & (1 << c) || intact[c]! >= 2 || down < base[c]! - 1) continue;
        if (lost1 & (1 << c) || maxFlow(fg, work, [src[c]!], sink, 2, false).value < 2) lost2 |= 1 << c;
      }
    }
    for (let c = 0; c < codes.length; c++) {
      if (base[c]! >= 1 && !(lost1 & (1 << c))) ok1[c]!++;
      if (base[c]! >= 2 && !(lost2 & (1 << c))) ok2[c]!++;
    }
  }
  return {
    seed: o.seed,
    draws,
    ratePer1000KmYear: o.ratePer1000KmYear,
    faultsPerYear: (o.ratePer1000KmYear * total) / 1000,
    countries: codes.map((code, c) => ({ code, routes: base[c]!, pAtLeast1: ok1[c]! / draws, pAtLeast2: ok2[c]! / draws })),
  };
}
