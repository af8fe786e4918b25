/**
 * The hostile rerun (issue 23): generated links, corrupted data files and imports, each
 * through the oracle in ./oracle.ts. A case's failure is recorded, not thrown, so one run
 * gives every count; each test fails at its end if any of its cases did.
 * Run with `npm run hostile`; the report is hostile-results/report.json.
 */
import { mkdirSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { linkCases } from './links';
import { fileCases } from './files';
import { importCases } from './imports';
import { messageProblem, RESULTS_DIR, runCase, watch, type CaseResult } from './oracle';

/** HOSTILE_ONLY=a|b replays only the cases whose id contains one of these (e.g. "timeline.json"). */
const wanted = process.env.HOSTILE_ONLY?.split('|');
const only = <T extends { id: string }>(xs: T[]): T[] => (wanted ? xs.filter((x) => wanted.some((w) => x.id.includes(w))) : xs);
const chunks = <T>(xs: T[], n: number): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
const failed = (rs: CaseResult[]) => rs.filter((r) => r.failures.length).map((r) => `${r.id}: ${r.failures.join('; ')}`);
const ready = async (page: Page) => {
  await page.locator('h1').first().waitFor();
  await expect(page.locator('html')).toHaveAttribute('data-map', 'idle', { timeout: 60_000 });
};
/** Lets what a change started run (effects, a frame) before the page is checked. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));

const FILES = only(fileCases());

test.describe('data files', () => {
  chunks(FILES, 25).forEach((batch, b) =>
    test(`corrupted data files, batch ${b + 1}`, async ({ page, baseURL }) => {
      const w = watch(page, baseURL!);
      const results: CaseResult[] = [];
      for (const [i, c] of batch.entries()) {
        const url = /\.geojson$/.test(c.file) ? `**/geodata/{,map/}${c.file}` : `**/geodata/${c.file}`;
        const r = await runCase(
          page,
          w,
          { class: 'files', id: c.id, input: `${c.file} (${c.body.length.toLocaleString('en')} bytes), opened at #${c.open}` },
          async () => {
            await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: c.body }));
            await page.goto(`./?file=${b * 25 + i}#${c.open}`);
            await page.locator('h1').first().waitFor();
            if (c.reveal === 'filters') {
              const filters = page.locator('details.filters');
              if (!(await filters.evaluate((d: HTMLDetailsElement) => d.open))) await filters.locator(':scope > summary').click();
            }
            // a message naming the file, where its feature lives
            const message = page.locator('[role=alert], .load-skipped, .legend-warn').filter({ hasText: c.file });
            if (c.expect === 'as-text') {
              // the page checks run once everything has loaded and drawn (the name included)
              await ready(page);
              await expect(page.getByText('Loading…')).toHaveCount(0);
              await settle(page);
              return [];
            }
            const where = c.expect === 'message' ? message : message.or(page.getByText(c.text!));
            return [
              await messageProblem(
                where,
                [],
                c.expect === 'message' ? `message naming ${c.file}` : `message naming ${c.file}, or "${c.text}" as text`,
              ),
            ];
          },
          () => page.unroute(url),
        );
        results.push(r);
      }
      expect(failed(results)).toEqual([]);
    }),
  );
});

const IMPORT_DIR = `${RESULTS_DIR}/imports`;
const IMPORTS = only(importCases());
/** Larger than this, a file goes to the browser by path (Playwright refuses bigger buffers). */
const BY_PATH = 40_000_000;

test.describe('imports', () => {
  chunks(IMPORTS, 15).forEach((batch, b) =>
    test(`hostile imports, batch ${b + 1}`, async ({ page, baseURL }) => {
      const w = watch(page, baseURL!);
      mkdirSync(IMPORT_DIR, { recursive: true });
      const results: CaseResult[] = [];
      for (const [i, c] of batch.entries()) {
        const r = await runCase(page, w, { class: 'imports', id: c.id, input: c.name }, async () => {
          await page.goto(`./?import=${b * 15 + i}#lang=en`);
          await ready(page);
          const body = c.body();
          let files: Parameters<Page['setInputFiles']>[1];
          if ('sparse' in body) {
            // a file of this size whose bytes never matter: the size is refused before reading
            const path = `${IMPORT_DIR}/${b}-${i}.geojson`;
            const fd = openSync(path, 'w');
            ftruncateSync(fd, body.sparse);
            closeSync(fd);
            files = path;
          } else if (body.length > BY_PATH) {
            const path = `${IMPORT_DIR}/${c.name}`;
            writeFileSync(path, body);
            files = path;
          } else files = { name: c.name, mimeType: 'application/geo+json', buffer: body };
          await page.locator('.io input[type=file]').setInputFiles(files);
          const shortName = c.name.replace(/\.[^.]*$/, '');
          const alert = page.locator('.io [role=alert]');
          const row = page.locator('.imported-layers li');
          const timeout = (c.slow ?? 30) * 1000;
          const out: Array<string | null> = [];
          if (c.either) {
            // a layer or a message: what a reader could have meant is kept, or said
            out.push(await messageProblem(alert.or(row), [], 'layer or message', timeout));
          } else {
            if (c.layer) out.push(await messageProblem(row, [shortName.slice(0, 40)], 'layer row for the file', timeout));
            if (c.message) out.push(await messageProblem(alert, c.message, 'import message', timeout));
          }
          if (c.open && (await row.count())) out.push(...(await openFirstFeature(page)));
          return out;
        });
        results.push(r);
      }
      expect(failed(results)).toEqual([]);
    }),
  );
});

