/** The style spec's JSON parser (used only by style.test.ts, to prove it runs on Node 20). */
declare module '@mapbox/jsonlint-lines-primitives' {
  /** Parses JSON, keeping line numbers on the values (they are boxed objects). */
  export function parse(json: string): Record<string, { valueOf(): unknown }>;
}
