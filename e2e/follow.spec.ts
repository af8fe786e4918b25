import { expect, mapIdle, test } from './fixtures';

test.describe('follow it, correct it', () => {
  test('the page links its Atom feed, built with the site from the dataset’s dated events', async ({ page, request }) => {
    await page.goto('./#lang=en');
    await mapIdle(page);
    await expect(page.locator('link[rel=alternate][type="application/atom+xml"]')).toHaveAttribute('href', './feed.xml');
    const link = page.getByRole('link', { name: 'Follow changes to the data (Atom feed)' });
    await expect(link).toBeVisible();
    const res = await request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    expect(res.ok()).toBe(true);
    const xml = await res.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain('Asia Pacific Gateway (APG) entered service');
    expect(xml).toContain('tag:china-asean-atlas,2026:fault-2023-02-smw3');
  });

  test('an asset’s panel offers a prefilled correction that the atlas does not send', async ({ page }) => {
    await page.goto('./#sel=cable-apg&lang=en');
    await mapIdle(page);
    const a = page.getByRole('article').getByRole('link', { name: 'Suggest a correction' });
    await expect(a).toBeVisible();
    await a.focus();
    const href = (await a.getAttribute('href'))!;
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    expect(decodeURIComponent(href)).toContain('Correction: Asia Pacific Gateway (APG) (cable-apg)');
    expect(decodeURIComponent(href)).toContain('sel=cable-apg');
  });
});
