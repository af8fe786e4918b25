import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, mapIdle, test } from './fixtures';

/**
 * A long session must not leak: after forced garbage collection the main thread's JS heap
 * returns to within 10 % of where it started. Split by activity so each test stays well
 * inside its time budget; each warms up first (lazy chunks, first import), so what is
 * measured is the activity repeated, not code loading once.
 */
const heap = async (page: Page): Promise<number> => {
  const cdp = await page.context().newCDPSession(page);
  // twice: objects freed by the first collection's finalizers go in the second
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
};
const MB = (b: number) => `${(b / 1e6).toFixed(1)} MB`;

async function measure(page: Page, name: string, warmUp: () => Promise<void>, session: () => Promise<void>) {
  await warmUp();
  await mapIdle(page);
  const start = await heap(page);
  await session();
  await mapIdle(page);
  const end = await heap(page);
  test
    .info()
    .annotations.push({ type: 'heap', description: `${name}: ${MB(start)} → ${MB(end)} (${((end / start - 1) * 100).toFixed(1)} %)` });
  console.log(`heap ${name}: ${MB(start)} -> ${MB(end)} (${((end / start - 1) * 100).toFixed(1)} %)`);
  expect(end, `${name}: heap ${MB(start)} → ${MB(end)}`).toBeLessThanOrEqual(start * 1.1);
}

/** Clicks elements in the page itself, one after another, letting a frame pass after each
 * (Playwright's per-click checks would make hundreds of clicks take minutes on SwiftShader). */
const clickInPage = (page: Page, selectors: string[], waitFor?: { open: string }) =>
  page.evaluate(
    async ({ selectors, waitFor }) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const until = async (ok: () => boolean) => {
        for (let i = 0; i < 500 && !ok(); i++) await frame();
        if (!ok()) throw new Error('timed out');
      };
      for (const sel of selectors) {
        await until(() => !!document.querySelector(sel));
        (document.querySelector(sel) as HTMLElement).click();
        await frame();
        if (waitFor) {
          // an asset panel: wait for it, then close it with Escape as a reader would
          await until(() => !!document.querySelector(waitFor.open));
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
          await until(() => !document.querySelector(waitFor.open));
        }
      }
    },
    { selectors, waitFor },
  );

test.describe('a long session', () => {
  test('opening and closing 100 asset panels', async ({ page }) => {
    // assets in the region (the map need not move to show them), opened as a link or the
    // search would (the hash), closed with Escape
    const files = ['nodes', 'cloud-centres', '5g', 'land-fibre'].map((f) =>
      JSON.parse(readFileSync(`geodata/${f}.geojson`, 'utf8')).features.map((x: any) => x.properties.id as string),
    );
    const ids: string[] = files.flat();
    await page.goto('./#lang=en');
    await mapIdle(page);
    const open = (list: string[]) =>
      page.evaluate(
        async ({ list }) => {
          const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          const until = async (ok: () => boolean) => {
            for (let i = 0; i < 500 && !ok(); i++) await frame();
            if (!ok()) throw new Error('timed out');
          };
          for (const id of list) {
            location.hash = `lang=en&sel=${id}`;
            await until(() => !!document.querySelector('article.asset-panel'));
            document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
            await until(() => !document.querySelector('article.asset-panel'));
          }
        },
        { list },
      );
    const run = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ids[(from + i) % ids.length]!);
    await measure(
      page,
      '100 asset panels',
      // the warm-up opens an asset of every file, so each file's records (loaded once, on the
      // first panel of its type) are in memory before the measure, as the other tests' are
      () => open([...files.map((f) => f[0]!), ...run(10, 50)]),
      () => open(run(100, 0)),
    );
  });

  test('every layer switched 50 times', async ({ page }) => {
    await page.goto('./#lang=en');
    await mapIdle(page);
    const n = await page.locator('.legend-row input[type=checkbox]').count();
    const boxes = Array.from({ length: n }, (_, i) => `.legend-row:nth-child(${i + 1}) input[type=checkbox]`);
    await measure(
      page,
      'every layer x50',
      () => clickInPage(page, [...boxes, ...boxes]),
      () => clickInPage(page, Array.from({ length: 50 }, () => boxes).flat()),
    );
  });

  test('20 filter changes', async ({ page }) => {
    await page.goto('./#lang=en');
    await mapIdle(page);
    await page.locator('.filters summary').click();
    const chips = await page.locator('.filters fieldset').first().locator('input[type=checkbox]').count();
    const sel = (i: number) =>
      i % 2
        ? `.filters fieldset:nth-of-type(2) .chip-check:nth-child(${(i % 4) + 1}) input`
        : `.filters fieldset:nth-of-type(1) .chip-check:nth-child(${(i % chips) + 1}) input`;
    await measure(
      page,
      '20 filter changes',
      async () => {
        await clickInPage(page, [sel(0), sel(1), sel(0), sel(1)]);
      },
      async () => {
        await clickInPage(
          page,
          Array.from({ length: 20 }, (_, i) => sel(i)),
        );
        await mapIdle(page);
      },
    );
  });

  test('five imports and removals', async ({ page }) => {
    await page.goto('./#lang=en');
    await mapIdle(page);
    const body = readFileSync('e2e/data/points-lines-polygons.geojson');
    const cycle = async (i: number) => {
      await page.locator('.io input[type=file]').setInputFiles([{ name: `f${i}.geojson`, mimeType: 'application/geo+json', buffer: body }]);
      const row = page.locator('.imported-layers li');
      await expect(row).toContainText('6 features');
      await mapIdle(page);
      await row.getByRole('button', { name: /Remove/ }).click();
      await expect(row).toHaveCount(0);
    };
    await measure(
      page,
      '5 imports and removals',
      () => cycle(0),
      async () => {
        for (let i = 1; i <= 5; i++) await cycle(i);
      },
    );
  });
});
