/** `npm run validate [dir]`: checks geodata/ (or another folder) and exits 1 naming each problem. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, validateDataset } from '../src/data/validate';

const dir = process.argv[2] ?? 'geodata';
const files: Record<string, unknown> = {};
const problems: string[] = [];
for (const name of readdirSync(dir)) {
  if (!/\.(geo)?json$/.test(name)) continue;
  try {
    files[name] = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  } catch (e) {
    problems.push(`${name}: is not valid JSON (${(e as Error).message})`);
  }
}
// staleness is judged against today (UTC), so CI catches a planned date that has passed
const today = process.env.VALIDATE_TODAY ?? new Date().toISOString().slice(0, 10);
problems.push(...validateDataset(files, { today }).map(formatProblem));
if (problems.length) {
  console.error(`geodata check failed in ${dir}/ with ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`geodata check passed: ${Object.keys(files).length} files in ${dir}/`);
