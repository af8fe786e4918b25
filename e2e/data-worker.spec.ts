import { expect, mapIdle, test } from './fixtures';
import { ASSET_FILES } from '../src/data/files';

test('the data files are fetched, parsed and validated off the main thread (a worker)', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('./');
  await mapIdle(page);
  expect(workers.some((u) => /load\.worker/.test(u))).toBe(true);
  const measures = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name));
  for (const file of Object.values(ASSET_FILES)) {
    // the main thread only reads back what the worker kept; validation is not measured here
    expect(measures).toContain(`read ${file}`);
    expect(measures).not.toContain(`validate ${file}`);
  }
});
