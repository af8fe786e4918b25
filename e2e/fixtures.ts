import { test as base, expect, type Page } from '@playwright/test';
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';

const require = createRequire(import.meta.url);

/** What a page did that a user should never see: requests off this machine, console
 * errors, uncaught exceptions. Every test checks it at the end. */
interface Guard {
  external: string[];
  errors: string[];
  /** Console errors a test expects (e.g. the 404 it provoked). */
  allow: RegExp[];
}

export const test = base.extend<{ guard: Guard }>({
  guard: async ({ page }, use) => {
    const g: Guard = { external: [], errors: [], allow: [] };
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['data:', 'blob:'].includes(u.protocol) && !['127.0.0.1', 'localhost'].includes(u.hostname)) g.external.push(r.url());
    });
    page.on('console', (m) => m.type() === 'error' && g.errors.push(m.text()));
    page.on('pageerror', (e) => g.errors.push(`pageerror: ${e.message}`));
    await use(g);
    expect(g.external, 'requests to other hosts').toEqual([]);
    expect(
      g.errors.filter((e) => !g.allow.some((a) => a.test(e))),
      'console errors',
    ).toEqual([]);
  },
});
export { expect };

/** Waits until the map has drawn everything it was asked to (the app's idle signal) and
 * no layer is still loading. */
export async function mapIdle(page: Page): Promise<void> {
  await expect(page.locator('.legend-status')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-map', 'idle', { timeout: 60_000 });
}

export const hexToRgb = (hex: string): [number, number, number] =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** The map canvas as decoded pixels. */
export async function mapPixels(page: Page): Promise<PNG> {
  return PNG.sync.read(await page.locator('.map canvas').screenshot());
}

const near = (png: PNG, i: number, [r, g, b]: [number, number, number], tol: number) =>
  Math.abs(png.data[i]! - r) + Math.abs(png.data[i + 1]! - g) + Math.abs(png.data[i + 2]! - b) <= tol;

/** How many pixels are (nearly) this colour, optionally only within a box around a point. */
export function countColour(png: PNG, hex: string, around?: { x: number; y: number; r: number }, tol = 40): number {
  const rgb = hexToRgb(hex);
  let n = 0;
  const [x0, x1, y0, y1] = around
    ? [
        Math.max(0, Math.round(around.x - around.r)),
        Math.min(png.width, Math.round(around.x + around.r)),
        Math.max(0, Math.round(around.y - around.r)),
        Math.min(png.height, Math.round(around.y + around.r)),
      ]
    : [0, png.width, 0, png.height];
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (near(png, (y * png.width + x) * 4, rgb, tol)) n++;
  return n;
}

/** Screen position (CSS px in the canvas) of one feature of a source that no other feature
 * (of any asset source, its own included) sits near, so its pixels can only be its own. */
export async function loneFeaturePoint(page: Page, source: string): Promise<{ x: number; y: number; id: string }> {
  return page.evaluate((source) => {
    const map = (window as any).__atlas.map;
    const others = ['submarine-cable', 'landing-point', 'land-fibre', 'node', 'cloud-centre', '5g'].filter((s) => s !== source);
    const pts = (src: string) =>
      map.querySourceFeatures(src).flatMap((f: any) => {
        const g = f.geometry;
        const lines = g.type === 'Point' ? [[g.coordinates]] : g.type === 'LineString' ? [g.coordinates] : g.coordinates;
        // for lines: the screen-space midpoint of each segment lies on the drawn line
        return lines.flatMap((l: number[][]) =>
          l.length === 1
            ? [{ ...map.project(l[0]), id: f.properties.id }]
            : l.slice(1).map((p, i) => {
                const a = map.project(l[i]),
                  b = map.project(p);
                return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, id: f.properties.id };
              }),
        );
      });
    const rect = map.getCanvas().getBoundingClientRect();
    const inView = (p: { x: number; y: number }) => p.x > 20 && p.y > 20 && p.x < rect.width - 60 && p.y < rect.height - 40;
    // an in-service feature: others are dashed, and a segment's midpoint may fall in a gap
    const solid = new Set(
      map
        .querySourceFeatures(source)
        .filter((f: any) => f.properties.status === 'operational')
        .map((f: any) => f.properties.id),
    );
    const mine = pts(source)
      .filter((p: { id: string }) => solid.has(p.id))
      .filter(inView);
    const theirs = [...others.flatMap(pts), ...pts(source)];
    let best = mine[0],
      bestD = -1;
    for (const p of mine) {
      const d = Math.min(...theirs.filter((q: any) => q.id !== p.id).map((q: any) => Math.hypot(q.x - p.x, q.y - p.y)), 1e9);
      if (d > bestD) {
        best = p;
        bestD = d;
      }
    }
    return best;
  }, source);
}

/** Runs axe-core in the page; returns serious and critical violations. */
export async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() => (window as any).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }));
  return result.violations
    .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
}
