import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { RAMP } from '../src/map/style/choropleth';
import { countColour, expect, mapIdle, mapPixels, test } from './fixtures';

const file = (name: string, body: string | Buffer) => ({
  name,
  mimeType: 'application/geo+json',
  buffer: Buffer.isBuffer(body) ? body : Buffer.from(body),
});
const importFiles = async (page: Page, files: ReturnType<typeof file>[]) => {
  await page.locator('.io input[type=file]').setInputFiles(files);
};
const geodata = (name: string) => JSON.parse(readFileSync(`geodata/${name}`, 'utf8'));
const ALL_IDS = ['submarine-cables', 'landing-points', 'land-fibre', 'nodes', 'cloud-centres', '5g'].flatMap((n) =>
  geodata(`${n}.geojson`).features.map((f: any) => f.properties),
);

test.describe('bring your own data', () => {
  test('imports every geometry type as a layer with a switch, list rows and a text-only panel', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    await importFiles(page, [file('points-lines-polygons.geojson', readFileSync('e2e/data/points-lines-polygons.geojson'))]);
    const row = page.locator('.imported-layers li').filter({ hasText: 'points-lines-polygons' });
    await expect(row).toContainText('6 features');
    await mapIdle(page);
    const colour = await row.locator('.chip').evaluate((el) => getComputedStyle(el).backgroundColor);
    const hex =
      '#' +
      colour
        .match(/\d+/g)!
        .slice(0, 3)
        .map((n) => Number(n).toString(16).padStart(2, '0'))
        .join('');
    expect(countColour(await mapPixels(page), hex, undefined, 30)).toBeGreaterThan(50);
    await row.getByRole('checkbox').uncheck();
    await mapIdle(page);
    expect(countColour(await mapPixels(page), hex, undefined, 30)).toBeLessThan(10);
    await row.getByRole('checkbox').check();
    // list rows: open the hostile-named feature; its properties show as text
    await page.getByRole('button', { name: 'Asset list' }).click();
    await page.locator('.imported-rows').getByRole('button', { name: /<img/ }).click();
    const panel = page.getByRole('article');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('<img src=x onerror="window.__pwned=1">');
    await expect(panel.getByRole('cell', { name: 'a <b>bold</b> claim' })).toBeVisible();
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    await expect(panel.locator('img, b')).toHaveCount(0);
    // removing the layer removes it from map, list and panel
    await page.keyboard.press('Escape');
    await row.getByRole('button', { name: /Remove/ }).click();
    await expect(page.locator('.imported-layers li')).toHaveCount(0);
  });

  test('a long unbroken name and value wrap inside the feature’s panel', async ({ page }) => {
    await page.goto('./#lang=en');
    await mapIdle(page);
    const props = { name: 'N'.repeat(100_000), note: 'x'.repeat(200_000) };
    await importFiles(page, [
      file('long.geojson', JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [100, 10] }, properties: props })),
    ]);
    await expect(page.locator('.imported-layers li')).toContainText('1 feature');
    await page.getByRole('button', { name: 'Asset list' }).click();
    await page.locator('.imported-rows button').first().click();
    const panel = page.getByRole('article');
    await expect(panel.getByRole('heading', { level: 2 })).toContainText('NNNN');
    const over = await panel.evaluate((a) => ({
      panel: Math.max(0, a.scrollWidth - a.clientWidth),
      page: Math.max(0, document.documentElement.scrollWidth - innerWidth),
    }));
    expect(over).toEqual({ panel: 0, page: 0 });
  });

  test('recognises an Open Fibre Data Standard pair and names its fields', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    await importFiles(page, [
      file('ofds-nodes.geojson', readFileSync('e2e/data/ofds-nodes.geojson')),
      file('ofds-spans.geojson', readFileSync('e2e/data/ofds-spans.geojson')),
    ]);
    await expect(page.locator('.imported-layers li').filter({ hasText: '(OFDS spans)' })).toBeVisible();
    await expect(page.locator('.imported-layers li').filter({ hasText: '(OFDS nodes)' })).toBeVisible();
    await page.getByRole('button', { name: 'Asset list' }).click();
    await page.locator('.imported-rows').getByRole('button', { name: 'Test span A–B' }).click();
    const panel = page.getByRole('article');
    for (const [k, v] of [
      ['Fibre count', '24'],
      ['Start node', 'Test node A'],
      ['Network', 'Test Fibre Network'],
      ['Ready for service date', '2020-01-01'],
    ]) {
      await expect(panel.getByRole('row', { name: new RegExp(`${k}\\s+${v}`) })).toBeVisible();
    }
  });

  test('a large file (about 20 MB, 30,000 features) is parsed in a worker and shown', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const features = Array.from({ length: 30_000 }, (_, i) => ({
      type: 'Feature',
      geometry:
        i % 3
          ? { type: 'Point', coordinates: [95 + rnd() * 20, 5 + rnd() * 20] }
          : {
              type: 'LineString',
              coordinates: [
                [95 + rnd() * 20, 5 + rnd() * 20],
                [95 + rnd() * 20, 5 + rnd() * 20],
              ],
            },
      properties: { name: `generated ${i}`, padding: 'x'.repeat(500) },
    }));
    const body = JSON.stringify({ type: 'FeatureCollection', features });
    expect(body.length).toBeGreaterThan(15_000_000);
    await importFiles(page, [file('big.geojson', body)]);
    await expect(page.locator('.imported-layers li').filter({ hasText: 'big' })).toContainText('30000 features', { timeout: 60_000 });
    expect(workers.some((u) => /import\.worker/.test(u))).toBe(true);
    await mapIdle(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('broken files get a clear message and nothing already imported is lost', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    await importFiles(page, [file('good.geojson', readFileSync('e2e/data/ofds-nodes.geojson'))]);
    await expect(page.locator('.imported-layers li')).toHaveCount(1);
    const cases: Array<[string, string, RegExp]> = [
      ['notjson.geojson', '{"type": "FeatureCollection", "features": [', /notjson\.geojson: not JSON/],
      ['notgeo.geojson', '{"hello": "world"}', /notgeo\.geojson: .*not GeoJSON/],
      ['empty.geojson', '', /empty\.geojson: the file is empty/],
      ['swapped.geojson', '{"type":"Point","coordinates":[13.7,100.5]}', /swapped\.geojson: .*looks like \[latitude, longitude\]/],
      [
        'range.geojson',
        '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[500,5]},"properties":{}}]}',
        /range\.geojson: .*\[500, 5\] is out of range/,
      ],
    ];
    for (const [name, body, re] of cases) {
      await importFiles(page, [file(name, body)]);
      await expect(page.locator('.io [role=alert]')).toContainText(re);
    }
    await expect(page.locator('.imported-layers li')).toHaveCount(1);
    await expect(page.locator('.imported-layers li')).toContainText('good');
  });
});

