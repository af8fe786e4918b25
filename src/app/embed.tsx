import { useT } from '../i18n/strings';
import { Legend } from '../filters/legend';
import { MapView } from '../map/map-view';
import { useView } from '../state/store';

/** `?embed` in the query string: the map with a compact legend and a link to the full
 * atlas, for an iframe. The hash (the shared view) works as usual. */
export const isEmbed = (): boolean => new URLSearchParams(window.location.search).has('embed');

/** The same URL without `embed`: the full atlas at the same view. */
export function fullAtlasUrl(): string {
  const u = new URL(window.location.href);
  u.searchParams.delete('embed');
  return u.toString();
}

export function EmbedApp() {
  const t = useT();
  const lang = useView((s) => s.lang);
  return (
    <div className="app embed">
      <main className="body">
        <MapView onFailure={() => undefined} />
        <div className="embed-legend">
          <Legend />
          <a href={fullAtlasUrl()} target="_blank" rel="noopener" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
            {t.openFull} ↗
          </a>
        </div>
      </main>
    </div>
  );
}
