import { expect, test } from './fixtures';

// The network record checked against what sources report happened (issue #20), in the browser:
// the replay reads the shipped geodata through the app's own loading path.
test.describe('the record, as reported', () => {
  test('Vietnam, 21 February 2023: all five international systems impaired, as every report of the outage says', async ({ page }) => {
    await page.goto('./#panel=resilience&day=2023-02-21&lang=en');
    const vn = page.locator('.exposure-table tr[data-country="VN"]');
    await expect(vn.locator('td[data-col="systems"]')).toHaveText('5', { timeout: 60_000 });
    await expect(vn.locator('td[data-col="impaired"]')).toHaveText('5');
  });

  test('Myanmar, 15 June 2024: not cut off, SeaMeWe-5 still lands at Ngwe Saung beside the impaired AAE-1', async ({ page }) => {
    await page.goto('./#panel=resilience&day=2024-06-15&lang=en');
    const mm = page.locator('.exposure-table tr[data-country="MM"]');
    await expect(mm.locator('td[data-col="impaired"]')).toHaveText(/^\d+$/, { timeout: 60_000 });
    const systems = Number(await mm.locator('td[data-col="systems"]').textContent());
    const impaired = Number(await mm.locator('td[data-col="impaired"]').textContent());
    expect(impaired).toBeGreaterThan(0); // AAE-1's fault of June 2024
    expect(systems - impaired).toBeGreaterThan(0); // SeaMeWe-5 (Ngwe Saung) is not impaired
    await expect(mm).not.toHaveClass(/flag-none/);
  });

  test('an asset panel says what kind each source is, in both languages', async ({ page }) => {
    await page.goto('./#sel=cable-tlssc&lang=en');
    const panel = page.getByRole('complementary').filter({ hasText: 'TLSSC' }).first();
    await expect(panel.getByText('primary source', { exact: false }).first()).toBeVisible({ timeout: 30_000 });
    await expect(panel.getByText('news or trade press', { exact: false }).first()).toBeVisible();
    await page.goto('./#sel=cable-tlssc&lang=zh');
    await page.reload();
    await expect(page.getByText('一手来源', { exact: false }).first()).toBeVisible({ timeout: 30_000 });
  });
});
