import { countColour, expect, loneFeaturePoint, mapIdle, mapPixels, test } from './fixtures';
import { GROUPS } from '../src/model/groups';

test.describe('the atlas map', () => {
  test('draws the offline basemap and every layer where its features are', async ({ page, guard }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await mapIdle(page);
    const png = await mapPixels(page);
    // the basemap: sea and land colours cover most of the canvas
    expect(countColour(png, '#dfe9f2', undefined, 12)).toBeGreaterThan(png.width * png.height * 0.2);
    expect(countColour(png, '#ffffff', undefined, 6)).toBeGreaterThan(png.width * png.height * 0.1);
    for (const g of GROUPS) {
      const at = await loneFeaturePoint(page, g.types[0]!);
      // points are drawn at their style's screen offset (see groups.ts)
      const where = { ...at, x: at.x + (g.offset?.[0] ?? 0), y: at.y + (g.offset?.[1] ?? 0) };
      expect(countColour(png, g.color, { ...where, r: 6 }), `${g.key} at ${where.id}`).toBeGreaterThan(2);
    }
    // a capital with both a cloud centre and a 5G launch shows both symbols, side by side
    const bangkok = await page.evaluate(() => {
      const map = (window as any).__atlas.map;
      const f = map.querySourceFeatures('cloud-centre').find((x: any) => x.properties.id === 'cloud-alibaba-bangkok');
      return map.project(f.geometry.coordinates);
    });
    const cloud = GROUPS.find((g) => g.key === 'cloud-centre')!.color;
    const g5 = GROUPS.find((g) => g.key === '5g')!.color;
    expect(countColour(png, cloud, { x: bangkok.x - 7, y: bangkok.y, r: 5 })).toBeGreaterThan(5);
    expect(countColour(png, g5, { x: bangkok.x + 7, y: bangkok.y, r: 5 })).toBeGreaterThan(5);
    expect(guard.external).toEqual([]);
  });

  test('switches each layer off and on again', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    for (const g of GROUPS) {
      const box = page.locator(`.legend-row[data-group="${g.key}"] input[type=checkbox]`);
      const before = countColour(await mapPixels(page), g.color);
      expect(before, g.key).toBeGreaterThan(10);
      await box.uncheck();
      await mapIdle(page);
      expect(countColour(await mapPixels(page), g.color), `${g.key} off`).toBeLessThan(before * 0.1);
      await box.check();
      await mapIdle(page);
      expect(countColour(await mapPixels(page), g.color), `${g.key} on`).toBeGreaterThan(before * 0.8);
    }
  });

  test('labels countries once each in the chosen language', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    const labels = await page.evaluate(() =>
      (window as any).__atlas.map.queryRenderedFeatures({ layers: ['base:labels'] }).map((f: any) => f.properties.name_en),
    );
    for (const c of ['China', 'Vietnam', 'Laos', 'Thailand', 'Cambodia', 'Myanmar', 'Malaysia', 'Indonesia', 'Philippines']) {
      expect(
        labels.filter((l: string) => l === c),
        c,
      ).toHaveLength(1);
    }
  });
});
