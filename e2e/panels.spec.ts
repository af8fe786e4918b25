import type { Page } from '@playwright/test';
import { expect, loneFeaturePoint, mapIdle, mapPixels, test, axe } from './fixtures';
import { NO_DATA, RAMP } from '../src/map/style/choropleth';

/** Clicks the map at a lon/lat. */
async function clickLngLat(page: Page, lngLat: [number, number]) {
  const p = await page.evaluate((ll) => (window as any).__atlas.map.project(ll), lngLat);
  await page.locator('.map canvas').click({ position: { x: p.x, y: p.y } });
}

/** Clicks a country where no asset is drawn (searching outward from its label). */
async function clickCountry(page: Page, iso: string) {
  await page.locator('.map canvas').click({ position: await emptySpot(page, iso) });
}

/** A point well inside a country with no asset near it, after zooming in on it. */
async function emptySpot(page: Page, iso: string, zoom = 5.5): Promise<{ x: number; y: number }> {
  // zoom in on the country as a user would, so it is big enough to click between assets
  await page.evaluate(
    async ([iso, zoom]) => {
      const labels = await (await fetch('basemap/labels.geojson')).json();
      const label = labels.features.find((f: any) => f.properties.iso === iso);
      const map = (window as any).__atlas.map;
      const idle = new Promise((r) => map.once('idle', r));
      map.jumpTo({ center: label.geometry.coordinates, zoom });
      await idle;
    },
    [iso, zoom] as const,
  );
  await mapIdle(page);
  const p = await page.evaluate((iso) => {
    const map = (window as any).__atlas.map;
    const c = map.project(map.getCenter());
    const assetLayers = map
      .getStyle()
      .layers.map((l: any) => l.id)
      .filter((id: string) => /:(point|landing|hit|halo|line)$/.test(id) || id === 'base:labels');
    for (let r = 0; r < 80; r += 4) {
      for (let a = 0; a < 360; a += 30) {
        const x = c.x + r * Math.cos((a * Math.PI) / 180),
          y = c.y + r * Math.sin((a * Math.PI) / 180);
        const box = [
          [x - 12, y - 12],
          [x + 12, y + 12],
        ];
        if (map.queryRenderedFeatures(box, { layers: assetLayers }).length) continue;
        // well inside the country: every point of a ±8 px box is in it
        const inside = [-8, 0, 8].every((dx) =>
          [-8, 0, 8].every(
            (dy) => map.queryRenderedFeatures([x + dx, y + dy], { layers: ['base:land', 'base:land-hi'] })[0]?.properties.iso === iso,
          ),
        );
        if (inside) return { x, y };
      }
    }
    return null;
  }, iso);
  expect(p, `an empty spot in ${iso}`).not.toBeNull();
  return p!;
}

