import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useAssetIndex } from '../data';
import { bboxOf } from '../data/geometry';
import type { AssetFeature } from '../data/schema';
import { ChoroplethControl } from '../controls/choropleth-control';
import { Legend } from '../controls/legend';
import { useT } from '../i18n/strings';
import { usePT } from '../i18n/publish';
import { defaultSpan } from '../model/change-span';
import { MapArea } from './map-area';
import { hasWebGL } from '../map/webgl';
import { OverviewPanel } from '../panels/overview-panel';
import { candidatesOf, selectedAssetOf, selectedCountryOf, selectedImportedOf, useView, type ViewState } from '../state/store';
import { replacing } from '../state/url-sync';
import { useAssetQueries } from '../data/queries';
import { FilterPanel } from '../controls/filter-panel';
import { SearchBox } from '../controls/search-box';
import { Notice } from './notice';
import { DatasetNotice } from './offline';
import { EmbedApp, isEmbed } from './embed';
import { ShareControls } from './share-controls';
import { SheetHandle } from './sheet-handle';
import { preloadable } from './preloadable';
import { ErrorBoundary } from './error-boundary';
import { useAfterFirstIdle } from './first-idle';
import { addNotice, useLinkCheck } from './link-check';
import { ResilienceTab, useScenarioCheck } from '../resilience/resilience-tab';

// Not needed for the first view (nothing selected, overview open): these load after it,
// or at once when a shared link opens with one of them (preloadFor).
const Loading = () => <p role="status">{useT().loading}</p>;
const AssetList = preloadable(() => import('../controls/asset-list').then((m) => m.AssetList), Loading);
const AssetPanel = preloadable(() => import('../panels/asset-panel').then((m) => m.AssetPanel), Loading);
const Chooser = lazy(() => import('../panels/chooser').then((m) => ({ default: m.Chooser })));
const CountryPanel = preloadable(() => import('../panels/country-panel').then((m) => m.CountryPanel), Loading);
const ImportedPanel = lazy(() => import('../panels/imported-panel').then((m) => ({ default: m.ImportedPanel })));
const IoPanel = lazy(() => import('../panels/io-panel').then((m) => ({ default: m.IoPanel })));
const StoryPanel = preloadable(() => import('../panels/story-panel').then((m) => m.StoryPanel), Loading);
const ChangesPanel = lazy(() => import('../panels/changes-panel').then((m) => ({ default: m.ChangesPanel })));
const PrintSheet = lazy(() => import('../panels/print-sheet').then((m) => ({ default: m.PrintSheet })));
const ResiliencePanel = lazy(() => import('../resilience/resilience-panel').then((m) => ({ default: m.ResiliencePanel })));

/** Starts fetching the panel a shared link opens, in parallel with the data, instead of
 * after the data has arrived and React has rendered. */
export function preloadFor(v: Pick<ViewState, 'selection' | 'panel' | 'story'>): void {
  // a failure here is reported where the panel renders (ErrorBoundary)
  const quiet = () => undefined;
  if (v.selection?.kind === 'asset') AssetPanel.preload().catch(quiet);
  else if (v.selection?.kind === 'country') CountryPanel.preload().catch(quiet);
  else if (v.panel === 'list') AssetList.preload().catch(quiet);
  if (v.story) StoryPanel.preload().catch(quiet);
}

/** Escape closes the open detail (chooser, asset, imported feature, country). */
function useEscapeToClose() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // "/" jumps to search from anywhere but a text field (as on most map and code sites)
      const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        document.getElementById('atlas-search')?.focus();
        return;
      }
      if (e.key !== 'Escape') return;
      const s = useView.getState();
      if (s.selection) s.select(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/** However a detail closes (Escape, ×, Back), focus goes back to what the user was on
 * before it opened: the same element, or its re-rendered twin (`data-return`, e.g. the
 * list row), or the search box; never to the page's body. */
function useFocusReturn(open: boolean, detail: React.RefObject<HTMLElement | null>, panel: React.RefObject<HTMLElement | null>) {
  const last = useRef<{ el: HTMLElement; key: string | null } | null>(null);
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const el = e.target;
      if (el instanceof HTMLElement && !detail.current?.contains(el))
        last.current = { el, key: el.closest('[data-return]')?.getAttribute('data-return') ?? null };
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [detail]);
  const wasOpen = useRef(open);
  useEffect(() => {
    const closed = wasOpen.current && !open;
    wasOpen.current = open;
    if (!closed) return;
    const l = last.current;
    const twin = l?.key ? document.querySelector<HTMLElement>(`[data-return="${CSS.escape(l.key)}"]`) : null;
    const target = (l?.el.isConnected ? l.el : null) ?? twin ?? panel.current?.querySelector<HTMLElement>('input[role="combobox"], input');
    target?.focus();
  }, [open, panel]);
}

/** The page: the embed view when asked for, else the full atlas. */
export function App() {
  return isEmbed() ? <EmbedApp /> : <FullApp />;
}

