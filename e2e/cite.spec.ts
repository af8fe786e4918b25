import { expect, mapIdle, test } from './fixtures';
import { DATA_RELEASE } from '../src/data/release';

test.describe('cite this view', () => {
  test('gives GB/T 7714, APA and BibTeX with the version and data release, today’s date and this exact view, in either language', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./#map=5/10.5/106.2&sel=cable-apg&lang=en');
    await mapIdle(page);
    const today = new Date().toISOString().slice(0, 10);
    await page.getByRole('button', { name: 'Cite this view' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite this view' });
    await expect(dialog).toBeVisible();
    const gbt = dialog.locator('pre[data-style="gbt"]');
    await expect(gbt).toContainText(
      `China–ASEAN Digital Infrastructure Atlas[EB/OL]. Version 0.2.0 (data release ${DATA_RELEASE.version}, ${DATA_RELEASE.date}).`,
    );
    await expect(gbt).toContainText(`[${today}]`);
    await expect(gbt).toContainText('sel=cable-apg');
    await expect(gbt).toContainText('map=5/10.5/106.2');
    await expect(dialog.locator('pre[data-style="apa"]')).toContainText('[Interactive map]. Retrieved');
    await expect(dialog.locator('pre[data-style="bibtex"]')).toContainText(`urldate = {${today}}`);
    // Copy puts exactly the shown text on the clipboard
    await dialog.getByRole('button', { name: 'Copy' }).first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await gbt.textContent());
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('button', { name: '引用此视图' }).click();
    const zh = page.getByRole('dialog', { name: '引用此视图' });
    await expect(zh.locator('pre[data-style="gbt"]')).toContainText(
      `中国—东盟数字基础设施地图集[EB/OL]. 版本 0.2.0（数据版本 ${DATA_RELEASE.version}，${DATA_RELEASE.date}）.`,
    );
    await expect(zh.locator('pre[data-style="gbt"]')).toContainText('lang=zh');
    await expect(zh.locator('pre[data-style="apa"]')).toContainText('检索于');
  });
});
