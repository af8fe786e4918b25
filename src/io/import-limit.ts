/** How big an imported file may be (pure: used by the import store and the e2e suite). */

/**
 * The largest file the import accepts, checked before anything is read. Measured on this
 * project's test machine (README, "How big a file can be imported"): 250 MB imported (56 s,
 * 380 MB of main-thread heap), 400 MB crashed the tab; 100 MB leaves a wide margin for
 * smaller machines and imports in about 15 s.
 */
export const MAX_IMPORT_BYTES = 100_000_000;

const mb = (bytes: number) => `${(bytes / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

/** Why a file is refused, in plain words, with what to do instead. */
export const tooBig = (name: string, size: number) =>
  `${name}: ${mb(size)} (${size.toLocaleString('en')} bytes) is more than this atlas can import (${mb(MAX_IMPORT_BYTES)}; a larger file can crash the browser tab). ` +
  'Simplify its geometry (for example with mapshaper’s -simplify), split it into smaller files, or filter it to the features you need, then import those.';