const LINKS = only(linkCases());
/** Every tenth link opens in a fresh page load; the rest arrive as a new hash in the same page
 * (as a pasted link does), which keeps a few hundred links to minutes on two cores. */
const FRESH_EVERY = 10;

test.describe('links', () => {
  chunks(LINKS, 40).forEach((batch, b) =>
    test(`hostile links, batch ${b + 1}`, async ({ page, baseURL }) => {
      const w = watch(page, baseURL!);
      await page.goto('./#lang=en');
      await ready(page);
      const notice = page.locator('.notice');
      const lines = page.locator('.notice li, .notice summary');
      const results: CaseResult[] = [];
      for (const [i, c] of batch.entries()) {
        const n = b * 40 + i;
        const r = await runCase(
          page,
          w,
          { class: 'links', id: c.id, input: c.hash },
          async () => {
            if (n % FRESH_EVERY === 0) {
              await page.goto(`./?hostile=${n}#${c.hash}`);
              await page.locator('h1').first().waitFor();
            } else await page.evaluate((h) => void (location.hash = h), c.hash);
            const said = c.says.length ? await messageProblem(lines, c.says, 'link notice line') : null;
            await settle(page);
            return [said];
          },
          async () => {
            // a neutral link between cases clears the notice (two spellings of the same view,
            // so it always differs from the current hash; neither moves the map)
            await page.evaluate(() => (location.hash = location.hash === '#lang=en' ? 'lang=en&panel=overview' : 'lang=en'));
            await notice.waitFor({ state: 'detached', timeout: 10_000 });
          },
        );
        results.push(r);
      }
      expect(failed(results)).toEqual([]);
    }),
  );

  test('a 50-cable scenario survives Copy link, Cite this view and a fresh browser', async ({ page, browser, context, baseURL }) => {
    test.skip(only([{ id: '50 cut cables through Copy link and Cite' }]).length === 0);
    const w = watch(page, baseURL!);
    const r = await runCase(
      page,
      w,
      { class: 'links', id: '50 cut cables through Copy link and Cite', input: 'cut=<50 cables>' },
      async () => {
        const ids: string[] = await page.request
          .get('./geodata/submarine-cables.geojson')
          .then((res) => res.json())
          .then((j: any) => j.features.slice(0, 50).map((f: any) => f.properties.id));
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        await page.goto(`./#panel=resilience&lang=en&cut=${ids.join(',')}`);
        await ready(page);
        const problems: Array<string | null> = [];
        if (await page.locator('.notice').count()) problems.push(`a notice: ${await page.locator('.notice').innerText()}`);
        const cutOf = (u: string) => new URLSearchParams(new URL(u).hash.slice(1)).get('cut')?.split(',') ?? [];
        await page.getByRole('button', { name: 'Copy link' }).click();
        const link = await page.evaluate(() => navigator.clipboard.readText());
        if (cutOf(link).join() !== ids.join()) problems.push(`Copy link kept ${cutOf(link).length} of 50 cables`);
        await page.getByRole('button', { name: 'Cite this view' }).click();
        const gbt = await page.getByRole('dialog', { name: 'Cite this view' }).locator('pre[data-style="gbt"]').textContent();
        const cited = /https?:\/\/\S+/.exec(gbt ?? '')?.[0].replace(/\.$/, '') ?? '';
        if (cutOf(cited || 'http://x/').join() !== ids.join())
          problems.push(`Cite kept ${cutOf(cited || 'http://x/').length} of 50 cables`);
        await page.keyboard.press('Escape');
        const other = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
        const p2 = await other.newPage();
        await p2.goto(link);
        await ready(p2);
        if (await p2.locator('.notice').count())
          problems.push(`the fresh browser shows a notice: ${await p2.locator('.notice').innerText()}`);
        if (cutOf(p2.url()).join() !== ids.join()) problems.push(`the fresh browser kept ${cutOf(p2.url()).length} of 50 cables`);
        await other.close();
        return problems;
      },
    );
    expect(failed([r])).toEqual([]);
  });
});

/** Opens the first imported feature from the list; its panel must fit the page, show no
 * direction override and no run of 10,000 characters. */
async function openFirstFeature(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Asset list' }).click();
  await page.locator('.imported-rows button').first().click();
  const panel = page.getByRole('article');
  await panel.waitFor();
  await settle(page);
  const s = await page.evaluate(() => {
    const a = document.querySelector('article')!;
    const text = a.textContent ?? '';
    return {
      pageWide: document.documentElement.scrollWidth - window.innerWidth,
      panelWide: a.scrollWidth - a.clientWidth,
      bidi: /[\u202a-\u202e\u2066-\u2069]/.test(text),
      run: /(.)\1{9999}/.test(text),
    };
  });
  const out: string[] = [];
  if (s.pageWide > 1) out.push(`the page is ${s.pageWide} px wider than the window`);
  if (s.panelWide > 1) out.push(`the feature's panel overflows by ${s.panelWide} px`);
  if (s.bidi) out.push('a direction override is shown');
  if (s.run) out.push('a run of 10,000 characters is shown whole');
  return out;
}
