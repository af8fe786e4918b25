/**
 * The main thread's side of the one loading path: asks the load worker (load.worker.ts) for
 * a file and reads back what it kept. The worker fetches, parses and validates; zod and the
 * schemas never load on the main thread (main-thread.test.ts). Where there are no workers
 * (tests, scripts) or the worker cannot start, the same loaders (load.ts) run in this
 * thread, loaded on demand.
 */
import { ASSET_FILES } from './files';
import { LoadError } from './loaded';
import type { LoadArg, Loadable, LoadResult } from './load';
import type { LoadIn, LoadOut } from './load.worker';
import type { AssetType } from './constants';

let worker: Worker | null = null;
let nextId = 0;
/** Requests in flight; `null` tells a request that the worker failed (load in-thread). */
const waiting = new Map<number, (m: LoadOut | null) => void>();
let workerFailed = false;

function inThread<K extends Loadable>(what: K, arg: LoadArg<K>, base: string): Promise<LoadResult<K>> {
  return import('./load').then((m) => (m.LOADERS[what] as (a: LoadArg<K>, b: string) => Promise<LoadResult<K>>)(arg, base));
}

/** A file's name, for the measures that name it. */
const fileOf = (what: Loadable, arg: string | undefined): string => (what === 'assets' ? ASSET_FILES[arg as AssetType] : what);

/** Loads one of the app's files in the load worker: same result and errors as the loaders in
 * load.ts, which it runs where there are no workers. */
export async function loadOffThread<K extends Loadable>(what: K, arg: LoadArg<K>, base: string): Promise<LoadResult<K>> {
  if (typeof Worker === 'undefined' || typeof document === 'undefined' || workerFailed) return inThread(what, arg, base);
  if (!worker) {
    worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<LoadOut>) => {
      waiting.get(e.data.id)?.(e.data);
      waiting.delete(e.data.id);
    };
    // the worker's script could not load or run: every file loads on the main thread instead
    worker.onerror = () => {
      workerFailed = true;
      worker?.terminate();
      worker = null;
      for (const done of waiting.values()) done(null);
      waiting.clear();
    };
  }
  const id = nextId++;
  const out = await new Promise<LoadOut | null>((resolve) => {
    waiting.set(id, resolve);
    // the worker resolves data URLs against its own script's address: give it an absolute base
    worker!.postMessage({ id, what, arg: arg as string | undefined, base: new URL(base, document.baseURI).href } satisfies LoadIn);
  });
  if (out === null) return inThread(what, arg, base);
  if (!out.ok) throw new LoadError(out.kind, out.message, out.problems);
  const t0 = performance.now();
  const result = JSON.parse(new TextDecoder().decode(out.json)) as LoadResult<K>;
  performance.measure(`read ${fileOf(what, arg)}`, { start: t0, end: performance.now() });
  return result;
}
