/**
 * `npm run bench`: the atlas against its floor, a bare maplibre-gl page (bench/baseline.ts)
 * drawing the same basemap and data with the same style.
 *
 *   tsx bench/run.ts [--smoke] [--scales=1,10,100] [--iterations=5]
 *
 * Builds the site (`npm run build`) and the baseline (bench/vite.config.ts → dist-bench/),
 * makes one site per data scale in a temp dir (dist + the scaled geodata from
 * bench/generate.ts + the baseline under baseline/), serves it from 127.0.0.1 on a free
 * port, and drives the same Chromium as the e2e suite (playwright.config.ts) through each
 * measurement, alternating the two pages:
 *
 *   load    navigation start → the map idle with the basemap and all six sources set
 *   filter  click "Operational" (status filter) → the map idle again
 *   select  navigation to `#sel=cable-apg` → the asset's panel in the DOM
 *   memory  JS heap used after load (CDP: collectGarbage, then Runtime.getHeapUsage)
 *   bytes   gzip JS/CSS of dist (own code vs libraries), data bytes fetched before idle
 *
 * Prints medians, [min–max] and atlas/baseline ratios, marks each target PASS/MISS and
 * writes everything to bench-results/. `--smoke` (CI) runs once at 1x; it asserts nothing
 * about time, only that every measurement completes.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { writeScaledGeodata } from './generate';
import { ASSET_FILES } from '../src/data/files';
import { mapFileOf, mapPart } from '../src/data/split';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const DIST_BENCH = join(ROOT, 'dist-bench');
const SELECT_ID = 'cable-apg';

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const opt = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const SMOKE = argv.includes('--smoke');
const SCALES = SMOKE ? [1] : (opt('scales') ?? '1,10,100').split(',').map(Number);
const ITERATIONS = SMOKE ? 1 : Number(opt('iterations') ?? 5);
const LOAD_TIMEOUT = Number(process.env.BENCH_TIMEOUT ?? 120_000);
if (SCALES.some((s) => !Number.isInteger(s) || s < 1) || !(ITERATIONS >= 1))
  throw new Error('usage: tsx bench/run.ts [--smoke] [--scales=1,10,100] [--iterations=5]');

/** Targets from the issue. */
const TARGET = { load: 1.15, filter: 1.25, select: 1.25, ownJsGzipKB: 150, longTaskMs: 200 };

const log = (...a: unknown[]) => console.log(...a);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;

// ---------------------------------------------------------------- build
interface ModuleStat {
  id: string;
  bytes: number;
}
interface ChunkStat {
  fileName: string;
  modules: ModuleStat[];
}

