import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';

/** Serves geodata/ from disk to the app's own loaders (fetch stubbed), so a component test
 * renders against the real, validated dataset. Call in a jsdom test file. */
export function serveGeodata(): void {
  vi.stubGlobal('fetch', (url: RequestInfo | URL) => {
    const href = typeof url === 'string' ? url : url instanceof URL ? url.href : url.url;
    const m = /geodata\/([\w.-]+)$/.exec(href);
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
