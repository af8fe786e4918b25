import { drawSymbol } from '../map/icons';
import { GROUPS } from '../model/groups';

export interface SnapshotText {
  title: string;
  date: string;
  attribution: string;
  /** Where the data comes from and how to read it (sources per asset, schematic routes). */
  credit: string;
  legend: Array<{ key: string; label: string }>;
  /** The choropleth's key when the countries are coloured. */
  choropleth?: { title: string; classes: Array<{ label: string; color: string }> } | undefined;
}

/** Shortens `text` with an ellipsis until it fits `max` pixels in the context's font. */
function fit(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  const cps = [...text];
  while (cps.length > 1 && ctx.measureText(`${cps.join('')}…`).width > max) cps.pop();
  return `${cps.join('')}…`;
}

/**
 * The map as a PNG with a title bar, a legend, the date and the attribution drawn in.
 * `map` is a canvas holding the rendered map (read during MapLibre's render event).
 * Output size: the map's size in CSS pixels times `ratio`, plus the title bar.
 */
export function composeSnapshot(map: HTMLCanvasElement, t: SnapshotText, ratio: number): HTMLCanvasElement {
  const bar = Math.round(36 * ratio);
  const out = document.createElement('canvas');
  out.width = map.width;
  out.height = map.height + bar;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(map, 0, bar);
  const font = (px: number, weight = '') => `${weight} ${Math.round(px * ratio)}px system-ui, 'Noto Sans CJK SC', sans-serif`;
  ctx.fillStyle = '#1d1d1f';
  ctx.textBaseline = 'middle';
  ctx.font = font(12);
  const dateW = ctx.measureText(t.date).width;
  ctx.textAlign = 'right';
  ctx.fillText(t.date, out.width - 10 * ratio, bar / 2);
  ctx.textAlign = 'left';
  // the title takes what the date leaves, smaller on a narrow map, shortened if need be
  const room = out.width - dateW - 30 * ratio;
  let size = 16;
  ctx.font = font(size, '600');
  while (size > 11 && ctx.measureText(t.title).width > room) ctx.font = font(--size, '600');
  ctx.fillText(fit(ctx, t.title, room), 10 * ratio, bar / 2);

  // legend box, bottom-left of the map, above the two credit lines
  const row = 20 * ratio;
  const w = Math.min(250 * ratio, out.width - 20 * ratio);
  const h = row * t.legend.length + 12 * ratio;
  const x0 = 10 * ratio;
  const y0 = out.height - h - 44 * ratio;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(x0, y0, w, h);
  ctx.strokeStyle = '#bbbbbb';
  ctx.strokeRect(x0, y0, w, h);
  const icon = document.createElement('canvas');
  icon.width = icon.height = 28;
  const ictx = icon.getContext('2d')!;
  t.legend.forEach((l, i) => {
    const g = GROUPS.find((x) => x.key === l.key);
    const y = y0 + 6 * ratio + i * row + row / 2;
    if (g) {
      if (g.symbol.startsWith('line')) {
        ctx.strokeStyle = g.color;
        ctx.lineWidth = 3 * ratio;
        ctx.setLineDash(g.symbol === 'line-dashed' ? [6 * ratio, 3.5 * ratio] : []);
        ctx.beginPath();
        ctx.moveTo(x0 + 8 * ratio, y);
        ctx.lineTo(x0 + 30 * ratio, y);
        ctx.stroke();
        ctx.setLineDash([]);
      } else {
        drawSymbol(ictx, g.symbol, g.color);
        ctx.drawImage(icon, x0 + 12 * ratio, y - 7 * ratio, 14 * ratio, 14 * ratio);
      }
    }
    ctx.fillStyle = '#1d1d1f';
    ctx.font = font(12);
    ctx.fillText(l.label, x0 + 38 * ratio, y);
  });
  if (t.choropleth) drawChoroKey(ctx, t.choropleth, x0, y0 - 8 * ratio, w, ratio, font);

  // credit and attribution, on a white band so they read over any map
  const band = 34 * ratio;
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(0, out.height - band, out.width, band);
  ctx.font = font(11);
  ctx.fillStyle = '#333333';
  ctx.textAlign = 'left';
  const maxW = out.width - 16 * ratio;
  ctx.fillText(fit(ctx, t.credit, maxW), 8 * ratio, out.height - 24 * ratio);
  ctx.fillText(fit(ctx, t.attribution, maxW), 8 * ratio, out.height - 9 * ratio);
  return out;
}

/** The choropleth's key as a box whose bottom edge is at `bottom`. */
function drawChoroKey(
  ctx: CanvasRenderingContext2D,
  key: NonNullable<SnapshotText['choropleth']>,
  x0: number,
  bottom: number,
  w: number,
  ratio: number,
  font: (px: number, weight?: string) => string,
): void {
  const row = 18 * ratio;
  const h = row * (key.classes.length + 1) + 10 * ratio;
  const y0 = bottom - h;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(x0, y0, w, h);
  ctx.strokeStyle = '#bbbbbb';
  ctx.strokeRect(x0, y0, w, h);
  ctx.fillStyle = '#1d1d1f';
  ctx.font = font(12, '600');
  ctx.fillText(fit(ctx, key.title, w - 16 * ratio), x0 + 8 * ratio, y0 + 5 * ratio + row / 2);
  ctx.font = font(12);
  key.classes.forEach((c, i) => {
    const y = y0 + 5 * ratio + (i + 1) * row + row / 2;
    ctx.fillStyle = c.color;
    ctx.fillRect(x0 + 10 * ratio, y - 6 * ratio, 18 * ratio, 12 * ratio);
    ctx.fillStyle = '#1d1d1f';
    ctx.fillText(c.label, x0 + 38 * ratio, y);
  });
}
