import { expect, mapIdle, test } from './fixtures';

test.describe('the paper as a story', () => {
  test('walks the steps by button and keyboard; a step link reopens the same view; leaving restores the reader’s', async ({
    page,
    context,
  }) => {
    await page.goto('./#c=SG&lang=en');
    await mapIdle(page);
    await page.getByRole('button', { name: 'Story', exact: true }).click();
    const h = page.getByRole('heading', { level: 2, name: 'Policy first (§1.1)' });
    await expect(h).toBeVisible();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#lang=en&story=paper&step=1');
    await page.getByRole('button', { name: /Next/ }).click();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { level: 2, name: '5G cooperation (§1.2(1))' })).toBeVisible();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#lang=en&story=paper&step=3');
    const layers = async (p: typeof page) =>
      p.locator('.legend-row input[type=checkbox]').evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).checked));
    const here = await layers(page);
    expect(here).toEqual([false, false, false, false, true]);
    await expect(page.locator('.choro-box')).toContainText('First commercial 5G launch');

    // the same link in a fresh page opens the same step and view
    const other = await context.newPage();
    await other.goto('./#story=paper&step=3&lang=en');
    await mapIdle(other);
    await expect(other.getByRole('heading', { level: 2, name: '5G cooperation (§1.2(1))' })).toBeVisible();
    expect(await layers(other)).toEqual(here);
    await other.close();

    // Back is the previous step; leaving gives back the reader's own view
    await page.goBack();
    await expect(page.getByRole('heading', { level: 2, name: /Information Harbour/ })).toBeVisible();
    await page.getByRole('button', { name: 'Leave the story' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('c=SG');
    await expect(page.getByRole('button', { name: 'Story', exact: true })).toBeVisible();
    expect(await layers(page)).toEqual([true, true, true, true, true]);
  });

  test('works on a phone, in Chinese, with the what-if step’s figures from the analysis', async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await ctx.newPage();
    await page.goto('./#story=paper&step=9&lang=zh');
    await mapIdle(page);
    await expect(page.getByRole('heading', { level: 2, name: '通道中断会怎样（假设情景）' })).toBeVisible();
    await expect(page.locator('.story-card')).toContainText(/涉及 \d+ 个系统/);
    // the route model's figures, once the network answer is in: Vietnam keeps fewer routes
    await expect(page.locator('.story-card')).toContainText(/越南 \d+→\d+/, { timeout: 60_000 });
    await page.getByRole('button', { name: /下一步/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: '对策建议（§4）' })).toBeVisible();
    await ctx.close();
  });

  test('its controls read whole: the ten step dots on one row, Previous and Next each on one line', async ({ page }) => {
    await page.goto('./#story=paper&step=1&lang=en');
    await mapIdle(page);
    const nav = page.getByRole('navigation', { name: /story/i });
    const dots = nav.getByRole('button', { name: /step \d+/i });
    await expect(dots).toHaveCount(10);
    const tops = await dots.evaluateAll((bs) => bs.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(new Set(tops).size, `dot rows at ${tops.join(', ')}`).toBe(1);
    for (const name of [/Previous/, /Next/]) {
      const b = nav.getByRole('button', { name });
      const m = await b.evaluate((el) => ({ h: el.getBoundingClientRect().height, lh: parseFloat(getComputedStyle(el).lineHeight) || 20 }));
      expect(m.h, `${String(name)} on one line`).toBeLessThan(2 * m.lh);
    }
  });

  test('a step inside the embed, with next and previous', async ({ page }) => {
    await page.goto('./?embed#story=paper&step=6&lang=en');
    await mapIdle(page);
    await expect(page.getByRole('heading', { level: 2, name: 'The digital divide (§3.2)' })).toBeVisible();
    await page.getByRole('button', { name: /Previous/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Uneven infrastructure (§3.1)' })).toBeVisible();
  });
});
