import { countColour, expect, mapIdle, mapPixels, test, axe } from './fixtures';

const WHAT_IF_REDUCED = '#fdae61'; // WHAT_IF_COLORS in src/derive/derive.ts

test.describe('dependence and resilience', () => {
  test('a country panel says how exposed it is, in plain words', async ({ page }) => {
    await page.goto('./#country=VN&asof=2026&lang=en');
    const section = page.getByRole('region', { name: 'How exposed' });
    await expect(section).toBeVisible();
    await expect(section.getByText('As of 2026-12-31')).toBeVisible();
    await expect(section.locator('[data-figure="systems"]')).toHaveText(/^\d+$/);
    expect(Number(await section.locator('[data-figure="systems"]').textContent())).toBeGreaterThan(1);
    await expect(section.getByText('A count of systems is a proxy', { exact: false })).toBeVisible();
    await expect(section.getByText('counts until its last dated report of impairment', { exact: false })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });

  test('a cable panel lists its faults and cuts it; faults are drawn on the map', async ({ page }) => {
    await page.goto('./#sel=cable-aag&lang=en');
    await mapIdle(page);
    const history = page.getByRole('region', { name: 'Fault history' });
    await expect(history.locator('li[data-fault]')).not.toHaveCount(0);
    await page.getByRole('button', { name: 'Cut this cable (what if)' }).click();
    expect(decodeURIComponent(page.url())).toContain('cut=cable-aag');
    await expect(page.getByRole('button', { name: 'Cut in the what-if scenario: restore' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByText('Cable fault (reported location)')).toBeVisible();
    await mapIdle(page);
    expect(countColour(await mapPixels(page), '#c00000')).toBeGreaterThan(20);
  });

  test('cutting corridors marks countries by their routes (counts as context), and the shared link opens the same scenario', async ({
    page,
    browser,
  }) => {
    await page.goto('./#asof=2026&lang=en');
    await mapIdle(page);
    await page.getByRole('button', { name: 'Resilience', exact: true }).click();
    const table = page.locator('.exposure-table');
    await expect(table).toBeVisible();
    const corridors = page.getByRole('group', { name: 'Corridors' });
    await corridors.getByLabel('Red Sea', { exact: false }).check();
    // by the count of systems Myanmar is left with none; by its routes to outside it keeps them
    const mm = table.locator('tr[data-country="MM"]');
    await expect(mm).toHaveClass(/flag-none/);
    await expect(mm.getByText('left with none')).toBeVisible();
    await expect(page.locator('.route-table tr[data-country="MM"]')).toHaveAttribute('data-loss', 'kept', { timeout: 60_000 });
    await expect(page.locator('.whatif-box')).toBeVisible();
    await corridors.getByLabel('South China Sea', { exact: false }).check();
    await expect(page.locator('.route-table tr[data-country="BN"]')).toHaveAttribute('data-loss', 'cut-off');
    await expect(page.locator('.route-table tr[data-country="PH"]')).toHaveAttribute('data-loss', 'reduced');
    await mapIdle(page);
    expect(countColour(await mapPixels(page), WHAT_IF_REDUCED)).toBeGreaterThan(50);
    const url = decodeURIComponent(page.url());
    for (const id of ['corridor-red-sea', 'corridor-south-china-sea']) expect(url).toContain(id);

    const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const p2 = await other.newPage();
    await p2.goto(page.url());
    await expect(p2.locator('.route-table tr[data-country="BN"]')).toHaveAttribute('data-loss', 'cut-off', { timeout: 60_000 }); // a cold worker on a shared machine
    await expect(p2.locator('.exposure-table tr[data-country="MM"]')).toHaveClass(/flag-none/);
    await expect(p2.getByRole('group', { name: 'Corridors' }).getByLabel('Red Sea', { exact: false })).toBeChecked();
    await other.close();
  });

  test('a fault from the log is replayed in one click', async ({ page }) => {
    await page.goto('./#panel=resilience&lang=en');
    await page.locator('li[data-fault="fault-2024-06-vietnam"]').getByRole('button', { name: 'Replay' }).click();
    await expect(page.getByText('Scenario day: 2024-06-13')).toBeVisible();
    await expect(page.locator('.exposure-table tr[data-country="VN"] td[data-col="impaired"]')).toHaveText('3');
    expect(decodeURIComponent(page.url())).toContain('day=2024-06-13');
  });

  test('a link with an unknown cable says so and keeps the rest', async ({ page }) => {
    await page.goto('./#panel=resilience&lang=en&cut=cable-nowhere,cable-aag');
    await expect(page.getByText('cut: no cable “cable-nowhere” in the data; ignored')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Cables cut' })).toBeVisible();
    await expect.poll(() => decodeURIComponent(page.url())).not.toContain('cable-nowhere');
  });

  test('a Chinese reader on a phone sees it in Chinese, side by side in the link', async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    const page = await ctx.newPage();
    await page.goto('./#panel=resilience&corr=corridor-red-sea&cmp=VN,SG');
    await expect(page.getByRole('heading', { name: '依赖与韧性' })).toBeVisible();
    await expect(page.locator('.exposure-table tr[data-country="MM"]').getByText('一条不剩')).toBeVisible();
    // side by side: the route model first (a Red Sea cut), the counts below as context
    const table = page.locator('.compare-table');
    await expect(table.locator('thead th')).toHaveCount(2);
    await expect(table.locator('thead th').first()).toHaveText(/^越南/);
    await expect(table.locator('tr[data-figure="outside"] td[data-country="VN"]')).toHaveText(/^\d+(→\d+)?$/, { timeout: 60_000 });
    await expect(table.locator('tr[data-figure="singapore"] td[data-country="SG"]')).toHaveText('·');
    await expect(table.locator('tr[data-figure="pair"] td')).toHaveText(/^\d+(→\d+)?$/);
    await expect(table.locator('tr[data-figure="rtt-hk"] td[data-country="SG"]')).toContainText('大圆');
    await expect(table.getByRole('rowheader', { name: '系统数量（参考）' })).toBeVisible();
    // fits the phone's panel: no sideways scroll
    const fits = await table.evaluate((t) => t.scrollWidth <= (t.closest('section') ?? t.parentElement!).clientWidth + 1);
    expect(fits, 'the comparison fits its panel').toBe(true);
    expect(await axe(page)).toEqual([]);
    await ctx.close();
  });
});

test.describe('one view, derived once', () => {
  /** What the map draws for the scenario: the red dashed cables and the land's colours. */
  const drawn = (page: import('@playwright/test').Page) =>
    page.evaluate(() => {
      const map = (window as any).__atlas.map;
      return {
        impaired: JSON.stringify(map.getFilter('faults:impaired')),
        land: JSON.stringify(map.getPaintProperty('base:land', 'fill-color')),
      };
    });

  test('a what-if switched in the Resilience tab draws the same map as the same link opened fresh', async ({ page, browser }) => {
    await page.goto('./#map=4.2/12/110&panel=resilience&corr=corridor-luzon-strait&lang=en');
    await mapIdle(page);
    const luzon = await drawn(page);
    const corridors = page.getByRole('group', { name: 'Corridors' });
    await corridors.getByLabel('Luzon Strait', { exact: false }).uncheck();
    await corridors.getByLabel('Strait of Malacca', { exact: false }).check();
    await expect.poll(() => decodeURIComponent(page.url())).toContain('corr=corridor-strait-of-malacca');
    await mapIdle(page);
    const switched = await drawn(page);
    expect(switched.impaired).not.toEqual(luzon.impaired); // Luzon's cables are no longer red

    const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const fresh = await other.newPage();
    await fresh.goto(page.url());
    await mapIdle(fresh);
    expect(await drawn(fresh)).toEqual(switched);
    await other.close();
  });

  test('a link with a year range opens the atlas, not a blank page', async ({ page }) => {
    await page.goto('./#yr=2020-&lang=en');
    await mapIdle(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.filters')).toHaveAttribute('open', '');
    await expect(page.getByRole('spinbutton', { name: 'from' })).toHaveValue('2020');
    await expect(page.locator('.part-failed')).toHaveCount(0);
  });

  test('Reset view ends the scenario too: no cut, corridor or replay day stays in the link', async ({ page }) => {
    await page.goto('./#panel=resilience&corr=corridor-luzon-strait&cut=cable-aag&day=2023-02-21&lang=en');
    await mapIdle(page);
    await expect(page.locator('.whatif-box')).toBeVisible();
    await page.getByRole('button', { name: 'Reset view' }).click();
    await mapIdle(page);
    const hash = decodeURIComponent(await page.evaluate(() => location.hash));
    for (const key of ['corr=', 'cut=', 'day=']) expect(hash).not.toContain(key);
    await expect(page.locator('.whatif-box')).toHaveCount(0);
  });
});
