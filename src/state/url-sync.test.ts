// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialView, useView } from './store';
import { flushUrl, replacing, startUrlSync } from './url-sync';
import { fromUrlState, toUrlState } from './url-state';
import { DEFAULT_URL_STATE } from './url-codec';

/** Counts history steps the way a user feels them: how many times Back would go. */
function spyHistory() {
  return { push: vi.spyOn(window.history, 'pushState'), replace: vi.spyOn(window.history, 'replaceState') };
}

/** Each test starts on a fresh page (empty hash, initial view, fake timers) and stops its sync. */
function freshPage(stopSync: () => void) {
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/#');
    useView.getState().replace(initialView());
  });
  afterEach(() => {
    stopSync();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });
}

describe('URL ↔ store sync', () => {
  let stop: () => void = () => {};
  freshPage(() => stop());

  it('reads a shared URL into the store and tells what it ignored', () => {
    window.history.replaceState(null, '', '/#sel=cable-apg&lang=en&zz=1');
    stop = startUrlSync();
    expect(useView.getState().selection).toEqual({ kind: 'asset', id: 'cable-apg' });
    expect(useView.getState().lang).toBe('en');
    expect(useView.getState().notice).toContainEqual({ code: 'unknown-key', key: 'zz' });
  });

  it('a selection or filter is a history step; camera moves replace, throttled', () => {
    stop = startUrlSync();
    const h = spyHistory();
    useView.getState().select('cable-apg');
    expect(h.push).toHaveBeenCalledTimes(1);
    expect(window.location.hash).toContain('sel=cable-apg');
    useView.getState().setFilters({ statuses: ['operational'] });
    expect(h.push).toHaveBeenCalledTimes(2);
    for (let i = 0; i < 20; i++) useView.getState().setCamera({ zoom: 4, lat: 10 + i / 10, lon: 105, bearing: 0, pitch: 0 });
    expect(h.push).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(400);
    expect(h.replace).toHaveBeenCalledTimes(1);
    expect(window.location.hash).toMatch(/map=4\/11\.9/);
  });

  it('flushUrl() writes a camera move still waiting for its throttle (Copy link copies what is seen)', () => {
    stop = startUrlSync();
    useView.getState().setCamera({ zoom: 6, lat: 13.5, lon: 101, bearing: 0, pitch: 0 });
    expect(window.location.hash).not.toContain('map=6/');
    flushUrl();
    expect(window.location.hash).toContain('map=6/13.5');
  });

  it('replacing() turns a change into a replacement, not a step', () => {
    stop = startUrlSync();
    const h = spyHistory();
    replacing(() => useView.getState().select('cable-apg'));
    expect(h.push).not.toHaveBeenCalled();
    expect(window.location.hash).toContain('sel=cable-apg');
  });

  it('in an embed nothing is pushed onto the host page’s history', () => {
    stop = startUrlSync({ historySteps: false });
    const h = spyHistory();
    useView.getState().select('cable-apg');
    useView.getState().toggleLayer('node', false);
    expect(h.push).not.toHaveBeenCalled();
    expect(window.location.hash).toContain('sel=cable-apg');
  });

  it('Back (popstate) puts the store back to the URL without writing a new step', () => {
    stop = startUrlSync();
    useView.getState().select('cable-apg');
    const h = spyHistory();
    window.history.replaceState(null, '', '/#panel=list');
    h.replace.mockClear();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useView.getState().selection).toBeNull();
    expect(useView.getState().panel).toBe('list');
    expect(h.push).not.toHaveBeenCalled();
    expect(h.replace).not.toHaveBeenCalled();
  });

  it('one click that filters and opens the list is one step', () => {
    stop = startUrlSync();
    const h = spyHistory();
    useView.getState().openList({ countries: ['KH'] });
    expect(h.push).toHaveBeenCalledTimes(1);
    expect(window.location.hash).toMatch(/c=KH/);
    expect(window.location.hash).toMatch(/panel=list/);
  });
});

