/**
 * `npm run bench:exposure [scale…]`: how long the exposure analysis (src/analysis) takes to
 * answer for all twelve states, on the real data (1x) and on bench/generate.ts's 10x and
 * 100x copies. Node, one core; the median of 200 runs after 20 warm-up runs, for the day's
 * figures alone and with two corridors cut; plus the first call (corridor crossings not yet
 * cached). Asserts nothing: the figure goes in README.md (Performance).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, type ExposureData } from '../src/analysis/exposure';
import { AssetCollection, CorridorsFile, FaultsFile } from '../src/data/schema';
import { scaleDataset } from './generate';

const scales = process.argv.slice(2).map(Number).filter(Boolean);
const files: Record<string, unknown> = {};
for (const n of readdirSync('geodata')) if (/\.(geo)?json$/.test(n)) files[n] = JSON.parse(readFileSync(join('geodata', n), 'utf8'));

const assets = (f: Record<string, unknown>, name: string) => AssetCollection.parse(f[name]).features;
const toData = (f: Record<string, unknown>): ExposureData => ({
  cables: assets(f, 'submarine-cables.geojson'),
  landings: assets(f, 'landing-points.geojson'),
  fibre: assets(f, 'land-fibre.geojson'),
  faults: FaultsFile.parse(f['faults.json']).faults,
  corridors: CorridorsFile.parse(f['corridors.json']).corridors,
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const scale of scales.length ? scales : [1, 10, 100]) {
  const data = toData(
    scale === 1 ? files : { ...scaleDataset(files, scale), 'faults.json': files['faults.json'], 'corridors.json': files['corridors.json'] },
  );
  const cut = { day: '2026-06-30', corridors: ['corridor-luzon-strait', 'corridor-strait-of-malacca'] };
  let t = performance.now();
  analyse(data, cut);
  const first = performance.now() - t;
  const time = (s: Parameters<typeof analyse>[1]) => {
    for (let i = 0; i < 20; i++) analyse(data, s);
    const runs: number[] = [];
    for (let i = 0; i < 200; i++) {
      t = performance.now();
      analyse(data, s);
      runs.push(performance.now() - t);
    }
    return median(runs);
  };
  console.log(
    `${scale}x (${data.cables.length} cables): first call ${first.toFixed(2)} ms; median ${time({ day: '2026-06-30' }).toFixed(3)} ms (the day), ${time(cut).toFixed(3)} ms (two corridors cut)`,
  );
}
