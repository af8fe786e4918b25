import type { Page } from '@playwright/test';
import { expect, mapIdle, test } from './fixtures';

/** The ids of a layer's features MapLibre has drawn in the current view. */
const drawn = (page: Page, layer: string) =>
  page.evaluate(
    (l) => [...new Set((window as any).__atlas.map.queryRenderedFeatures({ layers: [l] }).map((f: any) => f.properties.id))],
    layer,
  );
const camera = (page: Page) => page.evaluate(() => (window as any).__atlas.camera());

test.describe('the whole network, through its life', () => {
  test('as of 2023 SEA-ME-WE 3 is in service and ADC under construction; as of 2026 ADC is in service and SEA-ME-WE 3 is gone', async ({
    page,
  }) => {
    await page.goto('./#asof=2023&panel=list&layers=submarine-cable&lang=en');
    await mapIdle(page);
    const row = (id: string) => page.locator(`tr[data-id="${id}"] td[data-col="status"]`);
    await expect(row('cable-sea-me-we-3')).toHaveText('Operational');
    await expect(row('cable-adc')).toHaveText('Under construction');
    expect(await drawn(page, 'submarine-cable:line')).toContain('cable-sea-me-we-3');
    await page.goto('./#asof=2026&panel=list&layers=submarine-cable&lang=en');
    await mapIdle(page);
    await expect(row('cable-adc')).toHaveText('Operational');
    await expect(page.locator('tr[data-id="cable-sea-me-we-3"]')).toHaveCount(0);
    expect(await drawn(page, 'submarine-cable:line')).not.toContain('cable-sea-me-we-3');
    // the legend says what happened to it
    await expect(page.locator('[data-note="cable-status"]')).toContainText('Retired cables are not drawn');
  });

  test('a landing station’s panel lists its cables by status; SJC lands in Brunei at Telisai', async ({ page }) => {
    await page.goto('./#sel=lp-tuas&lang=en');
    await mapIdle(page);
    const panel = page.getByRole('article');
    await expect(panel.getByRole('heading', { name: /Cables landing here, by status/ })).toBeVisible();
    await expect(panel.getByRole('button', { name: /Asia Direct Cable/ })).toBeVisible();
    await page.goto('./#sel=cable-sjc&lang=en');
    await expect(page.getByRole('article').getByRole('button', { name: 'Telisai', exact: true })).toBeVisible();
    await expect(page.getByRole('article').getByRole('button', { name: /Tungku/ })).toHaveCount(0);
  });

  test('selecting a cable keeps the reader’s place when part of it is in view', async ({ page }) => {
    await page.goto('./#map=6/3.81/103.33&panel=list&layers=submarine-cable&lang=en');
    await mapIdle(page);
    const before = await camera(page);
    await page.getByRole('button', { name: 'Asia Pacific Gateway (APG)' }).click();
    await mapIdle(page);
    const after = await camera(page);
    expect(after.zoom).toBe(before.zoom);
    expect(Math.abs(after.lat - before.lat)).toBeLessThan(0.05);
    expect(Math.abs(after.lon - before.lon)).toBeLessThan(0.05);
  });
});