/** The page: header, map, and the side panel (legend, then details, overview or list). */
function FullApp() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const setLang = useView((s) => s.setLang);
  const selected = useView(selectedAssetOf);
  const country = useView(selectedCountryOf);
  const candidates = useView(candidatesOf);
  const importSel = useView(selectedImportedOf);
  const tab = useView((s) => s.panel);
  const story = useView((s) => s.story);
  const pt = usePT();
  const setPanel = useView((s) => s.setPanel);
  const { byId } = useAssetIndex();
  const [mapOk, setMapOk] = useState(hasWebGL);
  const assetQueries = useAssetQueries();
  const afterFirstDraw = useAfterFirstIdle(
    !mapOk,
    assetQueries.every((q) => !q.isPending),
  );
  const asset = selected ? byId.get(selected) : undefined;
  const panel = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLElement>(null);
  const sheet = useView((s) => s.sheet);
  const detailBox = useRef<HTMLDivElement>(null);
  useEscapeToClose();
  useLinkCheck();
  useScenarioCheck();

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t.title;
  }, [lang, t]);

  // A shared link naming an asset that does not exist: say so, and drop it from the URL
  // without adding a history step. Only once every file has loaded: while one has
  // failed (and can be retried), the asset may well be in it, so the link is kept.
  const settled = assetQueries.every((q) => q.isSuccess);
  useEffect(() => {
    if (settled && selected && !byId.has(selected)) {
      addNotice([{ code: 'not-in-data', key: 'sel', value: selected }]);
      replacing(() => useView.getState().select(null));
    }
  }, [settled, selected, byId]);

  const zoomTo = useCallback((a: AssetFeature) => useView.getState().fitTo(bboxOf(a.geometry)), []);

  let detail: React.ReactNode = null;
  if (candidates) detail = <Chooser ids={candidates} />;
  else if (asset) detail = <AssetPanel asset={asset} onZoom={zoomTo} />;
  else if (importSel) detail = <ImportedPanel layer={importSel.layer} feature={importSel.feature} />;
  else if (country) detail = <CountryPanel code={country} />;
  useFocusReturn(detail !== null, detailBox, panel);

  return (
    <div className="app">
      {/* a button, not a #link: the URL's hash is the shared view */}
      <button type="button" className="skip" onClick={() => document.getElementById('atlas-search')?.focus()}>
        {t.skipToSearch}
      </button>
      <header className="topbar">
        <div>
          <h1>{t.title}</h1>
          <p className="subtitle">{t.subtitle}</p>
        </div>
        <ErrorBoundary>
          <ShareControls />
        </ErrorBoundary>
        <button type="button" className="lang" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} lang={lang === 'zh' ? 'en' : 'zh'}>
          {t.switchTo}
        </button>
      </header>
      <ErrorBoundary>
        <Notice />
        <DatasetNotice />
      </ErrorBoundary>
      {/* the sheet's height on a phone: the panel takes it, and the map's bottom controls sit above it */}
      <main className="body" ref={bodyRef} style={{ '--sheet': `${Math.round(sheet * 100)}%` } as React.CSSProperties}>
        <ErrorBoundary>
          <MapArea noWebgl={t.noWebgl} onState={setMapOk} />
        </ErrorBoundary>
        <aside className="panel" ref={panel} aria-label={t.sidePanel}>
          <SheetHandle body={bodyRef} />
          {!story && (
            <ErrorBoundary>
              <SearchBox />
            </ErrorBoundary>
          )}
          {story ? (
            <>
              <ErrorBoundary resetKey={story.step}>
                <StoryPanel />
              </ErrorBoundary>
              <Legend />
            </>
          ) : detail ? (
            <>
              <div ref={detailBox}>
                <ErrorBoundary resetKey={selected ?? country ?? candidates?.join() ?? importSel?.feature}>
                  <Suspense fallback={<p role="status">{t.loading}</p>}>{detail}</Suspense>
                </ErrorBoundary>
              </div>
            </>
          ) : (
            <>
              {/* each part fails on its own (with Reload): the map and the rest keep working */}
              <ErrorBoundary>
                <Legend />
              </ErrorBoundary>
              <ErrorBoundary>
                <FilterPanel />
              </ErrorBoundary>
              <ErrorBoundary>
                <ChoroplethControl />
              </ErrorBoundary>
              <nav className="tabs" aria-label={t.views}>
                <button type="button" aria-pressed={tab === 'overview'} onClick={() => setPanel('overview')}>
                  {t.overview}
                </button>
                <button type="button" aria-pressed={tab === 'list'} onClick={() => setPanel('list')}>
                  {t.assetsTab}
                </button>
                <ResilienceTab pressed={tab === 'resilience'} onClick={() => setPanel('resilience')} />
                <button
                  type="button"
                  aria-pressed={tab === 'changes'}
                  onClick={() => {
                    const s = useView.getState();
                    s.replace({ panel: 'changes', selection: null, change: s.change ?? defaultSpan() });
                  }}
                >
                  {pt.changesTab}
                </button>
                <button type="button" title={pt.storyTabTitle} onClick={() => useView.getState().openStory({ id: 'paper', step: 1 })}>
                  {pt.storyTab}
                </button>
              </nav>
              <ErrorBoundary resetKey={tab}>
                <Suspense fallback={<p role="status">{t.loading}</p>}>
                  {tab === 'list' || !mapOk ? (
                    <AssetList />
                  ) : tab === 'resilience' ? (
                    <ResiliencePanel />
                  ) : tab === 'changes' ? (
                    <ChangesPanel />
                  ) : (
                    <OverviewPanel />
                  )}
                  {afterFirstDraw && <IoPanel />}
                </Suspense>
              </ErrorBoundary>
            </>
          )}
          <p className="disclaimer small muted">
            {t.disclaimer}{' '}
            <a href="feed.xml" type="application/atom+xml">
              {pt.feed}
            </a>
          </p>
        </aside>
      </main>
      {afterFirstDraw && (
        <Suspense fallback={null}>
          <PrintSheet />
        </Suspense>
      )}
    </div>
  );
}
