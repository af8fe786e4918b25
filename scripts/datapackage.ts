/**
 * `npm run datapackage`: writes geodata/datapackage.json (a Frictionless Data Package
 * listing every file in geodata/) and geodata/schema/*.schema.json (JSON Schema generated
 * from the zod schemas in src/data/schema.ts, the one schema the app and CI validate
 * against). `--check` exits 1 when either is out of date (scripts/datapackage.test.ts runs
 * the same comparison in npm test).
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataPackage } from './datapackage-build';

const dir = 'geodata';
const { pkg, schemas } = buildDataPackage(dir);
const check = process.argv.includes('--check');
const wanted: Record<string, string> = { 'datapackage.json': JSON.stringify(pkg, null, 2) + '\n' };
for (const [name, s] of Object.entries(schemas)) wanted[`schema/${name}`] = JSON.stringify(s, null, 2) + '\n';
let stale = 0;
for (const [path, text] of Object.entries(wanted)) {
  const full = join(dir, path);
  const now = existsSync(full) ? readFileSync(full, 'utf8') : null;
  if (now === text) continue;
  if (check) {
    console.error(`${full} is out of date: run npm run datapackage`);
    stale++;
  } else {
    mkdirSync(join(dir, 'schema'), { recursive: true });
    writeFileSync(full, text);
    console.log(`wrote ${full}`);
  }
}
process.exit(stale ? 1 : 0);
