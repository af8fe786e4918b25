/** Small hand-made networks for the tests (made-up ids and places, never shipped). */
import type { AssetFeature, Corridor, Fault } from '../../data/schema';
import type { NetworkData } from './analyse-network';

const src = [{ title: 'Test', url: 'https://example.org' }];
const t = (en: string) => ({ zh: en, en });
type XY = [number, number];

const props = (id: string, type: AssetFeature['properties']['type'], countries: string[], extra: Record<string, unknown> = {}) => ({
  id,
  type,
  name: t(id),
  description: t(id),
  countries,
  status: 'operational' as const,
  year: 2010,
  operators: [],
  partners: [],
  precision: 'schematic' as const,
  sources: src,
  ...extra,
});

/** A cable drawn as parts (each a line of [lon, lat]); lands at the given landing ids. */
export function cable(
  id: string,
  landingPoints: string[],
  parts: XY[][],
  countries: string[] = ['VN'],
  extra: Record<string, unknown> = {},
): AssetFeature {
  return {
    type: 'Feature',
    geometry: { type: 'MultiLineString', coordinates: parts },
    properties: props(id, 'submarine-cable', countries, { landingPoints, ...extra }),
  };
}

export function landing(id: string, country: string, at: XY): AssetFeature {
  return { type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: props(id, 'landing-point', [country]) };
}

export function land(id: string, countries: string[], line: XY[]): AssetFeature {
  return { type: 'Feature', geometry: { type: 'LineString', coordinates: line }, properties: props(id, 'land-fibre', countries) };
}

export function corridor(id: string, polygon: XY[]): Corridor {
  return { id, name: t(id), polygon, rationale: t(id), sources: src };
}

export function fault(id: string, cables: string[], start: string, repaired: string | null, at: XY | null = null): Fault {
  return {
    id,
    cables,
    otherCables: [],
    reported: cables,
    start,
    repaired,
    location: at ? { type: 'Point', coordinates: at, label: t('here') } : null,
    cause: t('test'),
    countriesAffected: [],
    description: t('test'),
    sources: src,
  };
}

export function dataset(parts: Partial<NetworkData>): NetworkData {
  return { cables: [], landings: [], fibre: [], faults: [], corridors: [], ...parts };
}
