/**
 * What the loading path hands the app, and how it fails: shared by the load worker, the
 * main thread's client (load-client.ts) and the in-thread loaders (load.ts), with no
 * dependency on zod.
 */
import type { AssetFeature, AssetRecordProps, AssetType } from './schema';
import type { Problem } from './checks';

export type LoadErrorKind = 'network' | 'json' | 'invalid';

/** A file that could not be used at all; `problems` name what is wrong and where. */
export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

export type Fetch = (url: string) => Promise<Response>;

export interface LoadedLayer {
  type: AssetType;
  features: AssetFeature[];
  /** Features that failed validation and were left out; the layer still draws the rest. */
  skipped: Problem[];
}

/** What loaded from a records file, and the records left out (named, with why). */
export type WithSkipped<T> = T & { skipped: Problem[] };

/** A record's text: what its panel and its exports show beyond what the map reads
 * (constants.ts TEXT_FIELDS; its events with their notes and sources). */
export type AssetText = Pick<AssetRecordProps, 'description' | 'sources' | 'disputes' | 'events'>;
export const textOf = (p: AssetRecordProps): AssetText => ({
  description: p.description,
  sources: p.sources,
  disputes: p.disputes,
  events: p.events,
});

/** One asset file's record texts by id, and the records left out (named, with why). */
export interface LoadedTexts {
  type: AssetType;
  texts: Record<string, AssetText>;
  skipped: Problem[];
}
