import { expect, mapIdle, test } from './fixtures';

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test.setTimeout(180_000);

  test('after one visit the atlas opens with no network at all: map, data and panels', async ({ page, context }) => {
    await page.goto('./#lang=en');
    await mapIdle(page);
    // the service worker has installed (cached the release) and controls the page
    await expect
      .poll(
        () => page.evaluate(async () => !!navigator.serviceWorker.controller && (await caches.keys()).some((k) => k.startsWith('atlas-'))),
        {
          timeout: 60_000,
        },
      )
      .toBe(true);
    const cables = await page.locator('.legend-row[data-group="submarine-cable"] .legend-count').textContent();
    await context.setOffline(true);
    await page.reload();
    await mapIdle(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('China–ASEAN Digital Infrastructure Atlas');
    await expect(page.locator('.legend-row[data-group="submarine-cable"] .legend-count')).toHaveText(cables!);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.getByRole('button', { name: 'Asset list' }).click();
    await page.getByRole('button', { name: 'Asia Pacific Gateway (APG)' }).click();
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Asia Pacific Gateway (APG)');
    // its description and sources come from the cached record file (the first view loads the map part)
    await expect(page.getByRole('article').locator('.sources a').last()).toBeVisible();
    await context.setOffline(false);
  });
});
