/**
 * Every geodata file is written in one layout (2-space JSON, a position on one line) by
 * every script that writes it, so `npm run derive` or the sea router rewriting a file
 * changes only what changed (the cables file once grew from ~11,000 to ~21,000 lines).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatGeoJSON } from './format-geojson.mjs';

const files = readdirSync('geodata').filter((f) => /\.(geo)?json$/.test(f));

describe('geodata layout', () => {
  it('keeps a position on one line', () => {
    expect(
      formatGeoJSON({
        a: [
          [1.5, -2],
          [3, 4, 5],
        ],
        b: [1, 2, 3, 4],
      }),
    ).toBe('{\n  "a": [\n    [1.5, -2],\n    [3, 4, 5]\n  ],\n  "b": [\n    1,\n    2,\n    3,\n    4\n  ]\n}\n');
  });
  it.each(files)('%s is written as the writer writes it (a rewrite leaves it byte for byte)', (f) => {
    const text = readFileSync(`geodata/${f}`, 'utf8');
    expect(formatGeoJSON(JSON.parse(text)) === text).toBe(true);
  });
});
