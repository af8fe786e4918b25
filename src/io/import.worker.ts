/// <reference lib="webworker" />
/** Parses an imported file off the main thread, reporting progress as it reads. */
import { readGeoJSON, sniffEncoding, type ImportResult } from './import-geojson';

export type WorkerIn = { file: File; layerId: string };
export type WorkerOut =
  { type: 'progress'; loaded: number; total: number } | { type: 'done'; result: ImportResult } | { type: 'error'; message: string };

const post = (m: WorkerOut) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<WorkerIn>) => {
  const { file, layerId } = e.data;
  try {
    const reader = file.stream().getReader();
    let decoder: TextDecoder | null = null;
    let encoding: ReturnType<typeof sniffEncoding> = 'utf-8';
    let text = '';
    let loaded = 0;
    let lastPost = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.byteLength;
      if (!decoder) decoder = new TextDecoder((encoding = sniffEncoding(value)));
      text += decoder.decode(value, { stream: true });
      if (loaded - lastPost > 1 << 20 || loaded === file.size) {
        lastPost = loaded;
        post({ type: 'progress', loaded, total: file.size });
      }
    }
    if (decoder) text += decoder.decode();
    if (!text.trim()) return post({ type: 'error', message: 'the file is empty' });
    const note = encoding === 'utf-8' ? null : `the file is ${encoding.toUpperCase()}, read as such (GeoJSON should be saved as UTF-8)`;
    let json: unknown;
    try {
      json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (err) {
      const hint = text.slice(0, 200).includes(String.fromCharCode(0))
        ? ' (the file looks UTF-16 or binary: save it as UTF-8 GeoJSON)'
        : '';
      return post({ type: 'error', message: `not JSON: ${(err as Error).message.slice(0, 120)}${hint}` });
    }
    const result = readGeoJSON(json, layerId);
    if (note) result.problems.unshift(note);
    post({ type: 'done', result });
  } catch (err) {
    post({ type: 'error', message: `could not read the file: ${(err as Error).message}` });
  }
};
