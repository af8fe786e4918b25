import { describe, expect, it } from 'vitest';
import { networkGraph } from './analyse-network';
import { createNetworkClient, inlineWorker } from './network-client';
import { cableSegments } from './segments';
import { cable, dataset, landing } from './test-fixtures';

// a trunk A–B with a branch to C from a branching unit half way
const data = dataset({
  cables: [
    cable(
      'cable-t',
      ['lp-a', 'lp-b', 'lp-c'],
      [
        [
          [100, 10],
          [105, 10],
          [110, 10],
        ],
        [
          [105, 10],
          [105, 5],
        ],
      ],
      ['VN', 'PH', 'MY'],
    ),
  ],
  landings: [landing('lp-a', 'VN', [100, 10]), landing('lp-b', 'PH', [110, 10]), landing('lp-c', 'MY', [105, 5])],
});

describe('a cable’s segments by their ends', () => {
  it('lists each segment with its length and the stations at its ends, a branching unit where none lands', () => {
    const segs = cableSegments(networkGraph(data), 'cable-t');
    expect(segs.map((s) => s.id)).toEqual(['cable-t:s0', 'cable-t:s1', 'cable-t:s2']);
    const ends = segs.map((s) => s.ends.map((e) => (e.stations.length ? e.stations.join('+') : e.kind)).sort());
    expect(ends).toEqual([
      ['branch', 'lp-a'],
      ['branch', 'lp-b'],
      ['branch', 'lp-c'],
    ]);
    for (const s of segs) expect(s.km).toBeGreaterThan(500);
    expect(cableSegments(networkGraph(data), 'cable-none')).toEqual([]);
  });
  it('is answered by the worker', async () => {
    const c = createNetworkClient(inlineWorker());
    await c.call('load', { data });
    expect((await c.call('segments', { cable: 'cable-t' })).length).toBe(3);
    c.terminate();
  });
});
