import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CASES_FILE, RESULTS_DIR, type CaseResult } from './oracle';

const CLASSES = ['links', 'files', 'imports'] as const;

/** Prints tried/failed per class and writes hostile-results/report.json: every case, its
 * input and its failures (none when it passed). */
export default function report(): void {
  const cases: CaseResult[] = existsSync(CASES_FILE)
    ? readFileSync(CASES_FILE, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as CaseResult)
    : [];
  const summary = Object.fromEntries(
    CLASSES.map((c) => {
      const mine = cases.filter((x) => x.class === c);
      return [c, { tried: mine.length, failed: mine.filter((x) => x.failures.length).length }];
    }),
  );
  const out = { date: new Date().toISOString(), summary, failed: cases.filter((c) => c.failures.length), cases };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(`${RESULTS_DIR}/report.json`, JSON.stringify(out, null, 2));
  console.log('\nHostile rerun: tried / failed');
  for (const c of CLASSES) console.log(`  ${c.padEnd(8)} ${String(summary[c]!.tried).padStart(4)} / ${summary[c]!.failed}`);
  for (const f of out.failed) console.log(`  ✗ ${f.class} ${f.id}: ${f.failures.join('; ')}`);
  console.log(`Report: ${RESULTS_DIR}/report.json`);
}
