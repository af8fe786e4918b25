import { lazy, Suspense, useState, type SyntheticEvent } from 'react';
import { useT } from '../i18n/strings';
import { Legend } from '../controls/legend';
import { MapArea } from './map-area';
import { selectedAssetOf, useView } from '../state/store';
import { useAssetIndex } from '../data';
import { useAssetQueries } from '../data/queries';
import { useAfterFirstIdle } from './first-idle';

/** `?embed` in the query string: the map with a compact legend and a link to the full
 * atlas, for an iframe. The hash (the shared view) works as usual. */
export const isEmbed = (): boolean => new URLSearchParams(window.location.search).has('embed');

/** The same URL without `embed`: the full atlas at the same view. */
export function fullAtlasUrl(): string {
  const u = new URL(window.location.href);
  u.searchParams.delete('embed');
  return u.toString();
}

const StoryPanel = lazy(() => import('../panels/story-panel').then((m) => ({ default: m.StoryPanel })));

export function EmbedApp() {
  const t = useT();
  // in a small iframe the legend starts folded, so the map stays readable
  const [wide] = useState(() => window.innerWidth >= 520 && window.innerHeight >= 360);
  const lang = useView((s) => s.lang);
  // the view changes without re-rendering this component: the link reads it when used
  const fresh = (e: SyntheticEvent<HTMLAnchorElement>) => void (e.currentTarget.href = fullAtlasUrl());
  // the shared asset is named, with what the full atlas adds (its sources)
  const selected = useView(selectedAssetOf);
  const { byId } = useAssetIndex();
  const asset = selected ? byId.get(selected) : undefined;
  // a story step in the embed: its text and next/previous over the map
  const story = useView((s) => s.story);
  // what the first view does not draw (the fault log, corridors) loads once it is done
  const noMap = useView((s) => s.mapStatus === 'none');
  useAfterFirstIdle(
    noMap,
    useAssetQueries().every((q) => !q.isPending),
  );
  return (
    <div className="app embed">
      <main className="body">
        <MapArea noWebgl={t.noWebglEmbed} />
        {story && (
          <div className="embed-story float-card">
            <Suspense fallback={null}>
              <StoryPanel compact />
            </Suspense>
          </div>
        )}
        {asset && (
          <p className="embed-caption float-card">
            <strong>{asset.properties.name[lang]}</strong> · {t.type[asset.properties.type]} · {t.status[asset.properties.status]}{' '}
            {asset.properties.year ?? ''}
            <span className="muted"> · {t.embedSources}</span>
          </p>
        )}
        <div className="embed-legend float-card">
          <details open={wide && !story}>
            <summary>{t.legend}</summary>
            <Legend />
          </details>
          <a
            href={fullAtlasUrl()}
            onClick={fresh}
            onMouseDown={fresh}
            onFocus={fresh}
            onContextMenu={fresh}
            target="_blank"
            rel="noopener"
            lang={lang === 'zh' ? 'zh-CN' : 'en'}
          >
            {t.openFull} ↗
          </a>
        </div>
      </main>
    </div>
  );
}
