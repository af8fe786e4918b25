import { readFileSync } from 'node:fs';
import { expect, mapIdle, test } from './fixtures';

test.describe('what changed between two dates', () => {
  test('lists what the data says entered service between the dates, draws and keys it, and exports it', async ({ page }) => {
    await page.goto('./#panel=changes&chg=2015-12-31,2020-12-31&lang=en');
    await mapIdle(page);
    const panel = page.getByRole('region', { name: 'What changed between two dates' });
    await expect(panel.getByRole('heading', { name: /^Entered service \(\d+\)$/ })).toBeVisible();
    // APG: ready for service in 2016 (geodata/submarine-cables.geojson)
    await expect(panel.getByRole('button', { name: 'Asia Pacific Gateway (APG)' })).toBeVisible();
    await expect(page.locator('.change-box').first()).toContainText('Changes 2015-12-31 → 2020-12-31');
    const [dl] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download the list (CSV)' }).click()]);
    const csv = readFileSync(await dl.path(), 'utf8');
    expect(csv).toContain('entered service,2015-12-31,2020-12-31,cable-apg,submarine-cable');
    // the comparison is in the print too
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-keys')).toContainText('Entered service: green band or ring');
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await panel.getByRole('button', { name: 'Asia Pacific Gateway (APG)' }).click();
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toContainText('APG');
  });

  test('the Changes tab starts a comparison that is in the link; the embed shows a compared period', async ({ page }) => {
    await page.goto('./#lang=zh');
    await mapIdle(page);
    await page.getByRole('button', { name: '变化', exact: true }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/chg=\d{4}-01-01,\d{4}-\d\d-\d\d/);
    await expect(page.getByRole('heading', { name: /^投入使用（\d+）$/ })).toBeVisible();
    await page.goto('./?embed#chg=2015-12-31,2020-12-31&lang=en');
    await mapIdle(page);
    await expect(page.locator('.change-box')).toContainText('Entered service');
  });
});
