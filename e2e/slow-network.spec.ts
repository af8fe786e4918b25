import { gzipSync } from 'node:zlib';
import { expect, mapIdle, test } from './fixtures';

/** Issue 23's slow connection: 400 kbit/s down, 400 ms round trip (Chrome DevTools' own
 * throttling, through CDP). The timings are logged, to be quoted in the note. */
/** The first view's code and data, gzip (issue 23's goal: under 800 KB): 1,232 KB before issue
 * 23's work; 1,088 KB once land and borders were one TopoJSON file; 881 KB once validation left
 * the main thread (zod) and the first view loaded the asset files' map parts (geodata/map/:
 * 57 KB for 224 KB); under 800 KB once the fault log and corridors waited for the first view
 * and the basemap's quantum became 0.005°. The first view is what arrived by the time the map
 * is idle with every layer drawn. */
const BUDGET = 800_000;
const SLOW = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };

test.describe('on a slow connection', () => {
  test.setTimeout(300_000);

  test('the title and a loading line show within 3 s, in the reader’s language, from the HTML itself', async ({ page, context }) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW);
    await page.goto('./#lang=zh', { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('中国—东盟数字基础设施地图集', {
      timeout: 60_000,
      useInnerText: true,
    });
    const firstText = await page.evaluate(() => {
      const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
      return fcp?.startTime ?? performance.now();
    });
    console.log(`slow network: first text (first contentful paint) at ${Math.round(firstText)} ms`);
    expect(firstText).toBeLessThan(3000);
    // still the page's own HTML: the app's code has not arrived yet
    await expect(page.locator('.boot-status')).toHaveText('正在加载地图和数据…', { useInnerText: true });
  });

  test('the land shows before half the first view’s bytes, and the first view is under its byte budget', async ({ page, context }) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW);
    // every file of the first view, by its gzip size (what a compressing host sends)
    // (and when it was asked for, on the wall clock: what was asked for after the first view
    // was done, such as the records' texts, is not the first view's)
    const gzip = new Map<string, { bytes: number; asked: number }>();
    page.on('response', async (r) => {
      if (r.request().method() !== 'GET' || !r.ok()) return;
      const asked = r.request().timing().startTime;
      try {
        gzip.set(new URL(r.url()).pathname, { bytes: gzipSync(await r.body()).length, asked });
      } catch {
        /* a body that went away (navigation) */
      }
    });
    await page.goto('./');
    // at 400 kbit/s the first view takes tens of seconds (the timings are printed below)
    await expect(page.locator('.legend-status')).toHaveCount(0, { timeout: 240_000 });
    await mapIdle(page);
    // what waits for the first view (faults, corridors, the records' texts) starts after this mark
    await page.waitForFunction(() => performance.getEntriesByName('atlas:first-view').length > 0);
    // the land preview (index.html) was drawn; the map has drawn its own land since
    await expect(page.locator('.land-preview')).toHaveCount(0);
    // when each file finished arriving, and when each land was drawn, on the page's own clock
    const t = await page.evaluate(() => ({
      files: performance
        .getEntriesByType('resource')
        .concat(performance.getEntriesByType('navigation'))
        .map((e) => [new URL(e.name).pathname, (e as PerformanceResourceTiming).responseEnd] as const),
      mapLand: performance.getEntriesByName('atlas:land')[0]?.startTime ?? null,
      firstView: performance.timeOrigin + performance.getEntriesByName('atlas:first-view')[0]!.startTime,
    }));
    const ends = new Map(t.files.map(([p, end]) => [p, end]));
    const later = [...gzip].filter(([, f]) => f.asked >= t.firstView).map(([path]) => path);
    console.log(`asked for after the first view was done: ${later.join(', ') || 'nothing yet'}`);
    const files = [...gzip]
      .filter(([, f]) => f.asked < t.firstView)
      .map(([path, { bytes }]) => ({ path, bytes, end: ends.get(path) ?? Infinity }));
    const total = files.reduce((n, f) => n + f.bytes, 0);
    const arrivedBy = (when: number) => files.filter((f) => f.end <= when).reduce((n, f) => n + f.bytes, 0) / total;
    const preview = files.find((f) => f.path.endsWith('/basemap/land-preview.svg'));
    expect(preview, 'the land preview was fetched').toBeDefined();
    const kb = (n: number) => `${Math.round(n / 1000)} KB`;
    const pct = (f: number) => `${Math.round(f * 100)} %`;
    console.log(`first view: ${kb(total)} gzip in ${files.length} files`);
    for (const f of [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 14)) console.log(`  ${kb(f.bytes).padStart(7)}  ${f.path}`);
    console.log(`  land preview drawn with ${pct(arrivedBy(preview!.end))} of those bytes arrived, at ${Math.round(preview!.end)} ms`);
    if (t.mapLand !== null)
      console.log(`  the map's own land drawn with ${pct(arrivedBy(t.mapLand))} of them arrived, at ${Math.round(t.mapLand)} ms`);
    // issue 23: land before half the bytes
    expect(arrivedBy(preview!.end)).toBeLessThan(0.5);
    // the first view's bytes: issue 23's goal
    expect(total).toBeLessThan(BUDGET);
  });

  test('on a link with its own camera the land preview is not shown (it would be in the wrong place)', async ({ page }) => {
    await page.goto('./#map=6/1.3/103.8');
    await mapIdle(page);
    await expect(page.locator('.land-preview')).toHaveCount(0);
  });
});
