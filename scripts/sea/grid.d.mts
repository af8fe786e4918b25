/** Types for grid.mjs (plain ESM JS), so TypeScript tests and tools can import it. */
export interface Grid {
  /** cell size, degrees */
  res: number;
  /** columns (360 / res); column 0 starts at lon -180 */
  width: number;
  /** rows (180 / res); row 0 starts at lat 90 */
  height: number;
  /** row-major; 0 land, 1..7 sea (distance to land in cells, capped) */
  cells: Uint8Array;
}
export interface Ring {
  xs: Float64Array;
  ys: Float64Array;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}
export const RES: number;
export const LAND: 0;
export const MAX_DIST: number;
export function landRings(): Ring[];
export function getGrid(opts?: { res?: number; cache?: boolean }): Grid;
export function colOf(g: Grid, lon: number): number;
export function rowOf(g: Grid, lat: number): number;
export function lonOf(g: Grid, c: number): number;
export function latOf(g: Grid, r: number): number;
export function cellOf(g: Grid, lon: number, lat: number): number;
export function ascii(g: Grid, w: number, s: number, e: number, n: number): string;
export const CLOSED_WATER: { box: [number, number, number, number] | number[]; why: string }[];
