import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { expect, mapIdle, test } from './fixtures';

/** The policy README.md ("Deploying") asks a host to send. */
const POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";
const DIST = resolve('dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The built site (dist/) from a tiny static server that sends the policy with every response. */
function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split(/[?#]/)[0]!)).replace(/^(\.\.[/\\])+/, '');
    let file = join(DIST, path);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      res.writeHead(404, { 'Content-Security-Policy': POLICY }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': POLICY });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

test('the built site works under a strict Content-Security-Policy, without one violation', async ({ page, guard }) => {
  const server = await serve();
  try {
    const violations: string[] = [];
    page.on('console', (m) => /Content[- ]Security[- ]Policy/i.test(m.text()) && violations.push(m.text()));
    await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
          `${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
        ),
      ),
    );
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const res = await page.goto(`${base}#lang=en&sel=cable-apg`);
    expect(res?.headers()['content-security-policy']).toBe(POLICY);
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Asia Pacific Gateway (APG)');
    await mapIdle(page);
    // every part that loads later: the list, the import worker, the export panel
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Asset list' }).click();
    await expect(page.locator('.asset-list tbody tr').first()).toBeVisible();
    await page.locator('.io input[type=file]').setInputFiles([
      {
        name: 'one.geojson',
        mimeType: 'application/geo+json',
        buffer: Buffer.from(JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [105, 12] }, properties: {} })),
      },
    ]);
    await expect(page.locator('.imported-layers li')).toContainText('1 feature');
    await mapIdle(page);
    expect(violations).toEqual([]);
    expect(guard.errors).toEqual([]);
  } finally {
    server.close();
  }
});
