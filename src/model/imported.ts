/** The reader's own layers: what the importer produces and the map draws. */

export type Kind = 'generic' | 'ofds-nodes' | 'ofds-spans';

export interface ImportedFeature {
  type: 'Feature';
  /** Stable within the layer: "<layer>-<index>". */
  id: string;
  geometry: { type: string; coordinates?: unknown; geometries?: unknown };
  /** Flattened, display-ready properties: every value is a string (shown as text). */
  props: Array<[string, string]>;
  /** The properties as the atlas read them: direction overrides stripped, nothing shortened
   * (what the layer's Export writes; `props` is what the panel shows). */
  properties: Record<string, unknown>;
  /** A name to list it by: name, title, id, or "Feature N". */
  label: string;
}

export interface ImportedLayerData {
  kind: Kind;
  features: ImportedFeature[];
  /** Geometry kinds present, for choosing fill / line / circle layers. */
  has: { point: boolean; line: boolean; polygon: boolean };
}

/** An imported layer as the atlas holds it (in this tab only). */
export interface ImportedLayer extends ImportedLayerData {
  id: string;
  name: string;
  color: string;
  visible: boolean;
}
