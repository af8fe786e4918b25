/**
 * Renders a part of the atlas as a reader would meet it from a shared link: the link's hash
 * read into the store by the app's own URL codec, the shipped data served to the app's own
 * loading path (fetch answered from geodata/), a fresh QueryClient per render.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
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

export function renderFromLink(hash: string, ui: ReactNode): RenderResult & { ignored: LinkProblem[] } {
  vi.stubGlobal('fetch', (url: string) => diskFetch(String(url)));
  const ignored = openLink(hash);
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } } });
  return { ...render(<QueryClientProvider client={qc}>{ui}</QueryClientProvider>), ignored };
}
