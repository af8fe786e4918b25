/// <reference lib="webworker" />
/**
 * Fetches, parses and validates the app's data files off the main thread (load-client.ts):
 * the schemas (zod) run here only, so neither their code nor their work is on the main
 * thread. What loaded goes back as JSON text in a transferred buffer: parsing that on the
 * main thread costs far less than a structured clone of the objects or than validating them.
 */
import { LOADERS, LoadError, type LoadErrorKind, type Loadable } from './load';
import type { Problem } from './checks';

export type LoadIn = { id: number; what: Loadable; arg?: string; base: string };
export type LoadOut =
  | { id: number; ok: true; json: ArrayBuffer; validateMs: number }
  | { id: number; ok: false; kind: LoadErrorKind; message: string; problems: Problem[] };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<LoadIn>) => {
  const { id, what, arg, base } = e.data;
  try {
    const t0 = performance.now();
    const load = LOADERS[what] as (arg: string | undefined, base: string) => Promise<unknown>;
    const out = await load(arg, base);
    const validateMs = performance.now() - t0;
    const buf = new TextEncoder().encode(JSON.stringify(out)).buffer;
    scope.postMessage({ id, ok: true, json: buf, validateMs } satisfies LoadOut, [buf]);
  } catch (err) {
    const le = err instanceof LoadError ? err : new LoadError('network', String((err as Error)?.message ?? err));
    scope.postMessage({ id, ok: false, kind: le.kind, message: le.message, problems: le.problems } satisfies LoadOut);
  }
};
