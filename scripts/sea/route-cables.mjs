#!/usr/bin/env node
/**
 * Routes every submarine cable of geodata/submarine-cables.geojson at sea through its
 * landing points (geodata/landing-points.geojson) and writes the file back with only each
 * feature's `geometry` changed. Method: scripts/sea/README.md.
 *
 *   node scripts/sea/route-cables.mjs [--only <cable-id>[,<cable-id>…]] [--out <file>] [--dry-run]
 *                                     [--cables <file>] [--landings <file>]
 *
 * Per cable, route options come from `properties.route` ({ trunk?: ids[], allowLand?: boxes })
 * Prints per cable: segments, vertices, the share of length over 1:10m land (leaving out
 * 10 km round each landing), and the time taken. Exits 1 if a cable cannot be routed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatGeoJSON } from './format-geojson.mjs';
import { getGrid } from './grid.mjs';
import { overLandShare } from './over-land.mjs';
import { routeSystemDetailed } from './route.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');

const { values: args } = parseArgs({
  options: {
    only: { type: 'string', multiple: true },
    out: { type: 'string' },
    cables: { type: 'string', default: resolve(ROOT, 'geodata/submarine-cables.geojson') },
    landings: { type: 'string', default: resolve(ROOT, 'geodata/landing-points.geojson') },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  const doc =
    readFileSync(fileURLToPath(import.meta.url), 'utf8')
      .split('*/')[0]
      .split('/**')[1] ?? '';
  console.log(doc.replace(/^ \* ?/gm, '').trim());
  process.exit(0);
}

const cablesText = readFileSync(args.cables, 'utf8');
const cables = JSON.parse(cablesText);
const landingsFile = JSON.parse(readFileSync(args.landings, 'utf8'));
/** @type {Record<string, { trunk?: string[], allowLand?: number[][] }>} */

/** @type {Map<string, number[]>} */
const landingAt = new Map();
for (const f of landingsFile.features) landingAt.set(f.properties.id, f.geometry.coordinates);

const only = args.only ? new Set(args.only.flatMap((s) => s.split(','))) : null;
if (only) {
  const known = new Set(cables.features.map((/** @type {any} */ f) => f.properties.id));
  const unknown = [...only].filter((id) => !known.has(id));
  if (unknown.length) {
    console.error(`no such cable: ${unknown.join(', ')}`);
    process.exit(1);
  }
}

const t0 = performance.now();
const grid = getGrid();
console.log(`grid ${grid.width}×${grid.height} cells of ${grid.res}° ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const pad = (/** @type {unknown} */ s, /** @type {number} */ n) => String(s).padEnd(n);
const padL = (/** @type {unknown} */ s, /** @type {number} */ n) => String(s).padStart(n);
console.log(
  `${pad('cable', 28)}${padL('landings', 9)}${padL('segments', 9)}${padL('lines', 6)}${padL('vertices', 9)}${padL('max/line', 9)}${padL('km', 8)}${padL('over land', 10)}${padL('time', 8)}`,
);

let failed = 0,
  routed = 0,
  totalSegments = 0;
const tAll = performance.now();
for (const f of cables.features) {
  const p = f.properties;
  if (only && !only.has(p.id)) continue;
  const t = performance.now();
  try {
    const ids = p.landingPoints ?? [];
    const missing = ids.filter((/** @type {string} */ id) => !landingAt.has(id));
    if (missing.length) throw new Error(`unknown landing point(s) ${missing.join(', ')}`);
    if (ids.length < 2) throw new Error('needs at least two landing points');
    const landings = ids.map((/** @type {string} */ id) => ({ id, coordinates: /** @type {number[]} */ (landingAt.get(id)) }));
    const route = p.route ?? {};
    const { geometry, segments } = routeSystemDetailed(landings, { trunk: route.trunk, allowLand: route.allowLand, grid });
    const ol = overLandShare(
      geometry.coordinates,
      landings.map((l) => l.coordinates),
      { nearKm: 10 },
    );
    f.geometry = geometry;
    const vertices = geometry.coordinates.reduce((s, l) => s + l.length, 0);
    const maxLine = Math.max(...geometry.coordinates.map((l) => l.length));
    routed++;
    totalSegments += segments.length;
    console.log(
      `${pad(p.id, 28)}${padL(ids.length, 9)}${padL(segments.length, 9)}${padL(geometry.coordinates.length, 6)}${padL(vertices, 9)}${padL(maxLine, 9)}${padL(ol.totalKm.toFixed(0), 8)}${padL((ol.share * 100).toFixed(2) + '%', 10)}${padL(((performance.now() - t) / 1000).toFixed(2) + ' s', 8)}`,
    );
    if (route.allowLand?.length) console.log(`${' '.repeat(28)}(allowLand boxes: the over-land share includes the allowed crossing)`);
  } catch (e) {
    failed++;
    console.error(`${pad(p.id, 28)}FAILED: ${/** @type {Error} */ (e).message}`);
  }
}
const secs = (performance.now() - tAll) / 1000;
console.log(
  `${routed} cable(s), ${totalSegments} segment(s) routed in ${secs.toFixed(1)} s (${totalSegments ? ((secs * 1000) / totalSegments).toFixed(0) : 0} ms per segment)${failed ? `; ${failed} failed` : ''}`,
);

if (!args['dry-run']) {
  const out = args.out ? resolve(args.out) : args.cables;
  writeFileSync(out, formatGeoJSON(cables));
  console.log(`wrote ${out}`);
}
if (failed) process.exit(1);
