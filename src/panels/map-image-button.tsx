import { usePT } from '../i18n/publish';
import { useSnapshot } from './use-snapshot';

/** "Map image": the PNG of the view as it is, reachable whatever panel is open (the
 * selected cable's view too). */
export function MapImageButton() {
  const p = usePT();
  const png = useSnapshot();
  return (
    <button type="button" title={p.mapImageTitle} onClick={() => void png(Math.max(2, window.devicePixelRatio || 1))}>
      {p.mapImage}
    </button>
  );
}
