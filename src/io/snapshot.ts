import { drawSymbol } from '../map/icons';
import { PLANNED_DASH } from '../map/style/layers/lines';
import { theme } from '../model/theme';
import type { KeyEntry, KeyGroup } from './view-keys';

export interface SnapshotText {
  title: string;
  date: string;
  /** The view in words: the day, the what-if scenario (if any), the filters. */
  facts: string[];
  attribution: string;
  /** Where the data comes from and how to read it (sources per asset, schematic routes). */
  credit: string;
  /** Every key for what is drawn (src/io/view-keys.ts: the same as the printed page's). */
  keys: KeyGroup[];
}

/** Shortens `text` with an ellipsis until it fits `max` pixels in the context's font. */
function fit(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  const cps = [...text];
  while (cps.length > 1 && ctx.measureText(`${cps.join('')}…`).width > max) cps.pop();
  return `${cps.join('')}…`;
}

/** Splits `text` into lines that fit `max` pixels (at spaces, or anywhere in CJK text). */
export function wrapText(ctx: Pick<CanvasRenderingContext2D, 'measureText'>, text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of [...text]) {
    const next = line + ch;
    if (line && ctx.measureText(next).width > max) {
      const cut = line.lastIndexOf(' ');
      if (cut > line.length / 2) {
        lines.push(line.slice(0, cut));
        line = line.slice(cut + 1) + ch;
      } else {
        lines.push(line);
        line = ch.trimStart();
      }
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws one key row's mark at (x, y): the symbol, line or fill as the map draws it. */
function drawMark(ctx: CanvasRenderingContext2D, e: KeyEntry, x: number, y: number, ratio: number, icon: HTMLCanvasElement): void {
  if (e.kind === 'symbol' && e.symbol.startsWith('line')) {
    if (e.symbol === 'line-cased') drawLine(ctx, theme.casing, false, x, y, ratio, 5.5);
    drawLine(ctx, e.color, false, x, y, ratio);
  } else if (e.kind === 'symbol') {
    drawSymbol(icon.getContext('2d')!, e.symbol, e.color);
    ctx.drawImage(icon, x + 4 * ratio, y - 7 * ratio, 14 * ratio, 14 * ratio);
  } else if (e.kind === 'line') drawLine(ctx, e.color, e.dash, x, y, ratio);
  else if (e.kind === 'fault') {
    ctx.beginPath();
    ctx.arc(x + 11 * ratio, y, 6 * ratio, 0, 2 * Math.PI);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.lineWidth = 2 * ratio;
    ctx.strokeStyle = e.color;
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(x + 11 * ratio, y, 2.5 * ratio, 0, 2 * Math.PI);
    ctx.fillStyle = e.color;
    ctx.fill();
  } else {
    ctx.fillStyle = e.color;
    ctx.fillRect(x + 2 * ratio, y - 6 * ratio, 18 * ratio, 12 * ratio);
    ctx.strokeStyle = '#888888';
    ctx.lineWidth = 1 * ratio;
    ctx.strokeRect(x + 2 * ratio, y - 6 * ratio, 18 * ratio, 12 * ratio);
  }
}

function drawLine(ctx: CanvasRenderingContext2D, color: string, dash: boolean, x: number, y: number, ratio: number, width = 3): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = width * ratio;
  ctx.setLineDash(dash ? PLANNED_DASH.map((d) => d * 3 * ratio) : []);
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + 22 * ratio, y);
  ctx.stroke();
  ctx.setLineDash([]);
}

/**
 * The map as a PNG with a title bar (title, date, then the day, scenario and filters in
 * words), a key for every kind of mark drawn, and the credit and attribution drawn in.
 * `map` is a canvas holding the rendered map. Output: the map's width, and its height plus
 * the bars above and below (the key sits over the map's lower left).
 */
export function composeSnapshot(map: HTMLCanvasElement, t: SnapshotText, ratio: number): HTMLCanvasElement {
  const font = (px: number, weight = '') => `${weight} ${Math.round(px * ratio)}px system-ui, 'Noto Sans CJK SC', sans-serif`;
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = font(12);
  const facts = t.facts.flatMap((f) => wrapText(measure, f, map.width - 20 * ratio));
  const line = 16 * ratio;
  const bar = Math.round(34 * ratio + facts.length * line);
  const band = Math.round(34 * ratio);
  const out = document.createElement('canvas');
  out.width = map.width;
  out.height = map.height + bar + band;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(map, 0, bar);
  ctx.fillStyle = '#1d1d1f';
  ctx.textBaseline = 'middle';
  ctx.font = font(12);
  const dateW = ctx.measureText(t.date).width;
  ctx.textAlign = 'right';
  ctx.fillText(t.date, out.width - 10 * ratio, 18 * ratio);
  ctx.textAlign = 'left';
  // the title takes what the date leaves, smaller on a narrow map, shortened if need be
  const room = out.width - dateW - 30 * ratio;
  let size = 16;
  ctx.font = font(size, '600');
  while (size > 11 && ctx.measureText(t.title).width > room) ctx.font = font(--size, '600');
  ctx.fillText(fit(ctx, t.title, room), 10 * ratio, 18 * ratio);
  ctx.font = font(12);
  ctx.fillStyle = '#333333';
  facts.forEach((f, i) => ctx.fillText(f, 10 * ratio, 34 * ratio + i * line + line / 2 - 2 * ratio));

  // the keys, in a box over the map's lower left
  const row = 18 * ratio;
  const w = Math.min(290 * ratio, out.width - 20 * ratio);
  const rows = t.keys.reduce((n, g) => n + g.entries.length + (g.title ? 1 : 0), 0);
  const h = Math.min(row * rows + 12 * ratio, map.height - 20 * ratio);
  const x0 = 10 * ratio;
  const y0 = bar + map.height - h - 10 * ratio;
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.fillRect(x0, y0, w, h);
  ctx.strokeStyle = '#bbbbbb';
  ctx.lineWidth = 1;
  ctx.strokeRect(x0, y0, w, h);
  const icon = document.createElement('canvas');
  icon.width = icon.height = 28;
  let y = y0 + 6 * ratio + row / 2;
  const bottom = y0 + h;
  for (const g of t.keys) {
    if (g.title && y < bottom) {
      ctx.fillStyle = '#1d1d1f';
      ctx.font = font(12, '600');
      ctx.fillText(fit(ctx, g.title, w - 16 * ratio), x0 + 8 * ratio, y);
      y += row;
    }
    for (const e of g.entries) {
      if (y > bottom) break;
      drawMark(ctx, e, x0 + 8 * ratio, y, ratio, icon);
      ctx.fillStyle = '#1d1d1f';
      ctx.font = font(12);
      ctx.fillText(fit(ctx, e.label, w - 46 * ratio), x0 + 38 * ratio, y);
      y += row;
    }
  }

  // credit and attribution, on a white band under the map
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, out.height - band, out.width, band);
  ctx.font = font(11);
  ctx.fillStyle = '#333333';
  const maxW = out.width - 16 * ratio;
  ctx.fillText(fit(ctx, t.credit, maxW), 8 * ratio, out.height - 24 * ratio);
  ctx.fillText(fit(ctx, t.attribution, maxW), 8 * ratio, out.height - 9 * ratio);
  return out;
}
