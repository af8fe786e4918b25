/**
 * Room for the country names (base:labels). MapLibre keeps labels apart from each other but
 * not from the canvas's edges or from the controls drawn over the map, so a neighbour's name
 * at the frame's edge is cut in half ("Lanka") and a name can sit under the attribution. The
 * map hides a neighbour's (non-focus) name whose box would leave the map or meet a control;
 * the focus states' names always show (the frame keeps them clear: view.ts).
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A label as the map places it: its point on screen, the text, the size in px, and how it
 * hangs from the point (base:labels' text-anchor and text-offset in ems). */
export interface PlacedLabel {
  iso: string;
  focus: boolean;
  x: number;
  y: number;
  text: string;
  size: number;
  anchor: 'center' | 'top' | 'bottom' | 'left' | 'right' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
  offset: readonly [number, number];
}

/** Labels wrap at 7 ems (base:labels' text-max-width). */
const MAX_WIDTH_EM = 7;
/** Average advance of a Latin letter in a country name, in ems, a little over what the
 * browser's sans-serif draws (measured on the map: "Timor-Leste" at 14 px is 73 px wide,
 * 0.47 em a letter); a CJK character is a full em. */
const latinEm = 0.5;
/** The halo (2 px) on each side. */
const HALO = 2;

const widthEm = (s: string): number => [...s].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : latinEm), 0);

/** The lines a name breaks into at the label's maximum width (at spaces, as MapLibre does). */
function lines(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(' ')) {
    const last = out.at(-1);
    if (last !== undefined && widthEm(`${last} ${word}`) <= MAX_WIDTH_EM) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

/** The screen box a label's text takes (estimated from its letters), halo included. */
export function labelBox(l: PlacedLabel): Box {
  const ls = lines(l.text);
  const w = Math.max(...ls.map(widthEm)) * l.size + 2 * HALO;
  const h = ls.length * 1.2 * l.size + 2 * HALO;
  const cx = l.x + l.offset[0] * l.size;
  const cy = l.y + l.offset[1] * l.size;
  const x0 = l.anchor.includes('left') ? cx : l.anchor.includes('right') ? cx - w : cx - w / 2;
  const y0 = l.anchor.startsWith('top') ? cy : l.anchor.startsWith('bottom') ? cy - h : cy - h / 2;
  return { x0, y0, x1: x0 + w, y1: y0 + h };
}

export const overlap = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The neighbours' labels (not the focus states') to hide: those whose box would not fit
 * inside the map (width × height) or would meet one of the controls drawn over it. */
export function labelsWithoutRoom(
  labels: readonly PlacedLabel[],
  size: { width: number; height: number },
  controls: readonly Box[],
): string[] {
  return labels
    .filter((l) => !l.focus)
    .filter((l) => {
      const b = labelBox(l);
      return b.x0 < 0 || b.y0 < 0 || b.x1 > size.width || b.y1 > size.height || controls.some((c) => overlap(b, c));
    })
    .map((l) => l.iso);
}
