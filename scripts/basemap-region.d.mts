/** Types for basemap-region.mjs (the region's 1:50m basemap, GeoJSON and TopoJSON). */
import type { FeatureCollection, MultiLineString, MultiPolygon, Point } from 'geojson';
import type { Topology } from 'topojson-specification';

export interface CountryProperties {
  num: number;
  iso: string | null;
  name_zh: string;
  name_en: string;
  rank: number;
  focus: boolean;
  cut: boolean;
}
export const TOLERANCE: number;
export const QUANTUM: number;
export function simplifyLine(line: number[][], tol: number): number[][];
export function simplifyTopology(topology: Topology, tol: number): Topology;
export function bbox(coords: number[][]): [number, number, number, number];
export function touchesCut(polys: number[][][][]): boolean;
export function countryProperties(num: number, fallbackName: string, polys: number[][][][]): CountryProperties;
export function regionGeoJSON(topo: Topology): {
  countries: FeatureCollection<MultiPolygon, CountryProperties>;
  borders: FeatureCollection<MultiLineString, Record<string, never>>;
  labels: FeatureCollection<Point, CountryProperties>;
};
export function regionTopology(topo: Topology): Topology;
