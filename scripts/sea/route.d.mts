/** Types for route.mjs (plain ESM JS), so TypeScript tests and tools can import it. */
import type { Grid } from './grid.mjs';

export interface Landing {
  id: string;
  coordinates: [number, number] | number[];
}
export interface RouteOptions {
  /** ordered landing ids of the main trunk */
  trunk?: string[];
  /** [west, south, east, north] boxes whose land counts as sea (a documented land crossing) */
  allowLand?: number[][];
  /** land is passable this near a landing (default 15 km; more when the sea is further) */
  landRadiusKm?: number;
  /** tie-break for the 360° frame of a line across the antimeridian: the mean longitude nearest this (default 120) */
  lonCentre?: number;
  /** vertex aim per routed segment (default 150) */
  maxVertices?: number;
  grid?: Grid;
}
export interface MultiLineString {
  type: 'MultiLineString';
  coordinates: number[][][];
}
export interface SegmentInfo {
  kind: 'trunk' | 'branch';
  from: string;
  to: string;
  km: number;
  cells: number;
  vertices: number;
  ms: number;
}
export function routeSystem(landings: Landing[], options?: RouteOptions): MultiLineString;
export function routeSystemDetailed(landings: Landing[], options?: RouteOptions): { geometry: MultiLineString; segments: SegmentInfo[] };