test.describe('take our data away', () => {
  const save = async (page: Page, button: string) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
    return readFileSync(await dl.path());
  };

  test('GeoJSON and CSV of the filtered assets round-trip ids, names and geometry', async ({ page }) => {
    await page.goto('./#c=VN');
    await mapIdle(page);
    // what the map shows by default: retired and cancelled records are left out until asked for
    const expected = ALL_IDS.filter((p: any) => p.countries.includes('VN') && !['retired', 'cancelled'].includes(p.status));
    const gj = JSON.parse((await save(page, 'GeoJSON')).toString('utf8'));
    expect(gj.features.map((f: any) => f.properties.id).sort()).toEqual(expected.map((p: any) => p.id).sort());
    const apg = gj.features.find((f: any) => f.properties.id === 'cable-apg');
    expect(apg.properties.name.zh).toMatch(/亚太直达/);
    expect(apg.geometry).toEqual(geodata('submarine-cables.geojson').features.find((f: any) => f.properties.id === 'cable-apg').geometry);

    const csv = await save(page, 'CSV (Excel)');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8').slice(1);
    const lines = text.trim().split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const header = lines[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['id', 'name_zh', 'name_en', 'sources', 'longitude', 'latitude']));
    expect(lines).toHaveLength(expected.length + 1);
    expect(text).toContain('亚太直达');
    const apgLine = lines.find((l) => l.startsWith('cable-apg,'))!;
    const g = geodata('submarine-cables.geojson').features.find((f: any) => f.properties.id === 'cable-apg').geometry;
    const [lon, lat] = g.type === 'MultiLineString' ? g.coordinates[0][0] : g.coordinates[0];
    expect(apgLine).toContain(`,${lon},${lat},`);
  });

  test('an imported layer’s Export downloads its features as the atlas read them: long values whole, numbers and nesting kept', async ({
    page,
  }) => {
    await page.goto('./#lang=en');
    await mapIdle(page);
    // a value five times what the panel shows of one property (MAX_VALUE, 2,000 characters)
    const note = `${'v'.repeat(10_000)} end`;
    const mine = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [100, 10] },
          properties: { name: 'Site A', note, capacity: 10, owner: { name: 'X' } },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [100, 10],
              [101, 11],
            ],
          },
          properties: { name: 'Link B', trick: 'abc\u202Egpj' },
        },
      ],
    };
    await importFiles(page, [file('mine.geojson', JSON.stringify(mine))]);
    const row = page.locator('.imported-layers li').filter({ hasText: 'mine' });
    await expect(row).toContainText('2 features');
    const [dl] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Export: mine' }).click()]);
    expect(dl.suggestedFilename()).toBe('mine_export.geojson');
    const back = JSON.parse(readFileSync(await dl.path(), 'utf8'));
    expect(back.type).toBe('FeatureCollection');
    expect(back.features.map((f: any) => f.geometry)).toEqual(mine.features.map((f) => f.geometry));
    expect(back.features[0].properties).toEqual(mine.features[0]!.properties);
    expect(back.features[0].properties.note).toHaveLength(note.length);
    // the direction override is stripped, as the importer strips it everywhere
    expect(back.features[1].properties).toEqual({ name: 'Link B', trick: 'abcgpj' });
  });

  test('OFDS export of land fibre and nodes imports back as an OFDS pair', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    const downloads: Buffer[] = [];
    page.on('download', async (d) => downloads.push(readFileSync(await d.path())));
    await page.getByRole('button', { name: 'OFDS (fibre + nodes)' }).click();
    await expect.poll(() => downloads.length).toBe(2);
    const [a, b] = downloads.map((d) => JSON.parse(d.toString('utf8')));
    const spans = [a, b].find((x) => x.features[0].properties.featureType === 'span');
    // the export is what the map shows: the default view leaves retired and cancelled links out
    const fibre = geodata('land-fibre.geojson').features.filter(
      (f: { properties: { status: string } }) => f.properties.status !== 'retired' && f.properties.status !== 'cancelled',
    );
    expect(spans.features.length).toBeGreaterThanOrEqual(fibre.length);
    await importFiles(
      page,
      downloads.map((d, i) => file(`ofds-${i}.geojson`, d)),
    );
    await expect(page.locator('.imported-layers li').filter({ hasText: '(OFDS spans)' })).toBeVisible();
  });

  test('the PNG snapshot is the map’s size plus a title bar and a credit band', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    const png = PNG.sync.read(await save(page, 'Map image (PNG)'));
    const canvas = await page.evaluate(() => {
      const c = document.querySelector('.map canvas') as HTMLCanvasElement;
      return { w: c.width, h: c.height, dpr: devicePixelRatio };
    });
    expect(png.width).toBe(canvas.w);
    expect(png.height).toBeGreaterThan(canvas.h + Math.round(80 * canvas.dpr));
    expect(countColour(png, '#0072b2')).toBeGreaterThan(100);
    // with the countries coloured, the picture carries the key: its darkest class's chip
    // shows in the key box (bottom-left), where the map under the box is washed out
    const keyBox = (p: PNG) => countColour(p, RAMP[4], { x: 135 * canvas.dpr, y: p.height - 170 * canvas.dpr, r: 125 * canvas.dpr }, 12);
    expect(keyBox(png)).toBe(0);
    await page.getByLabel('Colour countries by').selectOption({ label: 'First commercial 5G launch (year)' });
    await mapIdle(page);
    const withKey = PNG.sync.read(await save(page, 'Map image (PNG)'));
    expect(keyBox(withKey)).toBeGreaterThan(50);
  });

  test('embed mode shows the map and legend with a link back, no other chrome', async ({ page }) => {
    await page.goto('./?embed#sel=cable-apg&lang=en');
    await mapIdle(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.locator('.legend-row')).toHaveCount(5);
    // the shared asset is named over the map
    await expect(page.locator('.embed-caption')).toContainText('Asia Pacific Gateway (APG) · Submarine cable');
    const link = page.getByRole('link', { name: /Open the full atlas/ });
    const href = await link.getAttribute('href');
    expect(href).not.toContain('embed');
    expect(href).toContain('sel=cable-apg');
    expect(countColour(await mapPixels(page), '#0072b2')).toBeGreaterThan(50);
    // the view inside the iframe changes without filling the host page's history; the
    // link back follows the view the reader has now
    const steps = await page.evaluate(() => history.length);
    await page.locator('.legend-row input[type=checkbox]').first().uncheck();
    await page.evaluate(() => (window as any).__atlas.map.jumpTo({ center: [110, 5], zoom: 5 }));
    await mapIdle(page);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('map=5/');
    expect(await page.evaluate(() => history.length)).toBe(steps);
    await link.focus();
    const fresh = await link.getAttribute('href');
    expect(fresh).toContain('map=5/');
    expect(fresh).toContain('layers=');
    expect(fresh).not.toContain('embed');
  });
});
