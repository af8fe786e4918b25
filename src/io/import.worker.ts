/// <reference lib="webworker" />
/** Parses an imported file off the main thread, reporting progress as it reads. */
import { readGeoJSON, type ImportResult } from './import-geojson';

export type WorkerIn = { file: File; layerId: string };
export type WorkerOut =
  { type: 'progress'; loaded: number; total: number } | { type: 'done'; result: ImportResult } | { type: 'error'; message: string };

const post = (m: WorkerOut) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<WorkerIn>) => {
  const { file, layerId } = e.data;
  try {
    const reader = file.stream().getReader();
    const decoder = new TextDecoder('utf-8');
    let text = '';
    let loaded = 0;
    let lastPost = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.byteLength;
      text += decoder.decode(value, { stream: true });
      if (loaded - lastPost > 1 << 20 || loaded === file.size) {
        lastPost = loaded;
        post({ type: 'progress', loaded, total: file.size });
      }
    }
    text += decoder.decode();
    if (!text.trim()) return post({ type: 'error', message: 'the file is empty' });
    let json: unknown;
    try {
      json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (err) {
      return post({ type: 'error', message: `not JSON: ${(err as Error).message.slice(0, 120)}` });
    }
    post({ type: 'done', result: readGeoJSON(json, layerId) });
  } catch (err) {
    post({ type: 'error', message: `could not read the file: ${(err as Error).message}` });
  }
};
