/**
 * The one oracle every hostile case is checked against, and the per-case record the report
 * is built from. A case passes when, after its input:
 * - the page is not blank: the title heading shows, the page has text, no part of it fell
 *   to the error boundary ("could not be shown");
 * - no uncaught page error fired, no dialog opened, no request left the origin;
 * - nothing from the data was rendered as markup: no element the payloads would create
 *   (`.hostile-mark`, `img[src=x]`, a `javascript:` link), `window.__pwned` unset;
 * - where the input was rejected or changed, a visible message says so (each class names
 *   the message it expects).
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

export const RESULTS_DIR = 'hostile-results';
export const CASES_FILE = `${RESULTS_DIR}/cases.jsonl`;

/** The markup a hostile value carries: what would appear in the page if it were rendered. */
export const MARKUP = '<img src=x onerror="window.__pwned=1"><b class="hostile-mark">bold</b>';
export const SCRIPT_URL = 'javascript:window.__pwned=1';

export interface CaseResult {
  class: 'links' | 'files' | 'imports';
  id: string;
  /** What was tried, short (a link's hash, a file and its corruption). */
  input: string;
  failures: string[];
  ms: number;
}

/** Listens to one page for what no input may cause; `take()` returns and clears it. */
export function watch(page: Page, baseURL: string) {
  let seen: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (['data:', 'blob:'].includes(u.protocol)) return;
    if (u.origin !== origin) seen.push(`request off the origin: ${r.url().slice(0, 120)}`);
  });
  page.on('pageerror', (e) => seen.push(`uncaught page error: ${e.message.slice(0, 300)}`));
  page.on('crash', () => seen.push('the tab crashed'));
  page.on('dialog', (d) => {
    seen.push(`a dialog opened: ${d.message().slice(0, 80)}`);
    void d.dismiss();
  });
  return {
    take(): string[] {
      const out = seen;
      seen = [];
      return out;
    },
  };
}
export type Watcher = ReturnType<typeof watch>;

/** The page-level checks: not blank, no crashed part, no markup from data. */
export async function pageProblems(page: Page): Promise<string[]> {
  if (page.isClosed()) return ['the page closed'];
  const out: string[] = [];
  let s: { h1: boolean; text: number; failedPart: string | null; marks: number; pwned: boolean };
  try {
    s = await page.evaluate(() => {
      const h1 = document.querySelector('h1');
      const failed = document.querySelector('.part-failed');
      return {
        h1: !!h1 && h1.getBoundingClientRect().height > 0,
        text: document.body.innerText.trim().length,
        failedPart: failed ? (failed.textContent ?? '').slice(0, 160) : null,
        marks: document.querySelectorAll('.hostile-mark, img[src="x"], a[href^="javascript:" i], [onerror]').length,
        pwned: (window as any).__pwned !== undefined,
      };
    });
  } catch (e) {
    return [`the page could not be inspected: ${(e as Error).message.slice(0, 160)}`];
  }
  if (!s.h1 || s.text < 40) out.push(`blank page (title shown: ${s.h1}, ${s.text} characters of text)`);
  if (s.failedPart !== null) out.push(`a part of the page failed: ${s.failedPart}`);
  if (s.marks) out.push(`${s.marks} element(s) rendered from hostile markup`);
  if (s.pwned) out.push('a script from the data ran (window.__pwned is set)');
  return out;
}

/** Waits (up to `timeout`) until, for each of `says`, a visible element of `where` contains
 * it (with no `says`: any visible element of `where`); returns the failure, or null. */
export async function messageProblem(
  where: Locator,
  says: ReadonlyArray<string | RegExp>,
  what: string,
  timeout = 15_000,
): Promise<string | null> {
  const visible = where.filter({ visible: true });
  const start = Date.now();
  const missing: Array<string | RegExp> = [];
  for (const s of says.length ? says : [null]) {
    const loc = s === null ? visible : visible.filter({ hasText: s });
    try {
      await loc.first().waitFor({ state: 'visible', timeout: Math.max(1_000, timeout - (Date.now() - start)) });
    } catch {
      missing.push(s ?? '');
    }
  }
  if (!missing.length) return null;
  const shown = await visible
    .allInnerTexts()
    .then((t) => t.join(' | ').replace(/\s+/g, ' ').slice(0, 200))
    .catch(() => '');
  const saying = says.length ? ` saying ${missing.map((s) => String(s)).join(' and ')}` : '';
  return `no visible ${what}${saying}${shown ? ` (shown: ${shown})` : ''}`;
}

/** Adds one case to the run's record (the report is built from it at the end). */
export function record(r: CaseResult): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  appendFileSync(CASES_FILE, JSON.stringify(r) + '\n');
}

/** Runs one case with the oracle: `run` does the input and returns its own failures (the
 * expected message); the watcher's and the page checks are added. Never throws. */
export async function runCase(
  page: Page,
  w: Watcher,
  c: { class: CaseResult['class']; id: string; input: string },
  run: () => Promise<Array<string | null>>,
  /** Runs after the checks (leaving the case's state); what fails meanwhile is the case's. */
  after?: () => Promise<unknown>,
): Promise<CaseResult> {
  const t0 = Date.now();
  w.take();
  let own: string[];
  try {
    own = (await run()).filter((x): x is string => x !== null);
  } catch (e) {
    own = [`the case could not run: ${(e as Error).message.split('\n')[0]!.slice(0, 200)}`];
  }
  const checked = await pageProblems(page);
  if (after) await after().catch((e: Error) => own.push(`leaving the case failed: ${e.message.split('\n')[0]!.slice(0, 160)}`));
  const failures = [...own, ...checked, ...w.take()];
  const r: CaseResult = { ...c, input: c.input.slice(0, 300), failures, ms: Date.now() - t0 };
  record(r);
  return r;
}
