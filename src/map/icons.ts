import type { Map as MlMap } from 'maplibre-gl';
import { GROUPS, type Symbol } from '../model/groups';

/** Icon size in CSS pixels; drawn at 2x for sharp edges on high-density screens. */
const SIZE = 14;
const RATIO = 2;

/** Draws one symbol shape, filled with the group's colour and outlined in dark grey so
 * the shape reads on land, on sea and in greyscale. */
export function drawSymbol(ctx: CanvasRenderingContext2D, symbol: Symbol, color: string): void {
  const s = SIZE * RATIO;
  const m = 3 * RATIO; // margin for the outline
  ctx.clearRect(0, 0, s, s);
  ctx.beginPath();
  if (symbol === 'square') ctx.rect(m, m, s - 2 * m, s - 2 * m);
  else if (symbol === 'triangle') {
    ctx.moveTo(s / 2, m - 1);
    ctx.lineTo(s - m + 1, s - m);
    ctx.lineTo(m - 1, s - m);
  } else {
    // diamond
    ctx.moveTo(s / 2, m - 2);
    ctx.lineTo(s - m + 2, s / 2);
    ctx.lineTo(s / 2, s - m + 2);
    ctx.lineTo(m - 2, s / 2);
  }
  ctx.closePath();
  ctx.fillStyle = color;
  ctx.fill();
  ctx.lineWidth = 1.5 * RATIO;
  ctx.strokeStyle = '#1f1f1f';
  ctx.stroke();
}

/** Adds `icon-<symbol>` images for every point group to the map. */
export function addIcons(map: MlMap): void {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE * RATIO;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  for (const g of GROUPS) {
    if (g.symbol.startsWith('line')) continue;
    drawSymbol(ctx, g.symbol, g.color);
    const id = `icon-${g.symbol}`;
    if (!map.hasImage(id)) map.addImage(id, ctx.getImageData(0, 0, SIZE * RATIO, SIZE * RATIO), { pixelRatio: RATIO });
  }
}
