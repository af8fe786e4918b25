import { gzipSync } from 'node:zlib';
import { expect, mapIdle, test } from './fixtures';

/** Issue 23's slow connection: 400 kbit/s down, 400 ms round trip (Chrome DevTools' own
 * throttling, through CDP). The timings are logged, to be quoted in the note. */
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

  test('the first view’s code and data, measured', async ({ page }) => {
    const bytes: Array<[string, number]> = [];
    page.on('response', async (r) => {
      if (r.request().method() !== 'GET' || !r.ok()) return;
      try {
        bytes.push([new URL(r.url()).pathname, gzipSync(await r.body()).length]);
      } catch {
        /* a body that went away (navigation) */
      }
    });
    await page.goto('./');
    await mapIdle(page);
    await page.waitForTimeout(500);
    const total = bytes.reduce((n, [, b]) => n + b, 0);
    const kb = (n: number) => `${Math.round(n / 1000)} KB`;
    console.log(`first view: ${kb(total)} gzip in ${bytes.length} files`);
    for (const [p, b] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${kb(b).padStart(7)}  ${p}`);
    expect(total).toBeGreaterThan(0);
  });
});
