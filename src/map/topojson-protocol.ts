import type { AddProtocolAction } from 'maplibre-gl';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/** The URL scheme of a TopoJSON object in the map's style: registered with MapLibre's
 * addProtocol(TOPOJSON_SCHEME, topojsonLoader()) by AtlasMap and the bench's baseline. */
export const TOPOJSON_SCHEME = 'topojson';

/** `topojson://<file>#<object>`: one object of a TopoJSON file, which the map receives as
 * GeoJSON. `file` is fetched as the page would fetch it (relative to the page). */
export const topojsonUrl = (file: string, object: string): string => `${TOPOJSON_SCHEME}://${file}#${object}`;

/** The file a topojson:// URL names, for messages ("region.topo.json"), or null for another URL. */
export function topojsonFile(url: string): string | null {
  const m = new RegExp(`^${TOPOJSON_SCHEME}://([^#]*)#`).exec(url);
  return m ? m[1]!.split('/').pop()! : null;
}

/**
 * Loads topojson:// URLs: fetches the file (once for all its objects while they load
 * together: countries and borders share one request) and decodes the named object with
 * topojson-client into a GeoJSON FeatureCollection, which MapLibre takes as if it had
 * fetched a .geojson file. A failed fetch is not kept, so a retry fetches again; once every
 * object of a file has been served, the parsed file is let go.
 */
export function topojsonLoader(fetchFn: typeof fetch = (...a) => fetch(...a)): AddProtocolAction {
  const files = new Map<string, { topology: Promise<Topology>; served: Set<string> }>();
  const load = (file: string) => {
    let entry = files.get(file);
    if (!entry) {
      const topology = fetchFn(file).then(async (res) => {
        if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
        return (await res.json()) as Topology;
      });
      entry = { topology, served: new Set() };
      files.set(file, entry);
      topology.catch(() => files.delete(file));
    }
    return entry;
  };
  return async ({ url }) => {
    const rest = url.slice(`${TOPOJSON_SCHEME}://`.length);
    const hash = rest.lastIndexOf('#');
    if (hash < 0) throw new Error(`${url}: no object named (topojson://file#object)`);
    const [file, name] = [rest.slice(0, hash), rest.slice(hash + 1)];
    const entry = load(file);
    const topology = await entry.topology;
    const object = topology.objects?.[name];
    if (!object) throw new Error(`${file} has no object "${name}"`);
    entry.served.add(name);
    if (Object.keys(topology.objects).every((n) => entry.served.has(n)) && files.get(file) === entry) files.delete(file);
    return { data: feature(topology, object) };
  };
}