test.describe('the rest of the region', () => {
  test('Timor-Leste opens from search and says the paper predates its membership', async ({ page }) => {
    await page.goto('./#lang=en');
    await mapIdle(page);
    await page.locator('#atlas-search').fill('East Timor');
    await page
      .getByRole('option', { name: /Timor-Leste/ })
      .first()
      .click();
    const panel = page.getByRole('article');
    await expect(panel.getByRole('heading', { name: 'Timor-Leste' })).toBeVisible();
    await expect(panel.getByRole('note')).toContainText('after the paper was written');
    await expect(panel.locator('[data-note="asean"]')).toContainText('2025-10-26');
  });

  test('as of 2024 the overview counts ten ASEAN members; now eleven', async ({ page }) => {
    await page.goto('./#asof=2024&lang=en');
    await mapIdle(page);
    await expect(page.locator('[data-counts="members"]')).toContainText('ASEAN member states in 2024: 10.');
    await expect(page.locator('[data-counts="members"]')).not.toContainText('Timor-Leste');
    await page.goto('./#lang=en');
    await expect(page.locator('[data-counts="members"]')).toContainText(': 11.');
  });

  test('the owner filter by home economy narrows the cloud layer to Chinese or US providers', async ({ page }) => {
    await page.goto('./#layers=cloud-centre&panel=list&lang=en');
    await mapIdle(page);
    const rows = page.locator('tr[data-id^="cloud-"]');
    const all = await rows.count();
    await page.locator('.filters summary').click();
    await page
      .getByRole('group', { name: /based in/ })
      .getByLabel('China', { exact: true })
      .check();
    await mapIdle(page);
    const cn = await rows.count();
    expect(cn).toBeGreaterThan(10);
    expect(cn).toBeLessThan(all);
    await expect(page.locator('tr[data-id="cloud-aws-singapore"]')).toHaveCount(0);
    await expect(page.locator('tr[data-id="cloud-alibaba-singapore"]')).toHaveCount(1);
    expect(await page.evaluate(() => location.hash)).toContain('home=CN');
    // the map follows: no US region drawn
    expect(await drawn(page, 'cloud-centre:point')).not.toContain('cloud-aws-singapore');
  });

  test('search finds what readers type, in both languages', async ({ page }) => {
    await page.goto('./#lang=en');
    await mapIdle(page);
    const box = page.locator('#atlas-search');
    await box.fill('Vietnam');
    await expect(page.getByRole('option', { name: /Vietnam · Country/ })).toBeVisible();
    await box.fill('submarine');
    await expect(page.getByRole('option', { name: /All: Submarine cable/ })).toBeVisible();
    await page.getByRole('button', { name: '中文' }).click();
    await box.fill('中国移动');
    await expect(page.getByRole('option', { name: /SJC2/ })).toBeVisible();
    await box.fill('海缆');
    await expect(page.getByRole('option', { name: /全部：海底光缆/ })).toBeVisible();
  });
});

test.describe('keyboard', () => {
  test('a focused map shows a ring and says how to choose features; "/" jumps to search', async ({ page }) => {
    await page.goto('./#lang=en');
    await mapIdle(page);
    await page.locator('.map canvas').focus();
    await page.keyboard.press('ArrowRight'); // a keyboard interaction makes the focus visible
    await expect(page.locator('#map-keys')).toBeVisible();
    await expect(page.locator('#map-keys')).toContainText('search');
    const outline = await page.locator('.map canvas').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('/');
    await expect(page.locator('#atlas-search')).toBeFocused();
  });
});

test.describe('counts and the phone', () => {
  test('a country panel’s count is the number of rows the list it opens shows', async ({ page }) => {
    await page.goto('./#country=VN&lang=en');
    await mapIdle(page);
    const link = page.getByRole('article').getByRole('button', { name: /Communication nodes/ });
    const n = Number((await link.textContent())!.match(/\d+/)![0]);
    expect(n).toBeGreaterThan(0);
    await link.click();
    await expect(page.locator('.asset-list tbody tr')).toHaveCount(n);
  });

  test('on a phone the bottom sheet can be dragged taller and tapped back', async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: false });
    const page = await ctx.newPage();
    await page.goto('./#lang=en');
    await mapIdle(page);
    const panel = page.locator('aside.panel');
    const h0 = (await panel.boundingBox())!.height;
    const handle = page.locator('.sheet-handle');
    const b = (await handle.boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2, b.y - 200, { steps: 8 });
    await page.mouse.up();
    const h1 = (await panel.boundingBox())!.height;
    expect(h1).toBeGreaterThan(h0 + 150);
    await expect(handle).toHaveAttribute('aria-label', /now \d+% of the screen/);
    // the map centres above the sheet: its padding follows the sheet's height
    const pad = await page.evaluate(() => (window as any).__atlas.map.getPadding().bottom);
    expect(pad).toBeGreaterThan(h0);
    await ctx.close();
  });
});