function sh(cmd: string, args: string[]): void {
  execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** `npm run build`, the baseline build, and an in-memory build of the app that tells which
 * modules each chunk holds (for the report on what the atlas's own code is made of). */
async function build(): Promise<ChunkStat[]> {
  log(`[${elapsed()}] building the site (npm run build) and the baseline (dist-bench/)`);
  sh('npm', ['run', '--silent', 'build']);
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: join(ROOT, 'bench/vite.config.ts'), logLevel: 'error' });
  const out = await viteBuild({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    build: { write: false, outDir: join(tmpdir(), 'atlas-bench-analysis') },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Array<{
    output: Array<{ type: string; fileName: string; modules?: Record<string, { renderedLength: number }> }>;
  }>;
  return outputs
    .flatMap((o) => o.output)
    .filter((c) => c.type === 'chunk')
    .map((c) => ({
      fileName: c.fileName,
      modules: Object.entries(c.modules ?? {}).map(([id, m]) => ({ id: id.replace(`${ROOT}${sep}`, ''), bytes: m.renderedLength })),
    }));
}

// ---------------------------------------------------------------- bytes
const gz = (buf: Buffer) => gzipSync(buf).length;
const isLib = (file: string) => /^(vendor|rolldown-runtime|maplibre-gl-worker)/.test(file.split('/').pop()!);

interface Bytes {
  own: { js: number; css: number };
  lib: { js: number; css: number };
  files: Array<{ file: string; raw: number; gzip: number; lib: boolean }>;
}
function distBytes(): Bytes {
  const files = readdirSync(join(DIST, 'assets'))
    .filter((f) => /\.(m?js|css)$/.test(f))
    .map((f) => {
      const buf = readFileSync(join(DIST, 'assets', f));
      return { file: `assets/${f}`, raw: buf.length, gzip: gz(buf), lib: isLib(f) };
    });
  const sum = (lib: boolean, css: boolean) =>
    files.filter((f) => f.lib === lib && f.file.endsWith('.css') === css).reduce((n, f) => n + f.gzip, 0);
  return { own: { js: sum(false, false), css: sum(false, true) }, lib: { js: sum(true, false), css: sum(true, true) }, files };
}

// ---------------------------------------------------------------- sites and server
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
interface Hit {
  path: string;
  bytes: number;
  at: number;
}

class StaticServer {
  root = '';
  hits: Hit[] = [];
  private server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(this.root, path);
    if (!file.startsWith(this.root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    const body = readFileSync(file);
    this.hits.push({ path, bytes: body.length, at: Date.now() });
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
    });
    res.end(body);
  });
  port = 0;
  async start(): Promise<void> {
    await new Promise<void>((ok) => this.server.listen(0, '127.0.0.1', ok));
    this.port = (this.server.address() as { port: number }).port;
  }
  stop(): Promise<void> {
    return new Promise((ok) => this.server.close(() => ok()));
  }
}

/** dist + geodata at `factor` + the baseline page under baseline/. */
function makeSite(tmp: string, factor: number): { root: string; features: number; dataBytes: number } {
  const root = join(tmp, `x${factor}`);
  cpSync(DIST, root, { recursive: true });
  rmSync(join(root, 'geodata'), { recursive: true, force: true });
  const { features, bytes } = writeScaledGeodata(join(ROOT, 'geodata'), join(root, 'geodata'), factor);
  // the asset files' map parts, which the first view loads, as the build writes them (vite.config.ts)
  mkdirSync(join(root, 'geodata', 'map'), { recursive: true });
  for (const file of Object.values(ASSET_FILES))
    writeFileSync(
      join(root, 'geodata', mapFileOf(file)),
      JSON.stringify(mapPart(JSON.parse(readFileSync(join(root, 'geodata', file), 'utf8')))),
    );
  cpSync(DIST_BENCH, join(root, 'baseline'), { recursive: true });
  return { root, features, dataBytes: bytes };
}

// ---------------------------------------------------------------- in-page instrumentation
/** Runs before any page script: records when the map is first idle with all data set and
 * when the asset panel first shows, long tasks, and loadData messages to map workers. */
function instrument(): void {
  type W = Window & { __bench: Record<string, unknown>; __atlas?: { dataSet?: Set<string> }; __baseline?: { loaded: number } };
  const w = window as unknown as W;
  const B: Record<string, unknown> & { longtasks: number[][]; ld: number[] } = { ready: null, panel: null, longtasks: [], ld: [] };
  w.__bench = B;
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) B.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no long task API */
  }
  // maplibre's actor posts { type: 'LD' } (loadData) when a source's data is (re)sent to a worker
  const post = Worker.prototype.postMessage; // eslint-disable-line @typescript-eslint/unbound-method -- re-bound with .call(this) below
  Worker.prototype.postMessage = function (this: Worker, msg: unknown, ...rest: unknown[]) {
    const t = (msg as { type?: unknown } | null)?.type;
    if (t === 'LD' || t === 'loadData') B.ld.push(performance.now());
    return (post as (...a: unknown[]) => void).call(this, msg, ...rest);
  } as typeof Worker.prototype.postMessage;
  const setCount = () => (w.__atlas ? (w.__atlas.dataSet ? w.__atlas.dataSet.size : 6) : w.__baseline ? w.__baseline.loaded : -1);
  let onReady: (t: number) => void = () => {};
  let onPanel: (t: number) => void = () => {};
  B.readyP = new Promise<number>((r) => (onReady = r));
  B.panelP = new Promise<number>((r) => (onPanel = r));
  const check = () => {
    const now = performance.now();
    if (B.ready === null && document.documentElement.dataset.map === 'idle' && !document.querySelector('.legend-status') && setCount() >= 6)
      onReady((B.ready = now));
    if (B.panel === null && document.querySelector('.asset-panel')) onPanel((B.panel = now));
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map'] });
}

