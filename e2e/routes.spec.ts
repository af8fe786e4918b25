import { expect, loneFeaturePoint, mapIdle, test } from './fixtures';

/** The source's features as the map holds them (the route model's layers). */
const sourceCount = (page: import('@playwright/test').Page, source: string) =>
  page.evaluate((s) => {
    const atlas = (window as unknown as { __atlas?: { map: { querySourceFeatures: (s: string) => unknown[] } } }).__atlas;
    return atlas ? atlas.map.querySourceFeatures(s).length : -1;
  }, source);

test.describe('the route model in the interface', () => {
  test('a country’s routes are drawn on the map and read in the panel', async ({ page }) => {
    await page.goto('./#country=VN&lang=en');
    const section = page.getByRole('region', { name: 'How exposed' });
    const outside = section.locator('[data-figure="routes-outside"]');
    await expect(outside).toHaveText(/^\d+ independent routes?$/, { timeout: 30_000 });
    const n = Number(/\d+/.exec((await outside.textContent())!)![0]);
    expect(n).toBeGreaterThan(0);
    await expect(section.locator('[data-route]')).toHaveCount(Math.min(n, 12)); // the first 12 listed, as the panel says
    await expect(section.locator('[data-latency="SG"]')).toContainText('great circle');
    await expect(page.locator('[data-legend="routes"]')).toContainText('Surviving routes to outside the region: Vietnam');
    await mapIdle(page);
    await expect.poll(() => sourceCount(page, 'routes'), { timeout: 30_000 }).toBeGreaterThan(0);
  });

  test('a segment is cut from a cable panel, into the link', async ({ page }) => {
    await page.goto('./#sel=cable-sea-me-we-3&lang=en');
    const seg = page.locator('.segment-cuts [data-segment]').first();
    await expect(seg).toBeVisible({ timeout: 30_000 });
    const id = await seg.getAttribute('data-segment');
    await seg.getByRole('button').click();
    await expect(seg.getByRole('button')).toHaveAttribute('aria-pressed', 'true');
    expect(decodeURIComponent(page.url())).toContain(`seg=${id}`);
  });

  test('clicking a cable on the map offers the segment nearest the click; Cut puts it in the link, reload keeps it', async ({ page }) => {
    await page.goto('./#lang=en');
    await mapIdle(page);
    const where = await loneFeaturePoint(page, 'submarine-cable');
    await page.locator('.map canvas').click({ position: { x: where.x, y: where.y } });
    const offer = page.locator('.segment-cuts [data-nearest]');
    await expect(offer).toBeVisible({ timeout: 60_000 });
    const id = (await offer.getAttribute('data-nearest'))!;
    expect(id.startsWith(`${where.id}:s`)).toBe(true);
    await offer.getByRole('button', { name: /^Cut segment / }).click();
    await expect.poll(async () => decodeURIComponent(await page.evaluate(() => location.hash))).toContain(`seg=${id}`);
    await page.reload();
    const row = page.locator(`.segment-cuts [data-segment="${id}"] button`);
    await expect(row).toHaveAttribute('aria-pressed', 'true', { timeout: 60_000 });
  });

  test('a shared link with a corridor cut reopens the same routes in a fresh browser', async ({ page, browser }) => {
    await page.goto('./#country=VN&corr=corridor-luzon-strait&lang=en');
    const figs = async (p: import('@playwright/test').Page) => {
      const s = p.getByRole('region', { name: 'How exposed' });
      await expect(s.locator('[data-figure="routes-outside"]')).toBeVisible({ timeout: 30_000 });
      return [
        await s.locator('[data-figure="routes-outside"]').textContent(),
        await s.locator('[data-figure="routes-outside-before"]').textContent(),
        await s.locator('[data-route]').allTextContents(),
        await s.locator('[data-latency]').allTextContents(),
      ];
    };
    const first = await figs(page);
    await mapIdle(page);
    await expect.poll(() => sourceCount(page, 'cut-corridors'), { timeout: 30_000 }).toBeGreaterThan(0);
    const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const p2 = await other.newPage();
    await p2.goto(page.url());
    expect(await figs(p2)).toEqual(first);
    await other.close();
  });

  test('a Chinese reader on a phone reads the routes and the Resilience tables without sideways scroll', async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await ctx.newPage();
    await page.goto('./#country=LA&lang=zh');
    await expect(page.getByText('连接方式（路由模型）')).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('[data-figure="routes-outside"]')).toHaveText(/\d+ 条独立路由/, { timeout: 30_000 });
    await page.goto('./#panel=resilience&lang=zh&corr=corridor-luzon-strait');
    await expect(page.locator('.route-table tbody tr')).toHaveCount(12, { timeout: 30_000 });
    await expect(page.locator('.cut-matrix')).toBeVisible();
    for (const sel of ['.route-table', '.cut-matrix']) {
      const fits = await page.locator(sel).evaluate((t) => {
        const panel = t.closest('section, aside, .panel') ?? t.parentElement!;
        return t.scrollWidth <= panel.clientWidth + 1;
      });
      expect(fits, `${sel} fits its panel`).toBe(true);
    }
    await ctx.close();
  });
});
