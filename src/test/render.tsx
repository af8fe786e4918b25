/**
 * Renders a part of the atlas as a reader would meet it from a shared link: the link's hash
 * read into the store by the app's own URL codec, the shipped data served to the app's own
 * loading path (fetch answered from geodata/), a fresh QueryClient per render.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { vi } from 'vitest';
import type { Fetch } from '../data/load';
import type { LinkProblem } from '../state/link-problems';
import { initialView, useView } from '../state/store';
import { parse } from '../state/url-codec';
import { fromUrlState } from '../state/url-state';
import { diskFetch } from './real-data';

/** Sets the store from a link's hash (as startUrlSync does); returns what the link had that was ignored. */
export function openLink(hash: string): LinkProblem[] {
  const { state, ignored } = parse(hash);
  const { view, ignored: more } = fromUrlState(state, 'en');
  useView.getState().replace({ ...initialView(), lang: 'en', ...view });
  return [...ignored, ...more];
}

/** `fetchFn` answers the data requests (default: geodata/ from disk); a test breaks a file with it. */
export function renderFromLink(hash: string, ui: ReactNode, fetchFn: Fetch = diskFetch): RenderResult & { ignored: LinkProblem[] } {
  vi.stubGlobal('fetch', (url: string) => fetchFn(String(url)));
  const ignored = openLink(hash);
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } } });
  return { ...render(<QueryClientProvider client={qc}>{ui}</QueryClientProvider>), ignored };
}

/** Serves geodata/ from disk to the app's own loaders (fetch stubbed), so a component test
 * renders against the real, validated dataset. Call in a jsdom test file. */
export function serveGeodata(): void {
  vi.stubGlobal('fetch', (url: RequestInfo | URL) => {
    const href = typeof url === 'string' ? url : url instanceof URL ? url.href : url.url;
    const m = /geodata\/(?:map\/)?([\w.-]+)$/.exec(href);
    if (!m) return Promise.resolve(new Response('not found', { status: 404 }));
    return Promise.resolve(new Response(readFileSync(join(import.meta.dirname, '../../geodata', m[1]!)), { status: 200 }));
  });
}

/** Renders `ui` with a fresh query client (the real dataset, see serveGeodata). */
export function renderWithData(ui: ReactElement): RenderResult {
  serveGeodata();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}

/** Records the requests made from now on other than the dataset's own (geodata/); returns
 * a function that lists them. For "the atlas sends nothing" checks. */
export function watchRequests(): () => string[] {
  const before = globalThis.fetch;
  const seen: string[] = [];
  vi.stubGlobal('fetch', (url: RequestInfo | URL, init?: RequestInit) => {
    const href = typeof url === 'string' ? url : url instanceof URL ? url.href : url.url;
    if (!/geodata\//.test(href)) seen.push(href);
    return before(url, init);
  });
  const open = vi.spyOn(XMLHttpRequest.prototype, 'open');
  return () => [...seen, ...open.mock.calls.map((c) => String(c[1]))];
}