test.describe('panels', () => {
  test('clicking a submarine cable’s pixels opens its panel with sources', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    const where = await loneFeaturePoint(page, 'submarine-cable');
    const name = await page.evaluate(
      (id) =>
        (window as any).__atlas.map.querySourceFeatures('submarine-cable').find((f: any) => f.properties.id === id).properties.name_en,
      where.id,
    );
    // hovering names it beside the pointer, and the name follows the pointer
    const canvas = page.locator('.map canvas');
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + where.x, box.y + where.y);
    const label = page.locator('.hover-label');
    await expect(label).toContainText(name);
    const at = async () => (await label.boundingBox())!;
    const first = await at();
    // beside the pointer: to its right, or to its left near the map's right edge (kept inside the map)
    const right = Math.abs(first.x - (box.x + where.x + 12)) < 3;
    const left = Math.abs(first.x + first.width - (box.x + where.x - 12)) < 3;
    expect(right || left).toBe(true);
    expect(first.x + first.width).toBeLessThanOrEqual(box.x + box.width);
    await page.mouse.move(box.x + where.x + 2, box.y + where.y + 2);
    await expect.poll(async () => (await at()).x).toBeCloseTo(first.x + 2, 0);
    await page.mouse.move(box.x + box.width + 50, box.y + 10); // off the map
    await expect(label).toHaveCount(0);
    await canvas.click({ position: { x: where.x, y: where.y } });
    const panel = page.getByRole('article');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(name);
    await expect(panel.getByText('Submarine cable ·')).toBeVisible();
    await expect(panel.getByText('Route or location is schematic')).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Sources' })).toBeVisible();
    // the sources arrive with the record's text, after the panel opens
    const links = panel.locator('.sources a');
    await expect(links.last()).toBeVisible(); // the panel's own sources, last (a fault history's are folded)
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^https?:\/\//);
    // landing points are one click away, and lead back to the cable
    await panel.getByRole('heading', { name: 'Landing points' }).waitFor();
    await panel.locator('.related button').first().click();
    await expect(page.getByRole('article').getByText('Landing point ·')).toBeVisible();
    await page.getByRole('article').getByRole('button', { name }).click();
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(name);
    // Escape closes and the overview is back
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: 'The paper in brief', level: 2 })).toBeVisible();
  });

  test('a co-located cluster offers a choice (Nanning’s nodes)', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    await clickLngLat(page, [108.3669, 22.817]);
    const chooser = page.getByRole('region', { name: 'Several assets here: choose one' });
    await expect(chooser).toBeVisible();
    await chooser.getByRole('button', { name: 'China–ASEAN Information Harbour', exact: true }).click();
    const panel = page.getByRole('article');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('China–ASEAN Information Harbour');
    await expect(panel.getByText(/^3\s/).first()).toBeVisible();
    await expect(panel).toContainText('12');
  });

  test('Cambodia and Laos, clicked on the map, show the paper’s coverage note and its silences', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    await clickCountry(page, 'KH');
    let panel = page.getByRole('article');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Cambodia');
    const coverage = panel.locator('.gap').filter({ hasText: 'Network coverage' });
    await expect(coverage).toContainText('§3.1');
    await expect(coverage).toContainText('城市');
    await expect(panel.locator('.gap').filter({ hasText: 'Digital divide' })).toContainText('§3.2');
    // a count opens the list of exactly those assets: Cambodia's cables and landing points
    const count = panel.getByRole('button', { name: /Submarine cables.*show in list/ });
    const n = Number((await count.textContent())!.match(/\d+/)![0]);
    await count.click();
    const hash = decodeURIComponent(await page.evaluate(() => location.hash));
    expect(hash).toContain('c=KH');
    expect(hash).toContain('layers=submarine-cable');
    expect(hash).toContain('panel=list');
    await expect(page.locator('.asset-list tbody tr')).toHaveCount(n);
    const types = await page.locator('.asset-list tbody tr td:nth-child(2)').allTextContents();
    expect(
      types.every((x) => x === 'Submarine cable' || x === 'Landing point'),
      types.join(),
    ).toBe(true);
    await page.goBack();
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Cambodia');
    await page.keyboard.press('Escape');
    await clickCountry(page, 'LA');
    panel = page.getByRole('article');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Laos');
    await expect(panel.locator('.gap').filter({ hasText: 'Network coverage' })).toContainText('§3.1');
    await expect(panel.locator('.gap').filter({ hasText: 'Digital divide' })).toContainText('The paper says nothing specific about Laos');
    // a neighbour outside China and ASEAN has no panel: the click closes Laos, the URL stays valid
    await clickCountry(page, 'IN');
    await expect(page.getByRole('article')).toHaveCount(0);
    expect(await page.evaluate(() => location.hash)).not.toMatch(/country=/);
    await expect(page.locator('.notice')).toHaveCount(0);
  });

  test('a system sources name but the map does not draw is found by search and listed in its country, in both languages', async ({
    page,
  }) => {
    await page.goto('./');
    await mapIdle(page);
    const box = page.getByRole('combobox', { name: 'Search assets, places and operators' });
    await box.fill('VTS');
    await page.getByRole('option', { name: /VTS.*known, not drawn/ }).click();
    const panel = page.getByRole('article');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Vietnam');
    const known = panel.getByRole('region', { name: /Known, not drawn \(\d+\)/ });
    const vts = known.locator('[data-known="known-vts"]');
    await expect(vts).toContainText('Why not drawn');
    // its sources, one click away
    await vts.getByText(/What the sources say \(\d+ sources?\)/).click();
    await expect(vts.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
    expect(await axe(page)).toEqual([]);
    // the same panel in Chinese
    await page.getByRole('button', { name: '中文' }).click();
    await expect(panel.getByRole('region', { name: /已知但未绘制（\d+）/ })).toContainText('未绘制的原因');
  });

  test('a name that wraps in a country’s cable list keeps its bullet on its first line', async ({ page }) => {
    // Vietnam on 26 December 2022: SEA-ME-WE 3's long name wraps in the panel
    await page.goto('./#country=VN&day=2022-12-26&lang=en');
    await mapIdle(page);
    const item = page.getByRole('article').locator('ul.related li').filter({ hasText: 'SEA-ME-WE 3' });
    await expect(item).toBeVisible();
    const m = await item.evaluate((li) => {
      const button = li.querySelector('button')!;
      // an empty inline mark sits on the line's baseline, where the list marker (the bullet) is drawn
      const mark = document.createElement('span');
      li.insertBefore(mark, button);
      const r = {
        li: li.getBoundingClientRect(),
        mark: mark.getBoundingClientRect(),
        lines: button.getClientRects().length,
        h: button.getBoundingClientRect().height,
      };
      mark.remove();
      return { top: r.li.top, markBottom: r.mark.bottom, height: r.h, lineHeight: parseFloat(getComputedStyle(button).lineHeight) || 20 };
    });
    expect(m.height, 'the name wraps onto a second line').toBeGreaterThan(1.5 * m.lineHeight);
    // the bullet's line is the first: its baseline is within the first line's height
    expect(m.markBottom - m.top).toBeLessThan(1.2 * m.lineHeight);
  });

  test('closing a panel with × or Escape puts focus back where the user was', async ({ page }) => {
    await page.goto('./#lang=en&panel=list');
    await mapIdle(page);
    const row = page.getByRole('button', { name: 'Asia Pacific Gateway (APG)' });
    await row.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toBeFocused();
    await page.getByRole('article').getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('article')).toHaveCount(0);
    // the list re-rendered: focus is on the same row again, not lost on the page body
    await expect(page.getByRole('button', { name: 'Asia Pacific Gateway (APG)' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Asia Pacific Gateway (APG)' })).toBeFocused();
  });

  test('the map’s own controls speak the chosen language', async ({ page }) => {
    await page.goto('./#lang=en');
    await mapIdle(page);
    await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('title', 'Zoom in');
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Basemap © Natural Earth');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('title', '放大');
    await expect(page.locator('.maplibregl-ctrl-zoom-out')).toHaveAttribute('aria-label', '缩小');
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('底图 © Natural Earth');
  });

  test('the choropleth colours countries by an indicator, with a key and a no-data style', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    await page.getByLabel('Colour countries by').selectOption({ label: 'First commercial 5G launch (year)' });
    const key = page.locator('.choro-box').filter({ hasText: 'First commercial 5G launch' });
    await expect(key).toContainText('No data');
    await expect(key).toContainText('2019');
    expect(await page.evaluate(() => location.hash)).toContain('choro=5g-launch-year');
    // the Philippines and China launched first (2019): darkest class; Myanmar has no sourced
    // launch: the no-data grey
    const sample = async (iso: string) => {
      const p = await emptySpot(page, iso, 4.5);
      await mapIdle(page);
      const png = await mapPixels(page);
      const i = (Math.round(p.y) * png.width + Math.round(p.x)) * 4;
      return '#' + [0, 1, 2].map((k) => png.data[i + k]!.toString(16).padStart(2, '0')).join('');
    };
    expect(await sample('PH')).toBe(RAMP[4]);
    expect(await sample('CN')).toBe(RAMP[4]);
    expect(await sample('MM')).toBe(NO_DATA);
    // the key stays while a country panel is open
    await page.keyboard.press('Escape');
    await clickCountry(page, 'TH');
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Thailand');
    await expect(key).toBeVisible();
  });

  test('switching language changes the interface and the data, and is remembered', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    await page.getByRole('button', { name: 'Asset list' }).click();
    await page.getByRole('button', { name: 'Asia Pacific Gateway (APG)' }).click();
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Asia Pacific Gateway (APG)');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('中国—东盟数字基础设施地图集');
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(/亚太直达/);
    await expect(page.getByRole('article').getByRole('heading', { name: '来源' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('中国—东盟数字基础设施地图集');
    await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  });

  test('a timeline milestone highlights the assets it concerns', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    const ev = page.locator('.timeline li').filter({ hasText: '2015-09' });
    await ev.getByRole('button').click();
    await expect(ev.getByRole('button').first()).toHaveAttribute('aria-pressed', 'true');
    // the milestone says where it comes from
    await expect(ev.locator('.sources')).toContainText('§1.2(2)');
    await mapIdle(page);
    const state = await page.evaluate(() =>
      (window as any).__atlas.map.getFeatureState({ source: 'node', id: 'node-china-asean-information-harbour' }),
    );
    expect(state.highlight).toBe(true);
  });

  test('keyboard and screen reader: landmarks, headings, focus, no serious axe violations', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('complementary')).toBeVisible();
    expect(await axe(page)).toEqual([]);
    // the first Tab offers a skip to the search box, past the header and the map
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Skip to search and the side panel' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('combobox', { name: 'Search assets, places and operators' })).toBeFocused();
    await page.goto('./');
    await mapIdle(page);
    await page.keyboard.press('Tab'); // past the skip button
    // Tab reaches the header's controls, the search box and the layer switches, in that order
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      seen.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el ? `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}` : '';
        }),
      );
    }
    const at = (re: RegExp) => seen.findIndex((x) => re.test(x));
    expect(at(/Copy link/), seen.join(' | ')).toBeGreaterThanOrEqual(0);
    expect(at(/中文/)).toBeGreaterThan(at(/Copy link/));
    expect(at(/Search assets/)).toBeGreaterThan(at(/中文/));
    expect(at(/^input:$/)).toBeGreaterThan(at(/Search assets/));
    // focus is visible: the focused control has an outline
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    // open an asset from the list with the keyboard, then Escape returns focus
    await page.getByRole('button', { name: 'Asset list' }).click();
    const row = page.getByRole('button', { name: 'Asia Pacific Gateway (APG)' });
    await row.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toBeFocused();
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('article')).toHaveCount(0);
  });

  test('on a phone a link to the list opens with the list in view', async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width: 375, height: 700 }, locale: 'zh-CN', hasTouch: true });
    const page = await ctx.newPage();
    await page.goto('./#panel=list');
    await mapIdle(page);
    await expect(page.getByRole('heading', { name: '全部设施' })).toBeInViewport();
    await ctx.close();
  });

  for (const [lang, width, more, copy] of [
    ['en', 375, 'More', 'Copy link'],
    ['en', 390, 'More', 'Copy link'],
    ['zh', 375, '更多', '复制链接'],
  ] as const) {
    test(`on a ${width} px phone (${lang}) the header is one row, its tools one keyboard-reachable button`, async ({ browser }) => {
      const ctx = await browser.newContext({ viewport: { width, height: 700 }, locale: lang === 'zh' ? 'zh-CN' : 'en-US', hasTouch: true });
      const page = await ctx.newPage();
      await page.goto(`./#lang=${lang}`);
      await mapIdle(page);
      // the title, More and the language switch side by side, each inside the screen
      const boxes = await Promise.all(
        ['.topbar h1', '.share-toggle', '.topbar .lang'].map(async (sel) => (await page.locator(sel).boundingBox())!),
      );
      for (const b of boxes) expect(b.x + b.width).toBeLessThanOrEqual(width);
      const [title, toggle, switcher] = boxes as [(typeof boxes)[0], (typeof boxes)[0], (typeof boxes)[0]];
      expect(toggle.x).toBeGreaterThan(title.x + title.width - 1);
      expect(switcher.x).toBeGreaterThan(toggle.x + toggle.width - 1);
      expect(Math.abs(toggle.y + toggle.height / 2 - (switcher.y + switcher.height / 2))).toBeLessThan(4);
      // one row: the header is no taller than its title (two lines at most) and padding
      const header = (await page.locator('.topbar').boundingBox())!;
      expect(header.height).toBeLessThan(50);
      for (const b of boxes) expect(b.y + b.height).toBeLessThanOrEqual(header.y + header.height);
      // the share buttons are folded away until More opens them, by keyboard
      await expect(page.getByRole('button', { name: copy })).toBeHidden();
      await page.getByRole('button', { name: new RegExp(more) }).focus();
      await page.keyboard.press('Enter');
      const copyButton = page.getByRole('button', { name: copy });
      await expect(copyButton).toBeInViewport({ ratio: 1 });
      await page.keyboard.press('Tab');
      await expect(copyButton).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(copyButton).toBeHidden();
      await expect(page.getByRole('button', { name: new RegExp(more) })).toBeFocused();
      await ctx.close();
    });
  }

  test('on a phone the panel is a bottom sheet that leaves the selected asset in view', async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width: 375, height: 700 }, locale: 'en-US', hasTouch: true });
    const page = await ctx.newPage();
    await page.goto('./');
    await mapIdle(page);
    const sheet = await page.locator('.panel').boundingBox();
    expect(sheet!.y).toBeGreaterThan(300);
    expect(sheet!.width).toBeGreaterThan(370);
    await page.getByRole('button', { name: 'Asset list' }).click();
    await page.getByRole('button', { name: /Laos/ }).first().click();
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toContainText('Laos');
    await mapIdle(page);
    const top = (await page.locator('.panel').boundingBox())!.y;
    const mapTop = (await page.locator('.map').boundingBox())!.y;
    const pos = await page.evaluate(() => {
      const a = (window as any).__atlas;
      return a.selectedScreenPoint();
    });
    expect(pos).not.toBeNull();
    expect(pos.y + mapTop).toBeLessThan(top);
    expect(pos.y).toBeGreaterThan(0);
    expect(await axe(page)).toEqual([]);
    await ctx.close();
  });
});
