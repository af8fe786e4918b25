import { closeSync, ftruncateSync, openSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { countColour, expect, mapIdle, mapPixels, test } from './fixtures';
import { theme } from '../src/model/theme';
import { MAX_IMPORT_BYTES } from '../src/io/import-limit';

const importFile = (page: Page, name: string, body: Buffer) =>
  page.locator('.io input[type=file]').setInputFiles([{ name, mimeType: 'application/geo+json', buffer: body }]);

/** Calls the WebGL context's WEBGL_lose_context extension: 'lose' or 'restore'. */
const context = (page: Page, what: 'lose' | 'restore') =>
  page.evaluate((what) => {
    const w = window as any;
    // a lost context hands out no extensions: keep the one that lost it
    if (what === 'lose') {
      const canvas = w.__atlas.map.getCanvas() as HTMLCanvasElement;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
      w.__loseContext = gl.getExtension('WEBGL_lose_context');
      w.__loseContext.loseContext();
    } else w.__loseContext.restoreContext();
  }, what);

test.describe('the reader keeps their place and their work', () => {
  test('the map survives losing its WebGL context: view, selection and imports are kept and drawn again', async ({ page, guard }) => {
    guard.allow.push(/WebGL context was lost|CONTEXT_LOST/i);
    await page.goto('./#lang=en&map=4/12/108');
    await mapIdle(page);
    await importFile(page, 'points.geojson', readFileSync('e2e/data/points-lines-polygons.geojson'));
    await expect(page.locator('.imported-layers li')).toContainText('6 features');
    await mapIdle(page);
    const before = await page.evaluate(() => location.hash);

    await context(page, 'lose');
    const status = page.locator('.map-message');
    await expect(status).toHaveText('The map’s graphics were interrupted; restoring…');
    // selecting while the graphics are away: the panel opens, nothing throws
    await page.getByRole('button', { name: 'Asset list' }).click();
    await page.getByRole('button', { name: 'Asia Pacific Gateway (APG)' }).click();
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Asia Pacific Gateway (APG)');
    await expect(page.locator('.map-fallback')).toHaveCount(0);

    await context(page, 'restore');
    await expect(status).toHaveCount(0);
    await mapIdle(page);
    // the same view, the selection marked, the imports and every layer drawn again
    expect(await page.evaluate(() => location.hash)).toContain(before.match(/map=[^&]+/)![0]);
    expect(await page.evaluate(() => location.hash)).toContain('sel=cable-apg');
    const state = await page.evaluate(() => {
      const map = (window as any).__atlas.map;
      return {
        selected: map.getFeatureState({ source: 'submarine-cable', id: 'cable-apg' }).selected,
        imported: !!map.getSource('import:imp1'),
        cables: map.querySourceFeatures('submarine-cable').length,
      };
    });
    expect(state).toEqual({ selected: true, imported: true, cables: expect.any(Number) });
    expect(state.cables).toBeGreaterThan(0);
    const png = await mapPixels(page);
    expect(countColour(png, theme.asset['submarine-cable'])).toBeGreaterThan(10);
    expect(countColour(png, '#ffffff', undefined, 6)).toBeGreaterThan(png.width * png.height * 0.05);
  });

  test('a basemap file that fails says so over the map, and Retry draws the land', async ({ page, guard }) => {
    guard.allow.push(/404/);
    // the land and borders' one file arrives cut short; the labels' file is missing
    await page.route('**/basemap/region.topo.json', (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"Topology","arcs":[[[1,' }),
    );
    await page.route('**/basemap/labels.geojson', (r) => r.fulfill({ status: 404, body: 'gone' }));
    await page.goto('./#lang=en');
    const problem = page.locator('.map-message[data-problem="basemap"]');
    await expect(problem).toContainText('The basemap (land and borders) could not be loaded');
    await expect(problem).toContainText('labels.geojson');
    // named once, though two layers (land, borders) come from it
    await expect(problem).toContainText(/: (?:labels\.geojson, )?region\.topo\.json(?:, labels\.geojson)?\./);
    await mapIdle(page);
    const land = (png: Awaited<ReturnType<typeof mapPixels>>) => countColour(png, '#ffffff', undefined, 6) / (png.width * png.height);
    expect(land(await mapPixels(page))).toBeLessThan(0.08);
    await page.unroute('**/basemap/region.topo.json');
    await page.unroute('**/basemap/labels.geojson');
    await problem.getByRole('button', { name: 'Retry' }).click();
    await expect(problem).toHaveCount(0);
    await mapIdle(page);
    expect(land(await mapPixels(page))).toBeGreaterThan(0.15);
  });

  test('the data’s own integrity: repeated ids keep the first, skipped records are named with why, bad JSON says where', async ({
    page,
  }) => {
    const nodes = JSON.parse(readFileSync('geodata/nodes.geojson', 'utf8'));
    const first = nodes.features[0];
    nodes.features.push(
      // the same id again in the same file: the first stays in the list
      { ...first, properties: { ...first.properties, name: { zh: '冒名', en: 'Impostor node' } } },
      // another file's id: must not take over #sel=cable-apg
      { ...first, properties: { ...first.properties, id: 'cable-apg', name: { zh: '劫持', en: 'Hijacker' } } },
      // invalid: no status
      { ...first, properties: { ...first.properties, id: 'node-without-status', status: undefined } },
    );
    await page.route('**/geodata/{,map/}nodes.geojson', (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(nodes) }),
    );
    // a NaN on line 3 of the 5G file
    await page.route('**/geodata/{,map/}5g.geojson', (r) =>
      r.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"type": "FeatureCollection",\n "features": [\n  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [NaN, 1]}}]}',
      }),
    );
    await page.goto('./#lang=en&sel=cable-apg');
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Asia Pacific Gateway (APG)');
    await page.keyboard.press('Escape');
    await expect(page.locator('.legend-row[data-group="5g"]').getByRole('alert')).toContainText(
      '5g.geojson is not valid JSON (line 3, column 69)',
    );
    const warn = page.locator('.legend-row[data-group="node"] .legend-warn');
    await expect(warn.locator('summary')).toHaveText('3 problems in this layer’s data: which and why');
    await warn.locator('summary').click();
    await expect(warn).toContainText(`nodes.geojson [${first.properties.id}] properties.id: repeats the id of feature #0 in this file`);
    await expect(warn).toContainText('nodes.geojson [cable-apg] properties.id: repeats an id already used in submarine-cables.geojson');
    await expect(warn).toContainText('nodes.geojson [node-without-status] properties.status');
    await page.getByRole('button', { name: 'Asset list' }).click();
    await expect(page.getByRole('button', { name: first.properties.name.en, exact: true })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Impostor node' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Hijacker' })).toHaveCount(0);
  });

  test('a file over the import limit is refused before it is read, saying the limit, its size and what to do; earlier imports stay', async ({
    page,
  }, info) => {
    // one byte over the limit, written sparse (instant, no disk used): refused before parsing, so its content does not matter
    const big = info.outputPath('huge.geojson');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, MAX_IMPORT_BYTES + 1);
    closeSync(fd);
    await page.goto('./#lang=en');
    await mapIdle(page);
    await importFile(page, 'kept.geojson', readFileSync('e2e/data/points-lines-polygons.geojson'));
    await expect(page.locator('.imported-layers li')).toContainText('6 features');
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.locator('.io input[type=file]').setInputFiles(big);
    const alert = page.locator('.io').getByRole('alert');
    await expect(alert).toContainText('huge.geojson: 100 MB (100,000,001 bytes) is more than this atlas can import (100 MB;');
    await expect(alert).toContainText('Simplify its geometry');
    await expect(alert).toContainText('split it into smaller files');
    await expect(alert).toContainText('filter it');
    expect(workers.filter((u) => u.includes('import.worker'))).toEqual([]);
    await expect(page.locator('.imported-layers li')).toHaveCount(1);
    await expect(page.locator('.imported-layers li')).toContainText('kept');
  });

  test('one huge text field does not freeze the page: the list and the panel cap what they render', async ({ page }) => {
    const nodes = JSON.parse(readFileSync('geodata/nodes.geojson', 'utf8'));
    const first = nodes.features[0];
    const name = `Huge node ${'N'.repeat(100_000)}`;
    first.properties.description.en = 'D'.repeat(5_000_000);
    first.properties.name.en = name;
    await page.route('**/geodata/{,map/}nodes.geojson', (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(nodes) }),
    );
    await page.goto('./#lang=en&panel=list');
    await mapIdle(page);
    const row = page.locator(`.asset-list tr[data-id="${first.properties.id}"]`);
    const rowText = (await row.locator('th').textContent())!;
    expect(rowText.length).toBeLessThan(400);
    expect(rowText).toContain('more characters not shown');
    // selecting it answers at once (the panel opens with the map's facts); the description,
    // read from the record's own file in the load worker, then says it was cut
    const t0 = Date.now();
    await row.getByRole('button').click();
    const article = page.getByRole('article');
    await expect(article.getByRole('heading', { level: 2 })).toContainText('Huge node');
    expect(Date.now() - t0).toBeLessThan(5_000);
    await expect(article).toContainText('(4,996,000 more characters not shown)');
    expect((await article.textContent())!.length).toBeLessThan(20_000);
    // and the page still answers
    const t1 = Date.now();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('article')).toHaveCount(0);
    expect(Date.now() - t1).toBeLessThan(3_000);
  });
});
