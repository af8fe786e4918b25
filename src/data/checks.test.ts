import { describe, expect, it } from 'vitest';
import { layerProblems, type Problem } from './checks';

const FILE = 'landing-points.geojson';

describe('what a layer names in the legend', () => {
  it('adds a bad source the full file found to the map part’s problems', () => {
    const map: Problem[] = [{ file: FILE, id: 'a', field: 'geometry', message: 'is missing' }];
    const texts: Problem[] = [{ file: FILE, id: 'b', field: 'properties.sources.0.url', message: 'must be an http(s) address' }];
    expect(layerProblems({ map, texts, textFailures: [] }).map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('names a record once when both its map part and its full record failed', () => {
    const map: Problem[] = [{ file: FILE, id: 'a', field: 'geometry', message: 'is missing' }];
    const texts: Problem[] = [
      { file: FILE, id: 'a', field: 'geometry', message: 'is missing' },
      { file: FILE, id: 'a', field: 'properties.sources.0.url', message: 'must be an http(s) address' },
    ];
    expect(layerProblems({ map, texts, textFailures: [] })).toHaveLength(1);
    // the same id in another file is another record
    expect(layerProblems({ map, texts: [{ ...texts[0]!, file: 'nodes.geojson' }], textFailures: [] })).toHaveLength(2);
  });

  it('names a full file that could not be read, saying the map still shows the layer', () => {
    const out = layerProblems({ map: [], texts: [], textFailures: [{ file: FILE, message: 'not JSON' }] });
    expect(out).toEqual([{ file: FILE, message: expect.stringContaining('not JSON') }]);
    expect(out[0]!.message).toMatch(/map still shows/);
  });
});