// ---------------------------------------------------------------- measurements
type Kind = 'atlas' | 'baseline';
interface LoadRun {
  loadMs: number;
  filterMs: number;
  heapBytes: number;
  /** loadData messages to the map's workers during the filter (0: no data re-sent). */
  filterDataMessages: number;
  /** Long tasks on the main thread after the first idle (load settle + filter). */
  longTasksAfterIdle: number[];
  dataBytes: number;
  dataGzipBytes: number;
  dataFiles: number;
  /** JS/CSS fetched before the first idle (the critical path). */
  criticalAssets: string[];
  /** The six asset files were all requested before any of them had arrived. */
  parallel: boolean | null;
  mapSize: { w: number; h: number };
}

/** Caps every wait: a page that never gets there fails the bench instead of hanging it. */
function withTimeout<T>(p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>(
    (_, rej) => (timer = setTimeout(() => rej(new Error(`${what} after ${LOAD_TIMEOUT / 1000} s`)), LOAD_TIMEOUT)),
  );
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

let gzipCache = new Map<string, number>();
const gzipOf = (root: string, path: string) => {
  const key = join(root, path);
  if (!gzipCache.has(key)) gzipCache.set(key, existsSync(key) ? gz(readFileSync(key)) : 0);
  return gzipCache.get(key)!;
};

class Bench {
  errors: string[] = [];
  baselineSize = '';
  constructor(
    private browser: Browser,
    private server: StaticServer,
    private ctxOptions: BrowserContextOptions,
  ) {}

  url(kind: Kind): string {
    return kind === 'atlas'
      ? `http://127.0.0.1:${this.server.port}/`
      : `http://127.0.0.1:${this.server.port}/baseline/baseline.html${this.baselineSize}`;
  }

  private async open(): Promise<Page> {
    const ctx = await this.browser.newContext(this.ctxOptions);
    // tsx (esbuild) wraps named functions in __name(): give the page a no-op one
    await ctx.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
    await ctx.addInitScript(instrument);
    const page = await ctx.newPage();
    page.on('pageerror', (e) => this.errors.push(`${page.url()}: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && this.errors.push(`${page.url()}: console: ${m.text()}`));
    return page;
  }

  async load(kind: Kind): Promise<LoadRun> {
    const page = await this.open();
    try {
      const mark = this.server.hits.length;
      await page.goto(this.url(kind), { waitUntil: 'commit' });
      const loadMs = await withTimeout(
        page.evaluate(() => (window as unknown as { __bench: { readyP: Promise<number> } }).__bench.readyP),
        `${kind}: map not idle with all data`,
      );
      const before = this.server.hits.slice(mark);
      const data = before.filter((h) => /^\/(geodata|basemap)\//.test(h.path));
      const critical = before.filter((h) => /\.(m?js|css)$/.test(h.path)).map((h) => h.path);
      const mapSize = await page.evaluate(() => {
        const r = document.querySelector('.maplibregl-canvas')!.getBoundingClientRect();
        return { w: Math.round(r.width), h: Math.round(r.height) };
      });
      // the six asset files' map parts are fetched by the load worker, whose requests the
      // page's resource timing does not see: the server's own log of when each arrived does.
      // Issued together (not one after another): all six arrived within 50 ms of each other.
      const parts = data.filter((h) => /^\/geodata\/map\/[^/]+\.geojson$/.test(h.path)).map((h) => h.at);
      const parallel = parts.length < 6 ? null : Math.max(...parts) - Math.min(...parts) < 50;
      await page.waitForTimeout(500); // settle: anything the first idle started
      const tasksA = await page.evaluate(() => {
        const B = (window as unknown as { __bench: { longtasks: number[][]; ready: number } }).__bench;
        return { tasks: B.longtasks.filter(([s]) => s! >= B.ready).map(([, d]) => d!), now: performance.now() };
      });
      // memory (a forced GC is itself main-thread work: long tasks in its window are not counted)
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      const afterGc = await page.evaluate(() => performance.now());
      await page.waitForTimeout(200);
      // filter: the "Operational" status filter, click → map idle again
      const filter = await page.evaluate(async (kind) => {
        const html = document.documentElement;
        let input: HTMLInputElement | null | undefined;
        if (kind === 'atlas') {
          const d = document.querySelector<HTMLDetailsElement>('details.filters');
          if (d) d.open = true;
          input = [...document.querySelectorAll('details.filters label')]
            .find((l) => l.textContent?.trim() === 'Operational')
            ?.querySelector('input');
        } else input = document.querySelector<HTMLInputElement>('#bench-filter');
        if (!input) throw new Error('no "Operational" filter control found');
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const B = (window as unknown as { __bench: { ld: number[]; longtasks: number[][] } }).__bench;
        const ld0 = B.ld.length;
        let sawBusy = false;
        const done = new Promise<number>((res, rej) => {
          const mo = new MutationObserver(() => {
            if (html.dataset.map === 'busy') sawBusy = true;
            else if (sawBusy && html.dataset.map === 'idle') {
              mo.disconnect();
              res(performance.now());
            }
          });
          mo.observe(html, { attributes: true, attributeFilter: ['data-map'] });
          setTimeout(() => rej(new Error('filter: map never idle again')), 60_000);
        });
        const t0 = performance.now();
        input.click();
        if (html.dataset.map === 'busy') sawBusy = true;
        const t1 = await done;
        return { ms: t1 - t0, ld: B.ld.length - ld0 };
      }, kind);
      await page.waitForTimeout(300);
      const tasksB = await page.evaluate((after) => {
        const B = (window as unknown as { __bench: { longtasks: number[][] } }).__bench;
        return B.longtasks.filter(([s]) => s! > after).map(([, d]) => d!);
      }, afterGc);
      const root = this.server.root;
      return {
        loadMs,
        filterMs: filter.ms,
        heapBytes: heap.usedSize,
        filterDataMessages: filter.ld,
        longTasksAfterIdle: [...tasksA.tasks, ...tasksB],
        dataBytes: data.reduce((n, h) => n + h.bytes, 0),
        dataGzipBytes: data.reduce((n, h) => n + gzipOf(root, h.path), 0),
        dataFiles: data.length,
        criticalAssets: critical,
        parallel,
        mapSize,
      };
    } finally {
      await page.context().close();
    }
  }

  async select(kind: Kind): Promise<number> {
    const page = await this.open();
    try {
      const base = this.url(kind);
      await page.goto(`${base}#sel=${SELECT_ID}`, { waitUntil: 'commit' });
      const t = await withTimeout(
        page.evaluate(() => (window as unknown as { __bench: { panelP: Promise<number> } }).__bench.panelP),
        `${kind}: no panel for #sel=${SELECT_ID}`,
      );
      const name = await page.locator('.asset-panel h2').first().textContent();
      if (!name?.includes('Asia Pacific Gateway')) throw new Error(`${kind}: the panel shows "${name}"`);
      return t;
    } finally {
      await page.context().close();
    }
  }
}

// ---------------------------------------------------------------- statistics and report
interface Stat {
  median: number;
  min: number;
  max: number;
  n: number;
  all: number[];
}
const stat = (xs: number[]): Stat => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return { median: m, min: s[0]!, max: s[s.length - 1]!, n: s.length, all: xs };
};
const KB = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const MB = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const ms = (x: number) => `${Math.round(x)} ms`;
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

interface ScaleResult {
  factor: number;
  features: number;
  dataBytesOnDisk: number;
  atlas: Record<'load' | 'filter' | 'select' | 'heap', Stat>;
  baseline: Record<'load' | 'filter' | 'select' | 'heap', Stat>;
  ratio: Record<'load' | 'filter' | 'select' | 'heap', number>;
  runs: { atlas: LoadRun[]; baseline: LoadRun[]; selectAtlas: number[]; selectBaseline: number[] };
}
interface Verdict {
  target: string;
  pass: boolean;
  detail: string;
}

async function main(): Promise<void> {
  log(`bench: ${SMOKE ? 'smoke (1 run, 1x)' : `${ITERATIONS} iterations, scales ${SCALES.join('x, ')}x`}; ${cpus().length} cores`);
  const chunks = await build();
  const bytes = distBytes();
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const server = new StaticServer();
  await server.start();
  const use = playwrightConfig.use ?? {};
  const { launchOptions, baseURL: _b, ...ctxOptions } = use as typeof use & { baseURL?: string };
  void _b;
  const browser = await chromium.launch({ ...launchOptions, headless: true });
  const bench = new Bench(browser, server, { ...(ctxOptions as BrowserContextOptions), locale: 'en-US' });
  const version = browser.version();
  const results: ScaleResult[] = [];
  try {
    for (const factor of SCALES) {
      const site = makeSite(tmp, factor);
      server.root = site.root;
      gzipCache = new Map();
      log(`[${elapsed()}] ${factor}x: ${site.features} features, ${MB(site.dataBytes)} of data`);
      if (!bench.baselineSize) {
        // warm-up (not measured): the browser's first page pays for GPU process and shader start-up
        const first = await bench.load('atlas');
        bench.baselineSize = `?w=${first.mapSize.w}&h=${first.mapSize.h}`;
        await bench.load('baseline');
      }
      const runs = { atlas: [] as LoadRun[], baseline: [] as LoadRun[], selectAtlas: [] as number[], selectBaseline: [] as number[] };
      for (let i = 0; i < ITERATIONS; i++) {
        const order: Kind[] = i % 2 ? ['baseline', 'atlas'] : ['atlas', 'baseline'];
        for (const k of order) runs[k].push(await bench.load(k));
        for (const k of order) (k === 'atlas' ? runs.selectAtlas : runs.selectBaseline).push(await bench.select(k));
        const a = runs.atlas.at(-1)!,
          b = runs.baseline.at(-1)!;
        log(
          `[${elapsed()}]   #${i + 1}: load ${ms(a.loadMs)} / ${ms(b.loadMs)}, filter ${ms(a.filterMs)} / ${ms(b.filterMs)}, select ${ms(runs.selectAtlas.at(-1)!)} / ${ms(runs.selectBaseline.at(-1)!)}, heap ${MB(a.heapBytes)} / ${MB(b.heapBytes)} (atlas / baseline)`,
        );
      }
      const pick = (rs: LoadRun[], sel: number[]) => ({
        load: stat(rs.map((r) => r.loadMs)),
        filter: stat(rs.map((r) => r.filterMs)),
        select: stat(sel),
        heap: stat(rs.map((r) => r.heapBytes)),
      });
      const atlas = pick(runs.atlas, runs.selectAtlas);
      const baseline = pick(runs.baseline, runs.selectBaseline);
      const ratio = {
        load: atlas.load.median / baseline.load.median,
        filter: atlas.filter.median / baseline.filter.median,
        select: atlas.select.median / baseline.select.median,
        heap: atlas.heap.median / baseline.heap.median,
      };
      results.push({ factor, features: site.features, dataBytesOnDisk: site.dataBytes, atlas, baseline, ratio, runs });
      rmSync(site.root, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
  }

  // ------------------------------------------------------------ verdicts
  const verdicts: Verdict[] = [];
  for (const r of results) {
    verdicts.push({
      target: `load ≤ ${TARGET.load}x baseline at ${r.factor}x`,
      pass: r.ratio.load <= TARGET.load,
      detail: `${r.ratio.load.toFixed(2)}x (${ms(r.atlas.load.median)} vs ${ms(r.baseline.load.median)})`,
    });
    verdicts.push({
      target: `filter ≤ ${TARGET.filter}x baseline at ${r.factor}x`,
      pass: r.ratio.filter <= TARGET.filter,
      detail: `${r.ratio.filter.toFixed(2)}x (${ms(r.atlas.filter.median)} vs ${ms(r.baseline.filter.median)})`,
    });
    verdicts.push({
      target: `select ≤ ${TARGET.select}x baseline at ${r.factor}x`,
      pass: r.ratio.select <= TARGET.select,
      detail: `${r.ratio.select.toFixed(2)}x (${ms(r.atlas.select.median)} vs ${ms(r.baseline.select.median)})`,
    });
  }
  const resent = results.flatMap((r) => r.runs.atlas.map((x) => x.filterDataMessages));
  verdicts.push({
    target: 'filtering re-sends no data to the map workers',
    pass: resent.every((n) => n === 0),
    detail: `loadData messages during the filter: ${[...new Set(resent)].join(', ')}`,
  });
  if (results.length > 1) {
    const first = results[0]!,
      last = results.at(-1)!;
    const grow = last.atlas.filter.median / first.atlas.filter.median;
    const baseGrow = last.baseline.filter.median / first.baseline.filter.median;
    verdicts.push({
      target: `filter at ${last.factor}x costs less than reloading the data`,
      pass: last.atlas.filter.median < last.atlas.load.median,
      detail: `${ms(last.atlas.filter.median)} vs load ${ms(last.atlas.load.median)}; filter ×${grow.toFixed(2)} from ${first.factor}x (baseline ×${baseGrow.toFixed(2)})`,
    });
  }
  verdicts.push({
    target: `own JavaScript ≤ ${TARGET.ownJsGzipKB} KB gzip`,
    pass: bytes.own.js <= TARGET.ownJsGzipKB * 1024,
    detail: KB(bytes.own.js),
  });
  const one = results.find((r) => r.factor === 1);
  let deferrable: ModuleStat[] = [];
  if (one) {
    const critical = new Set(one.runs.atlas.flatMap((r) => r.criticalAssets).map((p) => p.replace(/^\//, '')));
    const onPath = chunks.filter((c) => critical.has(c.fileName));
    // code the first view does not show: the asset, country and imported-feature panels, the
    // chooser, the list, import/export. (The search box and the overview, whose milestones
    // list their sources, are on screen at first view.)
    deferrable = onPath
      .flatMap((c) => c.modules)
      .filter((m) =>
        /^src\/(panels\/(asset-panel|country-panel|chooser|imported-panel|event-list)|filters\/asset-list|io\/(io-panel|export|import-geojson|snapshot))/.test(
          m.id,
        ),
      );
    verdicts.push({
      target: 'nothing the first view does not need is on its critical path',
      pass: deferrable.length === 0,
      detail: deferrable.length
        ? `loaded before first idle: ${deferrable.map((m) => m.id).join(', ')}`
        : `critical path: ${[...critical].join(', ')}`,
    });
    const par = one.runs.atlas.map((r) => r.parallel);
    verdicts.push({
      target: 'data files load in parallel',
      pass: par.every((p) => p === true),
      detail: `six asset files' map parts requested together (arriving at the server within 50 ms): ${par.join(', ')}`,
    });
    const lt = one.runs.atlas.flatMap((r) => r.longTasksAfterIdle);
    const worst = lt.length ? Math.max(...lt) : 0;
    verdicts.push({
      target: `no long task over ${TARGET.longTaskMs} ms after first idle at 1x`,
      pass: worst <= TARGET.longTaskMs,
      detail: `longest ${ms(worst)} (${lt.length} long tasks over 50 ms in ${one.runs.atlas.length} runs)`,
    });
  }

  // ------------------------------------------------------------ report
  log('');
  log(
    `atlas vs baseline — median [min–max] of ${ITERATIONS} run(s); Chromium ${version}, ${cpus().length} cores (${cpus()[0]?.model.trim()})`,
  );
  const W = [22, 26, 26, 7];
  log(`${pad('figure', W[0]!)}${pad('atlas', W[1]!)}${pad('baseline', W[2]!)}${lpad('ratio', W[3]!)}`);
  for (const r of results) {
    for (const key of ['load', 'filter', 'select', 'heap'] as const) {
      const f = key === 'heap' ? MB : ms;
      const cell = (s: Stat) => `${f(s.median)} [${f(s.min)}–${f(s.max)}]`;
      log(
        `${pad(`${key === 'heap' ? 'memory' : key} @${r.factor}x`, W[0]!)}${pad(cell(r.atlas[key]), W[1]!)}${pad(cell(r.baseline[key]), W[2]!)}${lpad(`${r.ratio[key].toFixed(2)}x`, W[3]!)}`,
      );
    }
  }
  log('');
  log(
    `bytes (gzip): own JS ${KB(bytes.own.js)}, own CSS ${KB(bytes.own.css)}; libraries JS ${KB(bytes.lib.js)} (incl. map worker), CSS ${KB(bytes.lib.css)}`,
  );
  for (const f of bytes.files)
    log(`  ${pad(f.file, 48)} ${lpad(KB(f.raw), 10)} raw ${lpad(KB(f.gzip), 10)} gzip  ${f.lib ? 'library' : 'own'}`);
  for (const r of results) {
    const a = r.runs.atlas[0]!,
      b = r.runs.baseline[0]!;
    log(
      `data on first view @${r.factor}x: atlas ${a.dataFiles} files ${MB(a.dataBytes)} (${MB(a.dataGzipBytes)} gzip); baseline ${b.dataFiles} files ${MB(b.dataBytes)} (${MB(b.dataGzipBytes)} gzip)`,
    );
  }
  log('');
  for (const v of verdicts) log(`${v.pass ? 'PASS' : 'MISS'}  ${pad(v.target, 62)} ${v.detail}`);

  // own code's largest modules, to say what a miss would have to move
  const ownChunks = chunks.filter((c) => !isLib(c.fileName));
  const ownModules = ownChunks
    .flatMap((c) => c.modules)
    .filter((m) => !m.id.includes('node_modules'))
    .sort((a, b) => b.bytes - a.bytes);
  const libModules = chunks.filter((c) => isLib(c.fileName)).flatMap((c) => c.modules);
  const byPackage = new Map<string, number>();
  for (const m of libModules) {
    const pkg = /node_modules[\\/]((@[^\\/]+[\\/])?[^\\/]+)/.exec(m.id)?.[1] ?? m.id;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + m.bytes);
  }

  const when = new Date();
  const report = {
    date: when.toISOString(),
    mode: SMOKE ? 'smoke' : 'full',
    iterations: ITERATIONS,
    machine: { cores: cpus().length, cpu: cpus()[0]?.model.trim(), node: process.version },
    browser: `Chromium ${version}`,
    targets: TARGET,
    bytes,
    ownModulesRenderedBytes: ownModules.slice(0, 25),
    libraryPackagesRenderedBytes: Object.fromEntries([...byPackage].sort((a, b) => b[1] - a[1])),
    deferrableOnCriticalPath: deferrable,
    scales: results,
    verdicts,
    pageErrors: bench.errors,
  };
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  const file = join(ROOT, 'bench-results', `bench-${report.mode}-${stamp}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2));
  writeFileSync(join(ROOT, 'bench-results', `latest-${report.mode}.json`), JSON.stringify(report, null, 2));
  if (bench.errors.length) log(`\npage errors (${bench.errors.length}):\n  ${[...new Set(bench.errors)].slice(0, 10).join('\n  ')}`);
  log(`\n[${elapsed()}] wrote ${file.replace(`${ROOT}${sep}`, '')}${SMOKE ? ' (smoke: figures are not asserted)' : ''}`);
}

main().catch((e: unknown) => {
  console.error('bench failed:', e);
  process.exit(1);
});
