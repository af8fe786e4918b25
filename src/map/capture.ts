import type { Map as MlMap } from 'maplibre-gl';

/** A copy of the rendered map. redraw() renders synchronously, so the WebGL buffer is
 * still valid when it is copied (preserveDrawingBuffer stays off, for speed). */
export function captureMap(map: MlMap): HTMLCanvasElement {
  map.redraw();
  const src = map.getCanvas();
  const copy = document.createElement('canvas');
  copy.width = src.width;
  copy.height = src.height;
  copy.getContext('2d')!.drawImage(src, 0, 0);
  return copy;
}

/** Printing: a WebGL canvas prints blank without preserveDrawingBuffer, so the map is
 * swapped for a still image while the print dialog is open (Chromium also sends
 * beforeprint/afterprint around a print to PDF). */
export function bindPrint(map: MlMap, container: HTMLElement): void {
  let img: HTMLImageElement | null = null;
  // once per print, even if the event comes twice (a test's own, then the browser's)
  const before = () => {
    img?.remove();
    img = document.createElement('img');
    img.className = 'map-print';
    img.alt = '';
    img.src = captureMap(map).toDataURL('image/png');
    container.appendChild(img);
  };
  const after = () => {
    img?.remove();
    img = null;
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  map.on('remove', () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  });
}
