import { countColour, expect, loneFeaturePoint, mapIdle, mapPixels, test } from './fixtures';
import { GROUPS } from '../src/model/groups';
import { theme } from '../src/model/theme';
import { FAULT_COLOR } from '../src/map/fault-layers';
import { labelBox, overlap, type Box, type PlacedLabel } from '../src/map/label-room';
import { COUNTRY_BOUNDS } from '../src/model/country-bounds';

test.describe('the atlas map', () => {
  test('draws the offline basemap and every layer where its features are', async ({ page, guard }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await mapIdle(page);
    const png = await mapPixels(page);
    // the basemap: sea and land colours cover most of the canvas
    expect(countColour(png, '#dfe9f2', undefined, 12)).toBeGreaterThan(png.width * png.height * 0.2);
    expect(countColour(png, '#ffffff', undefined, 6)).toBeGreaterThan(png.width * png.height * 0.1);
    // a coastline at the regional view (below the 1:10m zoom): white land does not melt into the pale sea
    expect(await page.evaluate(() => (window as any).__atlas.map.getZoom())).toBeLessThan(5);
    expect(countColour(png, theme.coast, undefined, 40)).toBeGreaterThan(png.width * png.height * 0.002);
    for (const g of GROUPS) {
      const at = await loneFeaturePoint(page, g.types[0]!);
      // points are drawn at their style's screen offset (see groups.ts)
      const where = { ...at, x: at.x + (g.offset?.[0] ?? 0), y: at.y + (g.offset?.[1] ?? 0) };
      expect(countColour(png, g.color, { ...where, r: 6 }), `${g.key} at ${where.id}`).toBeGreaterThan(2);
    }
    // a capital with both a cloud centre and a 5G launch shows both symbols, side by side
    const bangkok = await page.evaluate(() => {
      const map = (window as any).__atlas.map;
      const f = map.querySourceFeatures('cloud-centre').find((x: any) => x.properties.id === 'cloud-alibaba-bangkok');
      return map.project(f.geometry.coordinates);
    });
    const cloud = GROUPS.find((g) => g.key === 'cloud-centre')!.color;
    const g5 = GROUPS.find((g) => g.key === '5g')!.color;
    expect(countColour(png, cloud, { x: bangkok.x - 7, y: bangkok.y, r: 5 })).toBeGreaterThan(5);
    expect(countColour(png, g5, { x: bangkok.x + 7, y: bangkok.y, r: 5 })).toBeGreaterThan(5);
    expect(guard.external).toEqual([]);
  });

  test('draws a land route in service solid over a dark casing, not dashed like a planned one', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    const png = await mapPixels(page);
    const at = await loneFeaturePoint(page, 'land-fibre');
    // the casing shows beside the orange line at an in-service route's segment
    expect(countColour(png, theme.casing, { ...at, r: 6 }, 30), `casing at ${at.id}`).toBeGreaterThan(3);
    expect(countColour(png, theme.asset['land-fibre'], { ...at, r: 6 }, 30)).toBeGreaterThan(3);
    // solid: orange all along the segment (sampled every 2 px), where a dash would leave gaps
    const seg = await page.evaluate((id) => {
      const map = (window as any).__atlas.map;
      const f = map.querySourceFeatures('land-fibre').find((x: any) => x.properties.id === id);
      const c = f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.coordinates.flat();
      // the longest on-screen segment of the route
      const segs = c.slice(1).map((p: number[], i: number) => [map.project(c[i]), map.project(p)]);
      return segs.sort((a: any, b: any) => Math.hypot(b[1].x - b[0].x, b[1].y - b[0].y) - Math.hypot(a[1].x - a[0].x, a[1].y - a[0].y))[0];
    }, at.id);
    const len = Math.hypot(seg[1].x - seg[0].x, seg[1].y - seg[0].y);
    const samples = Array.from({ length: Math.floor((len - 12) / 2) }, (_, i) => (6 + 2 * i) / len);
    const gaps = samples.filter((t) => {
      const p = { x: seg[0].x + t * (seg[1].x - seg[0].x), y: seg[0].y + t * (seg[1].y - seg[0].y), r: 1.5 };
      return countColour(png, theme.asset['land-fibre'], p, 60) + countColour(png, theme.casing, p, 60) === 0;
    });
    expect(samples.length).toBeGreaterThan(5);
    expect(gaps.length).toBeLessThan(samples.length * 0.1);
  });

  test('switches each layer off and on again', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    for (const g of GROUPS) {
      const box = page.locator(`.legend-row[data-group="${g.key}"] input[type=checkbox]`);
      const before = countColour(await mapPixels(page), g.color);
      expect(before, g.key).toBeGreaterThan(10);
      await box.uncheck();
      await mapIdle(page);
      expect(countColour(await mapPixels(page), g.color), `${g.key} off`).toBeLessThan(before * 0.1);
      await box.check();
      await mapIdle(page);
      expect(countColour(await mapPixels(page), g.color), `${g.key} on`).toBeGreaterThan(before * 0.8);
    }
  });

  test('labels countries once each in the chosen language', async ({ page }) => {
    await page.goto('./');
    await mapIdle(page);
    const labels = await page.evaluate(() =>
      (window as any).__atlas.map.queryRenderedFeatures({ layers: ['base:labels'] }).map((f: any) => f.properties.name_en),
    );
    // the small places too, set beside their symbols (Hong Kong is a landing hub, not a country)
    for (const c of [
      'China',
      'Vietnam',
      'Laos',
      'Thailand',
      'Cambodia',
      'Myanmar',
      'Malaysia',
      'Indonesia',
      'Philippines',
      'Singapore',
      'Brunei',
      'Hong Kong',
    ]) {
      expect(
        labels.filter((l: string) => l === c),
        c,
      ).toHaveLength(1);
    }
  });

  for (const lang of ['en', 'zh'] as const)
    test(`on a phone's regional view every ASEAN state and China is named (${lang})`, async ({ browser }) => {
      const ctx = await browser.newContext({ viewport: { width: 375, height: 700 }, isMobile: true, hasTouch: true });
      const page = await ctx.newPage();
      await page.goto(`./#lang=${lang}`);
      await mapIdle(page);
      const labels: string[] = await page.evaluate(() =>
        (window as any).__atlas.map.queryRenderedFeatures({ layers: ['base:labels'] }).map((f: any) => f.properties.iso),
      );
      for (const iso of ['CN', 'BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN']) expect(labels, iso).toContain(iso);
      await ctx.close();
    });

  test('names over a dark choropleth class turn white with a dark halo', async ({ page }) => {
    await page.goto('./#choro=internet-users-pct&lang=en');
    await mapIdle(page);
    const png = await mapPixels(page);
    // Malaysia is in the darkest class of internet use; its name is drawn on its land
    const at = await page.evaluate(() => {
      const map = (window as any).__atlas.map;
      const f = map.querySourceFeatures('labels').find((x: any) => x.properties.iso === 'MY');
      return map.project(f.geometry.coordinates);
    });
    const fill = await page.evaluate(() => (window as any).__atlas.map.getPaintProperty('base:land', 'fill-color'));
    expect(JSON.stringify(fill)).toContain('MY');
    const box = { x: at.x, y: at.y, r: 9 };
    // thin glyph strokes blend with their halo: light, not pure white
    expect(countColour(png, '#ffffff', box, 120), 'light letters').toBeGreaterThan(6);
    expect(countColour(png, '#222222', box, 25), 'no dark letters').toBeLessThan(4);
  });

  test('draws the fault record faintly on the default view, boldly in the Resilience view', async ({ page }) => {
    const faultPixels = async () => {
      await mapIdle(page);
      const png = await mapPixels(page);
      const pts = await page.evaluate(() => {
        const map = (window as any).__atlas.map;
        return map.queryRenderedFeatures({ layers: ['faults:halo'] }).map((f: any) => map.project(f.geometry.coordinates));
      });
      expect(pts.length, 'fault markers drawn').toBeGreaterThan(3);
      // full-strength fault red around the markers
      return pts.reduce((n: number, p: { x: number; y: number }) => n + countColour(png, FAULT_COLOR, { ...p, r: 8 }, 60), 0) / pts.length;
    };
    await page.goto('./#map=4/14/112&lang=en');
    const faint = await faultPixels();
    await page.goto('./#map=4/14/112&panel=resilience&lang=en');
    await page.reload();
    const bold = await faultPixels();
    expect(bold).toBeGreaterThan(20);
    expect(faint).toBeLessThan(bold / 4);
  });

  /** Where a lon/lat falls on the map canvas, and the map's zoom. */
  const onScreen = (page: import('@playwright/test').Page, lonlat: number[]) =>
    page.evaluate((c) => {
      const map = (window as any).__atlas.map;
      return { ...map.project(c), zoom: map.getZoom() };
    }, lonlat);

  test('frames a country chosen in the search, but keeps a shared link’s own camera', async ({ page }) => {
    await page.goto('./#lang=en');
    await mapIdle(page);
    const before = await onScreen(page, [103.82, 1.35]);
    await page.getByRole('combobox').first().fill('Singapore');
    await page.getByRole('option', { name: /Singapore.*Country/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Singapore' })).toBeVisible();
    await mapIdle(page);
    const canvas = (await page.locator('.map canvas').boundingBox())!;
    const sg = await onScreen(page, [103.82, 1.35]);
    // zoomed in on it, in the middle of the map (the side panel is beside it, not over it)
    expect(sg.zoom).toBeGreaterThan(before.zoom + 2);
    expect(Math.abs(sg.x - canvas.width / 2)).toBeLessThan(canvas.width * 0.15);
    expect(Math.abs(sg.y - canvas.height / 2)).toBeLessThan(canvas.height * 0.15);

    // the same country from a link that has its own camera: that camera is kept
    await page.goto('./#map=3/10/110&country=SG&lang=en');
    await page.reload();
    await mapIdle(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Singapore' })).toBeVisible();
    expect((await onScreen(page, [0, 0])).zoom).toBeCloseTo(3, 1);
  });

  test('on a phone, a country’s land-fibre list frames its routes above the sheet and reads in lines', async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US', hasTouch: true });
    const page = await ctx.newPage();
    await page.goto('./#country=VN&map=3/30/100&lang=en');
    await mapIdle(page);
    await page.getByRole('button', { name: /Land fibre routes: show in list/ }).click();
    await expect(page.locator('.asset-list tbody tr').first()).toBeVisible();
    await mapIdle(page);
    const canvas = (await page.locator('.map canvas').boundingBox())!;
    const sheetTop = (await page.locator('.panel').boundingBox())!.y - canvas.y;
    const ends = await page.evaluate(() => {
      const map = (window as any).__atlas.map;
      return map
        .querySourceFeatures('land-fibre')
        .filter((f: any) => f.properties.countries.includes(',VN,'))
        .flatMap((f: any) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates))
        .flatMap((l: number[][]) => [l[0], l[l.length - 1]])
        .map((c: number[]) => map.project(c));
    });
    expect(ends.length).toBeGreaterThan(3);
    // every route's ends in the part of the map the sheet leaves free
    for (const p of ends) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(canvas.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(sheetTop);
    }
    // no cell squeezed to a column of single characters: a cell on more than one line holds
    // many characters per line
    const cells = await page
      .locator('.asset-list tbody tr')
      .first()
      .locator('th, td')
      .evaluateAll((els) =>
        els.map((e) => ({
          lines: Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)),
          text: e.textContent ?? '',
        })),
      );
    expect(cells).toHaveLength(6);
    for (const c of cells) expect(c.lines === 1 || c.text.length / c.lines >= 8, `${c.text}: ${c.lines} lines`).toBe(true);
    await ctx.close();
  });
  /** The country names drawn (with the box each takes), the map controls' boxes and the
   * canvas size, all in canvas pixels. */
  const drawnLabels = (page: import('@playwright/test').Page) =>
    page.evaluate(() => {
      const a = (window as any).__atlas;
      const drawn = new Set(a.map.queryRenderedFeatures({ layers: ['base:labels'] }).map((f: any) => String(f.properties.num)));
      const at = a.map.getContainer().getBoundingClientRect();
      const controls = [...a.map.getContainer().querySelectorAll('.maplibregl-ctrl')].map((el: any) => {
        const r = el.getBoundingClientRect();
        return { x0: r.left - at.left, y0: r.top - at.top, x1: r.right - at.left, y1: r.bottom - at.top };
      });
      const placed = a.placedLabels().filter((l: any) => drawn.has(l.iso));
      return { placed, controls, width: at.width, height: at.height };
    });

  /** The screen boxes of a country's symbols (nodes, cloud, 5G), offsets as drawn. */
  const symbolBoxes = (page: import('@playwright/test').Page, code: string) =>
    page.evaluate(
      ({ code, offsets }: { code: string; offsets: Record<string, [number, number]> }) => {
        const map = (window as any).__atlas.map;
        return Object.entries(offsets).flatMap(([src, [dx, dy]]): Box[] =>
          map
            .querySourceFeatures(src)
            .filter((f: any) => String(f.properties.countries).includes(`,${code},`))
            .map((f: any) => {
              const p = map.project(f.geometry.coordinates);
              // a symbol is ~13 px across
              return { x0: p.x + dx - 7, y0: p.y + dy - 7, x1: p.x + dx + 7, y1: p.y + dy + 7 };
            }),
        );
      },
      { code, offsets: Object.fromEntries(GROUPS.filter((g) => g.zorder >= 200).map((g) => [g.types[0], g.offset ?? [0, 0]])) },
    );

  for (const [name, width, height] of [
    ['desktop', 1280, 800],
    ['phone', 375, 700],
    ['phone', 390, 844],
  ] as const) {
    for (const lang of ['en', 'zh'] as const) {
      test(`at the default ${name} frame (${width} px, ${lang}) every name is whole, off the controls and off Cambodia’s symbols`, async ({
        browser,
      }) => {
        const ctx = await browser.newContext({ viewport: { width, height }, locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
        const page = await ctx.newPage();
        await page.goto(`./#lang=${lang}`);
        await mapIdle(page);
        const { placed, controls, width: w, height: h } = await drawnLabels(page);
        const box = (iso: string) => {
          const l = (placed as PlacedLabel[]).find((x) => x.iso === iso);
          return l && labelBox(l);
        };
        for (const l of placed as PlacedLabel[]) {
          const b = labelBox(l);
          // no name cut by the map's edge ("Lanka")
          expect(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= w && b.y1 <= h, `${l.text} inside the map`).toBe(true);
          // none under the zoom buttons, scale or attribution
          for (const c of controls as Box[]) expect(overlap(b, c), `${l.text} under a control`).toBe(false);
        }
        // Timor-Leste (num 626) and Cambodia (116) are named, Cambodia clear of Phnom Penh's symbols
        expect(box('626'), 'Timor-Leste named').toBeTruthy();
        const kh = box('116');
        expect(kh, 'Cambodia named').toBeTruthy();
        const symbols = await symbolBoxes(page, 'KH');
        expect(symbols.length).toBeGreaterThan(2);
        for (const s of symbols) expect(overlap(kh!, s), 'Cambodia’s name on a symbol').toBe(false);
        await ctx.close();
      });
    }
  }

  for (const [name, width, height] of [
    ['desktop', 1280, 800],
    ['phone', 390, 844],
  ] as const) {
    test(`on a ${name}, Vietnam chosen is framed clear of the route key`, async ({ browser }) => {
      const ctx = await browser.newContext({ viewport: { width, height }, locale: 'en-US' });
      const page = await ctx.newPage();
      await page.goto('./#lang=en');
      await mapIdle(page);
      await page.getByRole('combobox').first().fill('Vietnam');
      await page.getByRole('option', { name: /Vietnam.*Country/ }).click();
      const key = page.locator('[data-legend="routes"]');
      await expect(key).toContainText('Vietnam');
      await mapIdle(page);
      const k = (await key.boundingBox())!;
      const canvas = (await page.locator('.map canvas').boundingBox())!;
      const [w, s, e, n] = COUNTRY_BOUNDS.VN!;
      const corners = await Promise.all([onScreen(page, [w, n]), onScreen(page, [e, s])]);
      const framed = { x0: corners[0].x + canvas.x, y0: corners[0].y + canvas.y, x1: corners[1].x + canvas.x, y1: corners[1].y + canvas.y };
      // the framed country's box is on screen, and the key is beside it, not over it
      expect(framed.x0).toBeGreaterThanOrEqual(canvas.x);
      expect(framed.y0).toBeGreaterThanOrEqual(canvas.y);
      expect(overlap(framed, { x0: k.x, y0: k.y, x1: k.x + k.width, y1: k.y + k.height }), JSON.stringify({ framed, k })).toBe(false);
      await ctx.close();
    });
  }
});
