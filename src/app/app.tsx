import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useAssetIndex } from '../data';
import { bboxOf } from '../data/geometry';
import type { AssetFeature } from '../data/schema';
import { ChoroplethControl } from '../filters/choropleth-control';
import { Legend } from '../filters/legend';
import { useT } from '../i18n/strings';
import { currentAtlas } from '../map/atlas-map';
import { MapView } from '../map/map-view';
import { hasWebGL } from '../map/webgl';
import { OverviewPanel } from '../panels/overview-panel';
import { useView } from '../state/store';
import { replacing } from '../state/url-sync';
import { useAssetQueries } from '../data/queries';
import { FilterPanel } from '../filters/filter-panel';
import { SearchBox } from '../filters/search-box';
import { Notice } from './notice';
import { useImports } from '../io/imports-store';
import { EmbedApp, isEmbed } from './embed';

// Not needed for the first view (nothing selected, overview open): these load after it.
const AssetList = lazy(() => import('../filters/asset-list').then((m) => ({ default: m.AssetList })));
const AssetPanel = lazy(() => import('../panels/asset-panel').then((m) => ({ default: m.AssetPanel })));
const Chooser = lazy(() => import('../panels/chooser').then((m) => ({ default: m.Chooser })));
const CountryPanel = lazy(() => import('../panels/country-panel').then((m) => ({ default: m.CountryPanel })));
const ImportedPanel = lazy(() => import('../panels/imported-panel').then((m) => ({ default: m.ImportedPanel })));
const IoPanel = lazy(() => import('../io/io-panel').then((m) => ({ default: m.IoPanel })));
import { ShareControls } from './share-controls';

/** Escape closes the open detail (chooser, asset, country) and gives focus back to where
 * the user was before it opened (or to the map). */
function useEscapeToClose(panel: React.RefObject<HTMLElement | null>) {
  const lastOutside = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      if (e.target instanceof HTMLElement && !panel.current?.contains(e.target)) lastOutside.current = e.target;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      const s = useView.getState();
      const imp = useImports.getState();
      if (!s.candidates && !s.selected && !s.country && !imp.selected) return;
      if (s.candidates) s.offer(null);
      else if (imp.selected) imp.select(null);
      else if (s.selected) s.select(null);
      else s.selectCountry(null);
      const back = lastOutside.current && document.contains(lastOutside.current) ? lastOutside.current : document.querySelector<HTMLElement>('.maplibregl-canvas');
      back?.focus();
    };
    document.addEventListener('focusin', onFocus);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('keydown', onKey);
    };
  }, [panel]);
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
  const selected = useView((s) => s.selected);
  const country = useView((s) => s.country);
  const candidates = useView((s) => s.candidates);
  const tab = useView((s) => s.panel);
  const setPanel = useView((s) => s.setPanel);
  const { byId } = useAssetIndex();
  const [mapError, setMapError] = useState<string | null>(() => (hasWebGL() ? null : 'webgl'));
  const onFailure = useCallback((m: string) => setMapError(m), []);
  const asset = selected ? byId.get(selected) : undefined;
  const importSel = useImports((s) => s.selected);
  // choosing an asset closes an imported feature's panel
  useEffect(() => {
    if (selected) useImports.getState().select(null);
  }, [selected]);
  const panel = useRef<HTMLElement>(null);
  useEscapeToClose(panel);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t.title;
  }, [lang, t]);

  // A newly selected asset is brought into view if the panel or the screen edge hides it.
  useEffect(() => {
    if (asset) currentAtlas()?.reveal(bboxOf(asset.geometry));
  }, [asset]);

  // A shared link naming an asset that does not exist: say so, and drop it from the URL
  // without adding a history step.
  const settled = useAssetQueries().every((q) => !q.isPending);
  useEffect(() => {
    if (settled && selected && !byId.has(selected)) {
      const s = useView.getState();
      s.setNotice([...(s.notice ?? []), t.notFound(selected)]);
      replacing(() => s.select(null));
    }
  }, [settled, selected, byId, t]);

  const zoomTo = useCallback((a: AssetFeature) => currentAtlas()?.fitTo(bboxOf(a.geometry)), []);

  let detail: React.ReactNode = null;
  if (candidates) detail = <Chooser ids={candidates} />;
  else if (asset) detail = <AssetPanel asset={asset} onZoom={zoomTo} />;
  else if (importSel) detail = <ImportedPanel layer={importSel.layer} feature={importSel.feature} />;
  else if (country) detail = <CountryPanel code={country} />;

  return (
    <div className="app">
      <header className="topbar">
        <div>
          <h1>{t.title}</h1>
          <p className="subtitle">{t.subtitle}</p>
        </div>
        <ShareControls />
        <button type="button" className="lang" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} lang={lang === 'zh' ? 'en' : 'zh'}>
          {t.switchTo}
        </button>
      </header>
      <Notice />
      <main className="body">
        {mapError ? (
          <div className="map-fallback" role="alert">
            <p>{mapError === 'webgl' ? t.noWebgl : `${t.mapFailed}: ${mapError}`}</p>
          </div>
        ) : (
          <MapView onFailure={onFailure} />
        )}
        <aside className="panel" ref={panel} aria-label={t.layers}>
          <SearchBox />
          {detail ? <Suspense fallback={<p role="status">{t.loading}</p>}>{detail}</Suspense> : (
            <>
              <Legend />
              <FilterPanel />
              <ChoroplethControl />
              <nav className="tabs" aria-label={t.overview}>
                <button type="button" aria-pressed={tab !== 'list'} onClick={() => setPanel('overview')}>
                  {t.overview}
                </button>
                <button type="button" aria-pressed={tab === 'list'} onClick={() => setPanel('list')}>
                  {t.assetsTab}
                </button>
              </nav>
              <Suspense fallback={<p role="status">{t.loading}</p>}>
                {tab === 'list' || mapError ? <AssetList /> : <OverviewPanel />}
                <IoPanel />
              </Suspense>
            </>
          )}
          <p className="disclaimer small muted">{t.disclaimer}</p>
        </aside>
      </main>
    </div>
  );
}
