import { countColour, expect, mapIdle, mapPixels, test } from './fixtures';
import { theme } from '../src/model/theme';

test.describe('when data is missing or broken', () => {
  test('a missing file and a malformed file show in the legend with Retry; other layers still draw', async ({ page, guard }) => {
    guard.allow.push(/404/);
    await page.route('**/geodata/{,map/}5g.geojson', (r) => r.fulfill({ status: 404, body: 'gone' }));
    await page.route('**/geodata/{,map/}cloud-centres.geojson', (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"FeatureCollection","features":[{"type":"Feat' }),
    );
    await page.goto('./');
    const g5 = page.locator('.legend-row[data-group="5g"]');
    const cloud = page.locator('.legend-row[data-group="cloud-centre"]');
    await expect(g5.getByRole('alert')).toContainText('404');
    await expect(cloud.getByRole('alert')).toContainText('not valid JSON');
    await mapIdle(page);
    const png = await mapPixels(page);
    expect(countColour(png, theme.asset['submarine-cable'])).toBeGreaterThan(10);
    expect(countColour(png, theme.asset.node)).toBeGreaterThan(5);
    expect(countColour(png, theme.asset['5g'])).toBe(0);

    // the file comes back: Retry loads it without a page reload
    await page.unroute('**/geodata/{,map/}5g.geojson');
    await g5.getByRole('button', { name: 'Retry' }).click();
    await expect(g5.getByRole('alert')).toHaveCount(0);
    await expect(g5.locator('.legend-count')).not.toHaveText('0');
    await mapIdle(page);
    expect(countColour(await mapPixels(page), theme.asset['5g'])).toBeGreaterThan(5);
  });

  test('a shared asset whose file failed is kept, not called missing, and opens after Retry', async ({ page, guard }) => {
    guard.allow.push(/503/);
    await page.route('**/geodata/{,map/}submarine-cables.geojson', (r) => r.fulfill({ status: 503, body: 'busy' }));
    await page.goto('./#sel=cable-apg&lang=en');
    const row = page.locator('.legend-row[data-group="submarine-cable"]');
    await expect(row.getByRole('alert')).toContainText('503');
    await mapIdle(page);
    await expect(page.locator('.notice')).toHaveCount(0);
    expect(await page.evaluate(() => location.hash)).toContain('sel=cable-apg');
    await page.unroute('**/geodata/{,map/}submarine-cables.geojson');
    await row.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Asia Pacific Gateway (APG)');
  });

  test('a panel whose code fails to load says so in place; a broken timeline offers Retry; the rest works', async ({ page, guard }) => {
    guard.allow.push(
      /404|Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed/i,
    );
    await page.route('**/assets/asset-panel-*.js', (r) => r.fulfill({ status: 404, body: 'gone' }));
    await page.route('**/geodata/timeline.json', (r) => r.fulfill({ status: 404, body: 'gone' }));
    await page.goto('./#sel=cable-apg&lang=en');
    const failed = page.getByRole('complementary').getByRole('alert').filter({ hasText: 'could not be shown' });
    await expect(failed).toBeVisible();
    await expect(failed.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    await mapIdle(page);
    // the map and the legend still work; closing the detail brings the overview back
    await page.keyboard.press('Escape');
    await expect(page.locator('.legend-row')).toHaveCount(5);
    const timelineProblem = page.locator('.overview .load-problem');
    await expect(timelineProblem).toContainText('timeline.json');
    await page.unroute('**/geodata/timeline.json');
    await timelineProblem.getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator('.timeline li').first()).toBeVisible();
  });

  test('a file that fails validation names the problem and renders hostile text as text', async ({ page }) => {
    const hostile = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [22.8, 108.3] }, properties: { id: '<img src=x onerror=alert(1)>' } },
      ],
    };
    await page.route('**/geodata/{,map/}nodes.geojson', (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(hostile) }),
    );
    let dialog = false;
    page.on('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    await page.goto('./');
    const alert = page.locator('.legend-row[data-group="node"]').getByRole('alert');
    await expect(alert).toContainText('nodes.geojson');
    await expect(alert).toContainText('<img src=x onerror=alert(1)>');
    await expect(page.locator('.legend img')).toHaveCount(0);
    await mapIdle(page);
    expect(dialog).toBe(false);
  });

  test('while loading, the legend says so', async ({ page }) => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    await page.route('**/geodata/{,map/}land-fibre.geojson', async (r) => {
      await gate;
      await r.continue();
    });
    await page.goto('./');
    await expect(page.locator('.legend-row[data-group="land-fibre"] .legend-status')).toBeVisible();
    release();
    await expect(page.locator('.legend-row[data-group="land-fibre"] .legend-status')).toHaveCount(0);
  });

  test('without WebGL, a plain message and the list of assets', async ({ page }) => {
    await page.addInitScript(() => {
      const orig = HTMLCanvasElement.prototype.getContext; // eslint-disable-line @typescript-eslint/unbound-method -- re-bound with .call(this) below
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return /webgl/.test(type) ? null : (orig as any).call(this, type, ...rest);
      } as typeof orig;
    });
    await page.goto('./');
    await expect(page.getByRole('alert').first()).toContainText('WebGL');
    await expect(page.getByRole('heading', { name: 'All assets' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Asia Pacific Gateway/ })).toBeVisible();
    await page.getByRole('button', { name: /Asia Pacific Gateway/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: /Asia Pacific Gateway/ })).toBeVisible();
    // the embed says so too, and still links to the full atlas at the shared view
    await page.goto('./?embed#sel=cable-apg&lang=en');
    await expect(page.getByRole('alert').first()).toContainText('WebGL');
    await expect(page.getByRole('link', { name: /Open the full atlas/ })).toHaveAttribute('href', /sel=cable-apg/);
  });
});
