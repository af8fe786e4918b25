import { useCallback, useEffect, useRef, useState } from 'react';
import { useAssetIndex } from '../data';
import { bboxOf } from '../data/geometry';
import type { AssetFeature } from '../data/schema';
import { AssetList } from '../filters/asset-list';
import { Legend } from '../filters/legend';
import { useT } from '../i18n/strings';
import type { AtlasMap } from '../map/atlas-map';
import { MapView } from '../map/map-view';
import { hasWebGL } from '../map/webgl';
import { AssetPanel } from '../panels/asset-panel';
import { useView } from '../state/store';

/** The page: header, map, and the side panel (legend, details or list). */
export function App() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const setLang = useView((s) => s.setLang);
  const selected = useView((s) => s.selected);
  const { byId } = useAssetIndex();
  const [mapError, setMapError] = useState<string | null>(() => (hasWebGL() ? null : 'webgl'));
  const onFailure = useCallback((m: string) => setMapError(m), []);
  const asset = selected ? byId.get(selected) : undefined;
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t.title;
  }, [lang, t]);

  const zoomTo = useCallback((a: AssetFeature) => {
    const atlas = (window as unknown as { __atlas?: AtlasMap }).__atlas;
    atlas?.fitTo(bboxOf(a.geometry), 60);
  }, []);

  return (
    <div className="app">
      <header className="topbar">
        <div>
          <h1>{t.title}</h1>
          <p className="subtitle">{t.subtitle}</p>
        </div>
        <button type="button" className="lang" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} lang={lang === 'zh' ? 'en' : 'zh'}>
          {t.switchTo}
        </button>
      </header>
      <main className="body">
        {mapError ? (
          <div className="map-fallback" role="alert">
            <p>{mapError === 'webgl' ? t.noWebgl : `${t.mapFailed}: ${mapError}`}</p>
          </div>
        ) : (
          <MapView onFailure={onFailure} />
        )}
        <aside className="panel" ref={panel} aria-label={t.layers}>
          {asset ? <AssetPanel asset={asset} onZoom={zoomTo} /> : <Legend />}
          {mapError && !asset && <AssetList />}
        </aside>
      </main>
    </div>
  );
}