describe('URL state ↔ view', () => {
  it('a country outside China and ASEAN is ignored, with a reason', () => {
    const { view, ignored } = fromUrlState({ ...DEFAULT_URL_STATE, country: 'JP' }, 'en');
    expect(view.selection).toBeNull();
    expect(ignored).toEqual([{ code: 'not-a', key: 'country', value: 'JP', expected: 'focus-country' }]);
  });
  it('an asset wins over a country when a URL has both', () => {
    const { view, ignored } = fromUrlState({ ...DEFAULT_URL_STATE, country: 'KH', selected: 'cable-apg' }, 'en');
    expect(view.selection).toEqual({ kind: 'asset', id: 'cable-apg' });
    expect(ignored).toHaveLength(1);
  });
  it('the stored language is used when the URL has none', () => {
    expect(fromUrlState(DEFAULT_URL_STATE, 'zh').view.lang).toBe('zh');
  });
  it('a view goes to the URL and back unchanged', () => {
    const v = {
      ...initialView(),
      selection: { kind: 'asset' as const, id: 'cable-sjc' },
      panel: 'list' as const,
      lang: 'zh' as const,
      choropleth: '5g-launch-year' as const,
    };
    const back = fromUrlState(toUrlState(v), 'en').view;
    expect(back.selection).toEqual({ kind: 'asset', id: 'cable-sjc' });
    expect(back.lang).toBe('zh');
    expect(back.choropleth).toBe('5g-launch-year');
    // the panel behind a selection is not remembered: closing it shows the overview
    expect(back.panel).toBe('overview');
  });
});

describe('one selection', () => {
  it('selecting an asset, an imported feature, a country or a choice replaces what was selected', () => {
    const s = useView.getState();
    s.selectImported({ layer: 'imp1', feature: 'imp1-0' });
    expect(useView.getState().selection).toEqual({ kind: 'imported', ref: { layer: 'imp1', feature: 'imp1-0' } });
    s.select('cable-apg');
    expect(useView.getState().selection).toEqual({ kind: 'asset', id: 'cable-apg' });
    s.selectCountry('VN');
    expect(useView.getState().selection).toEqual({ kind: 'country', code: 'VN' });
    s.offer(['cable-apg', 'cable-sjc']);
    expect(useView.getState().selection).toEqual({ kind: 'candidates', ids: ['cable-apg', 'cable-sjc'] });
    s.offer(null);
    expect(useView.getState().selection).toBeNull();
  });
  it('closing an offer leaves another selection alone', () => {
    const s = useView.getState();
    s.select('cable-apg');
    s.offer(null);
    expect(useView.getState().selection).toEqual({ kind: 'asset', id: 'cable-apg' });
  });
});

describe('URL writes the browser refuses or caps', () => {
  let stop: () => void = () => {};
  freshPage(() => stop());

  it('a refused history write does not stop the view, and the address catches up', () => {
    stop = startUrlSync();
    const push = vi.spyOn(window.history, 'pushState').mockImplementation(() => {
      throw new DOMException('Attempt to use history.pushState() more than 100 times per 30 seconds', 'SecurityError');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => useView.getState().select('cable-apg')).not.toThrow();
    expect(useView.getState().selection).toEqual({ kind: 'asset', id: 'cable-apg' });
    push.mockRestore();
    vi.advanceTimersByTime(1000);
    expect(window.location.hash).toContain('sel=cable-apg');
  });

  it('a flood of changes is capped, and the address ends on the last view', () => {
    stop = startUrlSync();
    const h = spyHistory();
    for (let i = 0; i < 200; i++) useView.getState().select(i % 2 ? 'cable-apg' : 'cable-sjc');
    const calls = h.push.mock.calls.length + h.replace.mock.calls.length;
    expect(calls).toBeLessThanOrEqual(40);
    vi.advanceTimersByTime(11_000);
    expect(window.location.hash).toContain('sel=cable-apg');
  });
});
