/**
 * Keeps the URL and the store in step, one way each:
 *   URL → store on start and on popstate (Back/Forward);
 *   store → URL on every change: selections, filters, layers, language and panels push a
 *   history entry; camera moves replace the current one, at most every CAMERA_MS.
 */
import { initialView, storedLang, browserLang, useView, type ViewState } from './store';
import { parse, serialise } from './url-codec';
import { fromUrlState, toUrlState } from './url-state';
import type { LinkProblem } from './link-problems';

/** Camera writes are throttled: a drag fires dozens of moves a second. */
const CAMERA_MS = 300;
/** Browsers cap history writes (Safari throws after 100 in 30 s; Chromium throttles a
 * flood): past MAX_WRITES in WINDOW_MS the URL catches up once the window has passed, as
 * MapLibre's own hash handler throttles. The store, and the map following it, never wait. */
const MAX_WRITES = 40;
const WINDOW_MS = 10_000;

let nextIsReplace = false;
/** Runs a store change that should replace the current history entry instead of adding
 * one (e.g. dropping a selection that turned out not to exist). */
export function replacing(fn: () => void): void {
  nextIsReplace = true;
  try {
    fn();
  } finally {
    nextIsReplace = false;
  }
}

const hashOf = (v: ViewState): string => serialise(toUrlState(v));

let flush = (): void => {};
/** Writes a camera change still waiting for its throttle now, so the URL is the view the
 * user sees (before copying it). */
export const flushUrl = (): void => flush();

/** Reads the URL into the store; returns what it ignored. */
function readUrl(): LinkProblem[] {
  const { state, ignored } = parse(window.location.hash);
  const { view, ignored: more } = fromUrlState(state, storedLang() ?? browserLang());
  // Back/Forward within a story keeps the reader's own view to return to
  const keep = view.story ? { storyReturn: useView.getState().storyReturn } : {};
  useView.getState().replace({ ...initialView(), ...view, ...keep });
  return [...ignored, ...more];
}

/** Starts syncing; returns a function that stops it. With `historySteps: false` (the
 * embed, inside someone else's page) every change replaces the current entry, so the
 * host page's Back button is not filled with the map's steps. */
export function startUrlSync({ historySteps = true }: { historySteps?: boolean } = {}): () => void {
  const ignored = readUrl();
  useView.getState().setNotice(ignored.length ? ignored : null);
  let written = hashOf(useView.getState());
  window.history.replaceState(window.history.state, '', `#${written}`);
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const recent: number[] = [];
  let later: ReturnType<typeof setTimeout> | null = null;
  const write = (mode: 'push' | 'replace') => {
    const next = hashOf(useView.getState());
    if (next === written) return;
    const now = Date.now();
    while (recent.length && now - recent[0]! > WINDOW_MS) recent.shift();
    if (recent.length >= MAX_WRITES) {
      // too many writes: catch up once the window has passed (one replace, the latest view)
      later ??= setTimeout(
        () => {
          later = null;
          write('replace');
        },
        WINDOW_MS - (now - recent[0]!),
      );
      return;
    }
    try {
      if (mode === 'push' && historySteps) window.history.pushState(null, '', `#${next}`);
      else window.history.replaceState(window.history.state, '', `#${next}`);
      written = next;
      recent.push(now);
    } catch (e) {
      // the browser refused (a cap on history writes): the view goes on, the URL retries
      console.warn('atlas: the address could not be updated yet:', (e as Error).message);
      later ??= setTimeout(() => {
        later = null;
        write('replace');
      }, CAMERA_MS);
    }
  };

  const unsub = useView.subscribe((v, prev) => {
    if (applying) return;
    const next = hashOf(v);
    if (next === written) return;
    const onlyCamera = hashOf({ ...v, camera: prev.camera }) === hashOf(prev);
    if (onlyCamera || nextIsReplace) {
      if (nextIsReplace) return write('replace');
      timer ??= setTimeout(() => {
        timer = null;
        write('replace');
      }, CAMERA_MS);
      return;
    }
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    write('push');
  });

  const onPop = () => {
    applying = true;
    try {
      const ignoredNow = readUrl();
      useView.getState().setNotice(ignoredNow.length ? ignoredNow : null);
    } finally {
      applying = false;
    }
    written = hashOf(useView.getState());
  };
  window.addEventListener('popstate', onPop);
  flush = () => {
    if (!timer) return;
    clearTimeout(timer);
    timer = null;
    write('replace');
  };
  return () => {
    flush = () => {};
    unsub();
    window.removeEventListener('popstate', onPop);
    if (timer) clearTimeout(timer);
    if (later) clearTimeout(later);
  };
}
