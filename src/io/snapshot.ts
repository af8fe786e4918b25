import { drawSymbol } from '../map/icons';
import { GROUPS } from '../map/style/groups';

export interface SnapshotText {
  title: string;
  date: string;
  attribution: string;
  legend: Array<{ key: string; label: string }>;
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
  ctx.font = font(16, '600');
  ctx.textBaseline = 'middle';
  ctx.fillText(t.title, 10 * ratio, bar / 2);
  ctx.font = font(12);
  ctx.textAlign = 'right';
  ctx.fillText(t.date, out.width - 10 * ratio, bar / 2);
  ctx.textAlign = 'left';

  // legend box, bottom-left of the map
  const row = 20 * ratio;
  const w = 250 * ratio;
  const h = row * t.legend.length + 12 * ratio;
  const x0 = 10 * ratio;
  const y0 = out.height - h - 30 * ratio;
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
  ctx.font = font(11);
  ctx.fillStyle = '#333333';
  ctx.textAlign = 'right';
  ctx.fillText(t.attribution, out.width - 8 * ratio, out.height - 10 * ratio);
  return out;
}
