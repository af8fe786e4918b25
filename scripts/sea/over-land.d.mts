/** Types for over-land.mjs (plain ESM JS), so TypeScript tests and tools can import it. */
export function isLand(lon: number, lat: number): boolean;
export function isLandSlow(lon: number, lat: number): boolean;
export interface OverLand {
  /** overLandKm / consideredKm */
  share: number;
  overLandKm: number;
  /** whole length of the lines */
  totalKm: number;
  /** length outside the stretches within nearKm of a landing */
  consideredKm: number;
}
export function overLandShare(
  multiLineCoords: number[][][],
  landingCoords?: number[][],
  opts?: { nearKm?: number; stepKm?: number },
): OverLand;
