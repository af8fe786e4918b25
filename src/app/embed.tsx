import type { SyntheticEvent } from 'react';
import { useT } from '../i18n/strings';
import { Legend } from '../filters/legend';
import { MapArea } from '../map/map-area';
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
  // the view changes without re-rendering this component: the link reads it when used
  const fresh = (e: SyntheticEvent<HTMLAnchorElement>) => void (e.currentTarget.href = fullAtlasUrl());
  return (
    <div className="app embed">
      <main className="body">
        <MapArea noWebgl={t.noWebglEmbed} />
        <div className="embed-legend">
          <Legend />
          <a href={fullAtlasUrl()} onClick={fresh} onMouseDown={fresh} onFocus={fresh} onContextMenu={fresh} target="_blank" rel="noopener" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
            {t.openFull} ↗
          </a>
        </div>
      </main>
    </div>
  );
}
