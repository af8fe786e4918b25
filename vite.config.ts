import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { buildFeed, type FeedInput } from './scripts/feed.ts';
import { ASSET_FILES } from './src/data/files.ts';
import { mapFileOf, mapPart } from './src/data/split.ts';
import { defineConfig } from 'vitest/config';

const GEODATA = resolve(import.meta.dirname, 'geodata');

/** The Atom feed of the dataset's dated events (scripts/feed.ts); ATLAS_SITE_URL makes its links absolute. */
function feed(): string {
  const read = (n: string): unknown => JSON.parse(readFileSync(join(GEODATA, n), 'utf8'));
  const assets = ['submarine-cables', 'land-fibre', 'nodes', 'cloud-centres', '5g'].flatMap((n) =>
    (read(`${n}.geojson`) as { features: Array<{ properties: FeedInput['assets'][number] }> }).features.map((f) => f.properties),
  );
  const faults = (read('faults.json') as { faults: FeedInput['faults'] }).faults;
  return buildFeed({ assets, faults, site: process.env.ATLAS_SITE_URL ?? '' });
}

/** The map's part of each asset file (src/data/split.ts), as served at geodata/map/<file>. */
const mapFile = (name: string): string => JSON.stringify(mapPart(JSON.parse(readFileSync(join(GEODATA, name), 'utf8'))));
const ASSET_FILE_NAMES = new Set<string>(Object.values(ASSET_FILES));

/** Serves geodata/ at <base>geodata/ in dev and copies it beside the built site, so the
 * app fetches its data from its own origin (and the files stay plain, citable GeoJSON).
 * Beside each asset file, its map part at geodata/map/ (what the first view loads). */
function geodata(): Plugin {
  return {
    name: 'atlas-geodata',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0]?.endsWith('/feed.xml')) {
          res.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
          return res.end(feed());
        }
        const m = /\/geodata\/(map\/)?([\w.-]+\.(?:geo)?json)$/.exec(req.url?.split('?')[0] ?? '');
        if (!m || (m[1] && !ASSET_FILE_NAMES.has(m[2]!))) return next();
        try {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(m[1] ? mapFile(m[2]!) : readFileSync(join(GEODATA, m[2]!)));
        } catch {
          res.statusCode = 404;
          res.end('not found');
        }
      });
    },
    generateBundle() {
      for (const name of readdirSync(GEODATA)) {
        if (/\.(geo)?json$/.test(name))
          this.emitFile({ type: 'asset', fileName: `geodata/${name}`, source: readFileSync(join(GEODATA, name)) });
      }
      for (const name of ASSET_FILE_NAMES) this.emitFile({ type: 'asset', fileName: `geodata/${mapFileOf(name)}`, source: mapFile(name) });
      // the Atom feed of the dataset's dated events (scripts/feed.ts)
      this.emitFile({ type: 'asset', fileName: 'feed.xml', source: feed() });
    },
  };
}

/** Moves the app's bundled stylesheet from the head to the end of the body: there it does not
 * hold back the first paint of the page's own text (styled by public/base.css) on a slow
 * connection, and the app's code still runs only once it has loaded (a stylesheet blocks
 * the scripts after it, module scripts included). */
function stylesheetLast(): Plugin {
  return {
    name: 'atlas-stylesheet-last',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const links: string[] = [];
        const out = html.replace(/\s*<link rel="stylesheet" crossorigin href="[^"]*assets\/[^"]+\.css">/g, (m) => {
          links.push(m.trim());
          return '';
        });
        return out.replace('</body>', `  ${links.join('\n    ')}\n  </body>`);
      },
    },
  };
}

/** Stamps public/sw.js (the hand-written service worker) in the built site with this
 * release's id and the list of its files, so a new release is a new worker that replaces
 * the old one and its caches. The basemap's 1:10m files (3 MB) are left to be cached when
 * first drawn. */
function serviceWorker(): Plugin {
  let outDir = 'dist';
  let files: string[] = [];
  return {
    name: 'atlas-service-worker',
    apply: 'build',
    configResolved(c) {
      outDir = resolve(c.root, c.build.outDir);
    },
    generateBundle(_, bundle) {
      files = Object.keys(bundle).filter((f) => !/\.(map|html)$/.test(f) && f !== 'sw.js');
    },
    writeBundle() {
      const basemap = (() => {
        try {
          return readdirSync(join(outDir, 'basemap')).filter((f) => !f.includes('-10m'));
        } catch {
          return [];
        }
      })();
      const all = [...files, ...basemap.map((f) => `basemap/${f}`), 'base.css', 'boot.js', 'favicon.svg'].sort().map((f) => `./${f}`);
      const hash = createHash('sha256');
      for (const f of all) {
        try {
          hash.update(f).update(readFileSync(join(outDir, f)));
        } catch {
          /* a file listed but not written: the install fails loudly in the browser */
        }
      }
      const sw = join(outDir, 'sw.js');
      const src = readFileSync(sw, 'utf8');
      const out = src
        .replace("const RELEASE = '__RELEASE__';", `const RELEASE = ${JSON.stringify(hash.digest('hex').slice(0, 12))};`)
        .replace('const FILES = __FILES__;', `const FILES = ${JSON.stringify(all)};`);
      if (out.includes('= __FILES__') || out.includes("= '__RELEASE__'")) throw new Error('public/sw.js: could not stamp the release');
      writeFileSync(sw, out);
    },
  };
}

export default defineConfig({
  // Relative base: the built site works from any static host and under any sub-path.
  base: './',
  plugins: [react(), geodata(), serviceWorker(), stylesheetLast()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    // Libraries in their own chunk, so the app's own code and its libraries can be sized
    // (and cached) apart; see bench/run.ts. zod is left out of it: it runs in the load worker
    // (and in the in-thread fallback, a chunk loaded only where there are no workers), never
    // in the first view (src/data/main-thread.test.ts).
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'vendor', test: /[\\/]node_modules[\\/](?!zod[\\/])/ }] } },
    },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // the sea router and the 100x dataset are CPU-heavy: on a shared 2-core machine a test may
    // take several times its quiet-machine time; timings belong to the benchmark, not here
    testTimeout: 60_000,
  },
});
