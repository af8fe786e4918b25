import { useT } from '../i18n/strings';
import { download } from '../io/download';
import type { KeyGroup } from '../io/view-keys';
import { useMapHandle } from '../map/map-handle';
import { localToday } from '../model/time';
import { useView } from '../state/store';
import { flushUrl } from '../state/url-sync';
import { useViewDescription } from './use-view-description';

/** Saves the map as a PNG at `ratio` device pixels per CSS pixel, with the view's day,
 * scenario, filters and every key for what is drawn (the same as the printed page). */
export function useSnapshot(extra?: KeyGroup[]): (ratio: number) => Promise<void> {
  const t = useT();
  const mapHandle = useMapHandle();
  const d = useViewDescription(extra);
  return async (ratio: number) => {
    const atlas = mapHandle.current;
    if (!atlas) return;
    // the image composer and the file namer load when first asked for, not with the page
    const [map, { composeSnapshot }, { exportName }] = await Promise.all([
      atlas.captureAt(ratio),
      import('../io/snapshot'),
      import('../io/export'),
    ]);
    flushUrl();
    const today = localToday();
    const out = composeSnapshot(
      map,
      {
        title: t.title,
        date: today,
        facts: [d.day, ...(d.scenario ? [d.scenario] : []), d.filters],
        attribution: `${t.attribution} · ${t.disclaimer}`,
        credit: t.snapshotCredit(window.location.href),
        keys: d.keys,
      },
      ratio,
    );
    const { layers, filters } = useView.getState();
    out.toBlob((b) => b && download(exportName('png', { layers, filters }, today), b), 'image/png');
  };
}
