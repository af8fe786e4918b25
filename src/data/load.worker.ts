/// <reference lib="webworker" />
/**
 * Fetches, parses and validates one asset file off the main thread (load.ts,
 * loadAssetFileOffThread). The features kept go back as JSON text in a transferred buffer:
 * parsing that on the main thread costs far less than a structured clone of the objects or
 * than validating them there.
 */
import { ASSET_FILES } from './files';
import { checkAssetFile, type Problem } from './validate';
import type { AssetType } from './schema';
import { fetchJson, LoadError, type LoadErrorKind } from './load';

export type LoadIn = { id: number; type: AssetType; url: string };
export type LoadOut =
  | { id: number; ok: true; features: ArrayBuffer; skipped: Problem[]; validateMs: number }
  | { id: number; ok: false; kind: LoadErrorKind; message: string; problems: Problem[] };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<LoadIn>) => {
  const { id, type, url } = e.data;
  try {
    const json = await fetchJson(url);
    const t0 = performance.now();
    const { features, problems } = checkAssetFile(ASSET_FILES[type], type, json);
    const validateMs = performance.now() - t0;
    const buf = new TextEncoder().encode(JSON.stringify(features)).buffer;
    scope.postMessage({ id, ok: true, features: buf, skipped: problems, validateMs } satisfies LoadOut, [buf]);
  } catch (err) {
    const le = err instanceof LoadError ? err : new LoadError('network', String((err as Error)?.message ?? err));
    scope.postMessage({ id, ok: false, kind: le.kind, message: le.message, problems: le.problems } satisfies LoadOut);
  }
};
