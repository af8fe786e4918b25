import { expect, mapIdle, test } from './fixtures';

/** Screenshots for people to look at: the README's (committed) and one per size and
 * language (e2e/__screens__/, not committed). Each also checks what a first-time user
 * would: the title and legend are in the chosen language. */
const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 700 },
];
for (const lang of ['en', 'zh'] as const) {
  for (const s of sizes) {
    test(`screenshot ${s.name} ${lang}`, async ({ browser }) => {
      const ctx = await browser.newContext({ viewport: { width: s.width, height: s.height }, locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
      const page = await ctx.newPage();
      await page.goto('./');
      await mapIdle(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        lang === 'zh' ? '中国—东盟数字基础设施地图集' : 'China–ASEAN Digital Infrastructure Atlas',
      );
      await expect(page.locator('.legend-row')).toHaveCount(5);
      await page.screenshot({ path: `e2e/__screens__/${s.name}-${lang}.png` });
      if (s.name === 'desktop' && lang === 'en') await page.screenshot({ path: 'docs/screenshot.png' });
      await ctx.close();
    });
  }
}

// The README's close-ups: where many cables land, at the zoom a landing is judged (1:10m coast)
for (const spot of [
  { name: 'singapore', hash: 'map=8.6/1.28/103.9&lang=en' },
  { name: 'hong-kong', hash: 'map=8.2/22.25/114.1&lang=zh' },
]) {
  test(`screenshot close-up ${spot.name}`, async ({ page }) => {
    await page.goto(`./#${spot.hash}`);
    await mapIdle(page);
    // the 1:10m coastline is the one drawn at this zoom
    expect(
      await page.evaluate(() => (window as any).__atlas.map.queryRenderedFeatures({ layers: ['base:land-hi'] }).length),
    ).toBeGreaterThan(0);
    await page.screenshot({ path: `docs/screenshot-${spot.name}.png` });
  });
}
