/**
 * `npm run bench:exposure [scale…]`: how long the exposure analysis (src/analysis) takes to
 * answer for all twelve states, on the real data (1x) and on bench/generate.ts's 10x and
 * 100x copies. Node, one core. Asserts nothing: the figures go in README.md (Performance).
 *
 * 1. The count-based figures (src/analysis/exposure.ts): the median of 200 runs after 20
 *    warm-up runs, for the day alone and with two corridors cut; plus the first call.
 * 2. The route-based network model (src/analysis/network/), in CPU time (process.cpuUsage:
 *    the machine the figures come from is shared): the graph's construction
 *    (every cable and land link, once per dataset), then every measure on a day (routes to
 *    outside, China and Singapore, the place-by-place min-cut matrix, single points of
 *    failure, latency to three hubs) for the day alone and with the Luzon Strait cut: the
 *    median of N runs after warm-up runs (N = 50 / 20 / 5 at 1x / 10x / 100x; the first call,
 *    before the JIT has warmed up and with the graph still to build, is shown apart); and the
 *    10,000-draw Monte Carlo at 1x (median of 5, rate and repairs from the fault log).
 * Targets (issue 21): graph + measures within one frame (16 ms) at 1x, under 100 ms at 10x;
 * the Monte Carlo within 1 s at 1x.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, type ExposureData } from '../src/analysis/exposure';
import { analyseNetwork } from '../src/analysis/network/analyse-network';
import { faultStatistics, monteCarlo } from '../src/analysis/network/availability';
import { buildGraph } from '../src/analysis/network/graph';
import { liveGraph } from '../src/analysis/network/measures';
import { NETWORK_COUNTRIES } from '../src/analysis/network/places';
import { applyScenario } from '../src/analysis/network/scenario';
import { AssetRecordCollection, CorridorsFile, FaultsFile } from '../src/data/schema';
import { scaleDataset } from './generate';

const scales = process.argv.slice(2).map(Number).filter(Boolean);
const files: Record<string, unknown> = {};
for (const n of readdirSync('geodata')) if (/\.(geo)?json$/.test(n)) files[n] = JSON.parse(readFileSync(join('geodata', n), 'utf8'));

const assets = (f: Record<string, unknown>, name: string) => AssetRecordCollection.parse(f[name]).features;
const toData = (f: Record<string, unknown>): ExposureData => ({
  cables: assets(f, 'submarine-cables.geojson'),
  landings: assets(f, 'landing-points.geojson'),
  fibre: assets(f, 'land-fibre.geojson'),
  faults: FaultsFile.parse(f['faults.json']).faults,
  corridors: CorridorsFile.parse(f['corridors.json']).corridors,
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** CPU time of one call, ms: on a shared machine wall time also counts the time the
 * process waits for a core; on an idle core the two agree. */
const cpu = (f: () => unknown) => {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
const timeIt = (f: () => unknown, runs: number, warm: number) => {
  for (let i = 0; i < warm; i++) f();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) ts.push(cpu(f));
  return median(ts);
};
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));

const DAY = '2026-06-30';
const rows: string[] = [];
for (const scale of scales.length ? scales : [1, 10, 100]) {
  const data = toData(
    scale === 1 ? files : { ...scaleDataset(files, scale), 'faults.json': files['faults.json'], 'corridors.json': files['corridors.json'] },
  );
  // 1. counts
  const cut = { day: DAY, corridors: ['corridor-luzon-strait', 'corridor-strait-of-malacca'] };
  const t = performance.now();
  analyse(data, cut);
  const first = performance.now() - t;
  const time = (s: Parameters<typeof analyse>[1]) => timeIt(() => analyse(data, s), 200, 20);
  console.log(
    `${scale}x (${data.cables.length} cables): first call ${first.toFixed(2)} ms; median ${time({ day: DAY }).toFixed(3)} ms (the day), ${time(cut).toFixed(3)} ms (two corridors cut)`,
  );
  // 2. routes
  const runs = scale === 1 ? 50 : scale <= 10 ? 20 : 5;
  const warm = scale === 1 ? 20 : scale <= 10 ? 5 : 1;
  const firstBuild = cpu(() => buildGraph(data));
  const g0 = buildGraph(data);
  const build = timeIt(() => buildGraph(data), Math.max(3, Math.floor(runs / 2)), warm);
  const luzon = { day: DAY, corridors: ['corridor-luzon-strait'] };
  const firstAll = cpu(() => analyseNetwork(data, { day: DAY })); // builds and caches the graph, then measures
  const day = timeIt(() => analyseNetwork(data, { day: DAY }), runs, warm);
  const withCut = timeIt(() => analyseNetwork(data, luzon), runs, warm);
  let mc = '–';
  if (scale === 1) {
    const stats = faultStatistics(data.cables, data.faults);
    const L = liveGraph(g0, applyScenario(g0, data, { day: DAY }).alive);
    const o = {
      seed: 1,
      draws: 10_000,
      ratePer1000KmYear: stats.ratePer1000KmYear,
      repairDays: stats.repairDays,
      countries: NETWORK_COUNTRIES,
    };
    mc = ms(timeIt(() => monteCarlo(L, o), 5, 1));
  }
  rows.push(
    `| ${scale}x | ${data.cables.length} | ${g0.nodes.length} / ${g0.edges.length} | ${ms(firstBuild)} / ${ms(build)} | ${ms(firstAll)} | ${ms(day)} | ${ms(withCut)} | ${ms(build + day)} | ${mc} |`,
  );
}
console.log(`
Route-based network model (median CPU ms; Node ${process.version}, one core)

| scale | cables | nodes / edges | graph build, first / median | first call (build + measures) | measures, the day | measures, Luzon Strait cut | build + measures | Monte Carlo, 10,000 years |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}`);
