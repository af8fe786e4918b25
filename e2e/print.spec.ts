import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { countColour, expect, mapIdle, test } from './fixtures';

/** Pages in a PDF Chromium wrote (its page objects are plain, not in object streams). */
const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** Prints the page to PDF (Chromium sends beforeprint and afterprint around it, so the map
 * is swapped for its image as in the print dialog). */
const printed = (page: Page, format: 'A4' | 'Letter', preferCSSPageSize = false): Promise<Buffer> =>
  page.pdf({ format, landscape: true, preferCSSPageSize, printBackground: true });

test.describe('fit to print', () => {
  test('the default view prints on one landscape page, A4 and Letter, with its keys, address and citation', async ({ page }) => {
    await page.goto('./#lang=en');
    await mapIdle(page);
    for (const f of ['A4', 'Letter'] as const) expect(pages(await printed(page, f)), f).toBe(1);
    expect(pages(await printed(page, 'A4', true))).toBe(1);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('img.map-print')).toBeVisible();
    const sheet = page.locator('.print-sheet');
    await expect(sheet.locator('.print-title')).toContainText('China–ASEAN Digital Infrastructure Atlas');
    await expect(sheet.locator('.print-facts')).toContainText('Day shown: today');
    await expect(sheet.locator('.print-keys')).toContainText('Submarine cables');
    await expect(sheet.locator('.print-keys')).toContainText('Dashed: under construction or planned');
    await expect(sheet.locator('.print-foot')).toContainText('#');
    await expect(sheet.locator('.print-foot')).toContainText('Cite as');
    await expect(page.getByRole('combobox')).toBeHidden();
  });

  test('the Resilience view with a corridor cut prints on one page, with the what-if and fault keys', async ({ page }) => {
    await page.goto('./#panel=resilience&corr=corridor-luzon-strait&lang=en');
    await mapIdle(page);
    for (const f of ['A4', 'Letter'] as const) expect(pages(await printed(page, f)), f).toBe(1);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const keys = page.locator('.print-keys');
    await expect(keys).toContainText('What-if: routes to outside the region');
    await expect(keys).toContainText('Cut off: no independent route to outside the region left');
    await expect(keys).toContainText('Cable impaired on the day analysed');
    await expect(page.locator('.print-facts')).toContainText('What-if: cut Luzon Strait');
    await expect(page.locator('.print-facts')).not.toContainText('No filters; ');
  });

  test('a selected asset prints on one page and is named; in Chinese too', async ({ page }) => {
    await page.goto('./#sel=cable-apg&lang=zh&choro=5g-launch-year');
    await mapIdle(page);
    expect(pages(await printed(page, 'A4'))).toBe(1);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-facts')).toContainText('已选：');
    await expect(page.locator('.print-keys')).toContainText('无数据');
    await expect(page.locator('.print-facts')).toContainText('APG');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.locator('img.map-print')).toHaveCount(0);
    await expect(page.locator('.print-sheet')).toHaveCount(0);
  });
});

test.describe('the map image', () => {
  test('carries the what-if key and says the scenario, reachable with a cable’s panel open', async ({ page }) => {
    await page.goto('./#sel=cable-apg&corr=corridor-luzon-strait&lang=en');
    await mapIdle(page);
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toBeVisible();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Map image', exact: true }).click()]);
    const png = PNG.sync.read(readFileSync(await dl.path()));
    const canvas = await page.evaluate(() => {
      const c = document.querySelector('.map canvas') as HTMLCanvasElement;
      return { w: c.width, h: c.height, dpr: devicePixelRatio };
    });
    const ratio = Math.max(2, canvas.dpr);
    expect(png.width).toBe((canvas.w / canvas.dpr) * ratio);
    // the what-if's red chip is in the key box at the map's lower left
    const box = { x: 60 * ratio, y: png.height - 34 * ratio - 60 * ratio, r: 60 * ratio };
    expect(countColour(png, '#d7191c', box, 12)).toBeGreaterThan(20);
  });
});
