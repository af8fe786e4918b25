import { describe, expect, it } from 'vitest';
import { cablesThrough } from '../exposure';
import { analyseNetwork, compareNetwork, networkGraph } from './analyse-network';
import { gcKm, lineHitsPolygon, preparePolygon } from './geo';
import { buildGraph } from './graph';
import { cutMatrix, cutMatrixPairwise, liveGraph, routesBetween, singlePoints } from './measures';
import { createNetworkClient, inlineWorker } from './network-client';
import { PLACES } from './places';
import { applyScenario, cablesCrossing, segmentsCrossing } from './scenario';
import { cable, corridor, dataset, fault, land, landing } from './test-fixtures';

const DAY = '2020-06-01';
const country = (r: ReturnType<typeof analyseNetwork>, code: string) => r.countries.find((c) => c.code === code)!;

/** Japan → a branching point at (110, 10) → Singapore, with Cambodia's branch along `branch`. */
const trunkAndBranch = (branch: [number, number][]) => ({
  landings: [landing('lp-jp', 'JP', [135, 30]), landing('lp-sg', 'SG', [104, 1.3]), landing('lp-kh', 'KH', [103.5, 10.6])],
  cables: [
    cable(
      'c',
      ['lp-jp', 'lp-sg', 'lp-kh'],
      [
        [
          [135, 30],
          [110, 10],
          [104, 1.3],
        ],
        branch,
      ],
    ),
  ],
});

describe('graph construction', () => {
  it('makes the points where parts meet branching units, and splits the line there', () => {
    // trunk Japan → BU → Singapore, branch BU → Cambodia
    const d = dataset({
      // the branch ends within the snapping tolerance of the trunk's vertex
      ...trunkAndBranch([
        [103.5, 10.6],
        [106, 10],
        [110.0005, 10.0005],
      ]),
    });
    const g = buildGraph(d);
    const segs = g.edges.filter((e) => e.kind === 'segment');
    expect(segs.map((e) => e.id)).toEqual(['c:s0', 'c:s1', 'c:s2']);
    expect(g.nodes.filter((n) => n.kind === 'branch')).toHaveLength(1);
    expect(g.edges.filter((e) => e.kind === 'attach')).toHaveLength(3);
    const s0 = segs[0]!;
    expect(s0.km).toBeCloseTo(gcKm(135, 30, 110, 10), 6);
    expect(s0.coords).toEqual([
      [135, 30],
      [110, 10],
    ]);
  });

  it('gives land-link vertices their country and keeps Hong Kong, Macau and Taiwan apart from China', () => {
    const d = dataset({
      fibre: [
        land(
          'f',
          ['CN', 'VN'],
          [
            [106.75, 22.1],
            [106.76, 21.85],
            [105.85, 21.03],
          ],
        ),
        land(
          'h',
          ['CN', 'HK'],
          [
            [114.06, 22.54],
            [114.17, 22.32],
          ],
        ),
      ],
    });
    const g = buildGraph(d);
    expect(g.nodes.filter((n) => n.kind === 'land').map((n) => n.country)).toEqual(['CN', 'VN', 'VN', 'CN', 'HK']);
    expect([...g.hubOf.keys()].sort()).toEqual(['CN', 'HK', 'VN']);
  });
});

describe('independent routes', () => {
  it('counts two cables that share one trunk as one route', () => {
    // Vietnam: two systems land at a Philippine station; one trunk from there to Japan
    const d = dataset({
      landings: [
        landing('lp-v1', 'VN', [109, 12]),
        landing('lp-v2', 'VN', [108, 16]),
        landing('lp-ph', 'PH', [120, 16]),
        landing('lp-jp', 'JP', [135, 33]),
      ],
      cables: [
        cable(
          'a',
          ['lp-v1', 'lp-ph'],
          [
            [
              [109, 12],
              [120, 16],
            ],
          ],
        ),
        cable(
          'b',
          ['lp-v2', 'lp-ph'],
          [
            [
              [108, 16],
              [120, 16],
            ],
          ],
        ),
        cable(
          'trunk',
          ['lp-ph', 'lp-jp'],
          [
            [
              [120, 16],
              [135, 33],
            ],
          ],
        ),
        // and one system whose two Vietnamese branches meet at sea and share one trunk
        cable(
          'y',
          ['lp-v1', 'lp-v2', 'lp-jp'],
          [
            [
              [135, 33],
              [112, 14],
            ],
            [
              [109, 12],
              [112, 14],
            ],
            [
              [108, 16],
              [112, 14],
            ],
          ],
        ),
      ],
    });
    const r = analyseNetwork(d, { day: DAY });
    const vn = country(r, 'VN');
    expect(vn.outside.routes).toBe(2);
    const routes = vn.outside.paths.map((p) => p.assets.join('>'));
    expect(routes).toContain('y');
    expect(routes.filter((x) => /^[ab]>trunk$/.test(x))).toHaveLength(1);
    // the shared pieces are single points of failure: each takes one of two routes
    expect(vn.spofs.map((s) => s.id)).toEqual(expect.arrayContaining(['trunk:s0', 'y:s0', 'lp-ph']));
    // and the Philippines sits on both trunks' ends: 2 routes (its own trunk and y via Vietnam)
    expect(country(r, 'PH').outside.routes).toBe(2);
  });

  it('a branch cut leaves the trunk', () => {
    const d = dataset({
      ...trunkAndBranch([
        [103.5, 10.6],
        [110, 10],
      ]),
      faults: [fault('fault-2020-05-x', ['c'], '2020-05-20', '2020-07-01', [106, 10.3])],
    });
    const before = analyseNetwork(d, { day: DAY, faults: false });
    expect(country(before, 'KH').outside.routes).toBe(1);
    expect(country(before, 'SG').outside.routes).toBe(1);
    const after = analyseNetwork(d, { day: DAY });
    expect(after.faultCuts).toEqual([{ fault: 'fault-2020-05-x', cable: 'c', mode: 'segment', segments: ['c:s2'] }]);
    expect(country(after, 'KH').outside.routes).toBe(0);
    expect(country(after, 'SG').outside.routes).toBe(1);
    // a fault with no location impairs the whole system, and says so
    const whole = analyseNetwork({ ...d, faults: [fault('fault-2020-05-y', ['c'], '2020-05-20', '2020-07-01')] }, { day: DAY });
    expect(whole.faultCuts[0]!.mode).toBe('whole');
    expect(country(whole, 'SG').outside.routes).toBe(0);
    // the same cut by the reader, by segment id
    const cut = analyseNetwork(d, { day: DAY, faults: false, segments: ['c:s2'] });
    expect(cut.down).toEqual(['c:s2']);
    expect(country(cut, 'SG').outside.routes).toBe(1);
  });

  it('finds a land route as the only backup', () => {
    // Vietnam: one cable to Japan; a land link to China, whose own cable reaches Japan
    const d = dataset({
      landings: [landing('lp-vn', 'VN', [108, 16]), landing('lp-cn', 'CN', [116, 23]), landing('lp-jp', 'JP', [135, 33])],
      cables: [
        cable(
          'v',
          ['lp-vn', 'lp-jp'],
          [
            [
              [108, 16],
              [135, 33],
            ],
          ],
        ),
        cable(
          'k',
          ['lp-cn', 'lp-jp'],
          [
            [
              [116, 23],
              [135, 33],
            ],
          ],
        ),
      ],
      fibre: [
        land(
          'f',
          ['CN', 'VN'],
          [
            [106.75, 22.1],
            [106.76, 21.85],
            [105.85, 21.03],
          ],
        ),
      ],
    });
    const base = compareNetwork(d, { day: DAY, cut: ['v'] });
    expect(country(base.before, 'VN').outside.routes).toBe(2);
    const vn = country(base.after, 'VN');
    expect(vn.outside.routes).toBe(1);
    expect(vn.outside.paths[0]!.assets).toEqual(['f', 'k']);
    expect(vn.china!.routes).toBe(1);
    // the border piece is now a single point of failure
    expect(vn.spofs.map((s) => s.id)).toContain('f:s0');
    // latency to Beijing runs over land, and is longer than the great circle
    const bj = vn.latency.find((l) => l.to === 'CN')!;
    expect(bj.km).toBeGreaterThan(bj.gcKm);
    // without Vietnam's national network, Hanoi's own links are all it has: the land link
    const off = analyseNetwork(d, { day: DAY }, { noNational: ['VN'] });
    expect(country(off, 'VN').outside.routes).toBe(1);
  });

  it('measures latency along the route: km × 2 × 4.9 µs, beside the great circle', () => {
    const d = dataset({
      landings: [landing('lp-hn', 'VN', [105.83, 21.03]), landing('lp-sg', 'SG', [103.82, 1.35])],
      cables: [
        cable(
          'c',
          ['lp-hn', 'lp-sg'],
          [
            [
              [105.83, 21.03],
              [110, 10],
              [103.82, 1.35],
            ],
          ],
        ),
      ],
    });
    const l = country(analyseNetwork(d, { day: DAY }), 'VN').latency.find((x) => x.to === 'SG')!;
    const km = gcKm(105.83, 21.03, 110, 10) + gcKm(110, 10, 103.82, 1.35);
    expect(l.km).toBeCloseTo(km, 6);
    expect(l.rttMs).toBeCloseTo(km * 2 * 0.0049, 9);
    expect(l.gcKm).toBeCloseTo(gcKm(105.83, 21.03, 103.82, 1.35), 6);
    expect(l.assets).toEqual(['c']);
    const slow = country(analyseNetwork(d, { day: DAY }, { overheadMs: 5 }), 'VN').latency.find((x) => x.to === 'SG')!;
    expect(slow.rttMs! - l.rttMs!).toBeCloseTo(5, 9);
  });

  it('leaves out a system not in service on the day', () => {
    const d = dataset({
      landings: [landing('lp-vn', 'VN', [108, 16]), landing('lp-jp', 'JP', [135, 33])],
      cables: [
        cable(
          'v',
          ['lp-vn', 'lp-jp'],
          [
            [
              [108, 16],
              [135, 33],
            ],
          ],
          ['VN', 'JP'],
          { events: [{ kind: 'rfs', date: '2021-03' }] },
        ),
      ],
    });
    const r = analyseNetwork(d, { day: DAY });
    expect(r.outOfService).toEqual(['v']);
    expect(country(r, 'VN').outside.routes).toBe(0);
    expect(country(analyseNetwork(d, { day: '2021-03-02' }), 'VN').outside.routes).toBe(1);
  });
});

describe('corridors', () => {
  const d = dataset({
    landings: [
      landing('lp-a', 'MY', [100, 0]),
      landing('lp-b', 'ID', [110, 0]),
      landing('lp-c', 'US', [-170, 20]),
      landing('lp-d', 'JP', [170, 20]),
    ],
    cables: [
      cable(
        'straight',
        ['lp-a', 'lp-b'],
        [
          [
            [100, 0],
            [110, 0],
          ],
        ],
      ),
      // drawn east of 180°: 170 → 190 (= −170)
      cable(
        'pacific',
        ['lp-d', 'lp-c'],
        [
          [
            [170, 20],
            [190, 20],
          ],
        ],
      ),
    ],
    corridors: [
      corridor('corridor-narrow', [
        [104, -1],
        [106, -1],
        [106, 1],
        [104, 1],
        [104, -1],
      ]),
      corridor('corridor-date-line', [
        [-176, 18],
        [-174, 18],
        [-174, 22],
        [-176, 22],
        [-176, 18],
      ]),
    ],
  });

  it('cuts a segment that crosses the polygon with no vertex inside it', () => {
    const narrow = d.corridors[0]!;
    expect(cablesThrough(d.cables, narrow).size).toBe(0); // the old vertex test misses it
    expect([...cablesCrossing(networkGraph(d), narrow)]).toEqual(['straight']);
    const r = analyseNetwork(d, { day: DAY, corridors: ['corridor-narrow'] });
    expect(r.corridorCuts).toEqual([{ corridor: 'corridor-narrow', segments: ['straight:s0'], cables: ['straight'] }]);
    expect(country(r, 'MY').outside.routes).toBe(0);
  });

  it('handles longitudes past 180°', () => {
    expect([...cablesCrossing(networkGraph(d), d.corridors[1]!)]).toEqual(['pacific']);
    const p = preparePolygon(d.corridors[1]!.polygon);
    expect(
      lineHitsPolygon(
        [
          [170, 20],
          [190, 20],
        ],
        p,
      ),
    ).toBe(true);
    expect(
      lineHitsPolygon(
        [
          [170, 25],
          [190, 25],
        ],
        p,
      ),
    ).toBe(false);
    expect(segmentsCrossing(networkGraph(d), d.corridors[1]!)).toHaveLength(1);
  });
});

describe('matrix and single points of failure', () => {
  it('Gusfield matrix equals one max-flow per pair', () => {
    const d = dataset({
      landings: [
        landing('lp-vn', 'VN', [108, 16]),
        landing('lp-sg', 'SG', [104, 1.3]),
        landing('lp-th', 'TH', [100.6, 7.2]),
        landing('lp-hk', 'HK', [114.2, 22.2]),
        landing('lp-ph', 'PH', [120, 16]),
      ],
      cables: [
        cable(
          'a',
          ['lp-vn', 'lp-sg', 'lp-hk'],
          [
            [
              [114.2, 22.2],
              [108, 16],
              [104, 1.3],
            ],
          ],
        ),
        cable(
          'b',
          ['lp-th', 'lp-sg'],
          [
            [
              [100.6, 7.2],
              [104, 1.3],
            ],
          ],
        ),
        cable(
          'c',
          ['lp-hk', 'lp-ph', 'lp-sg'],
          [
            [
              [114.2, 22.2],
              [120, 16],
              [104, 1.3],
            ],
          ],
        ),
        cable(
          'd',
          ['lp-th', 'lp-hk'],
          [
            [
              [100.6, 7.2],
              [114.2, 22.2],
            ],
          ],
        ),
      ],
      fibre: [
        land(
          'f',
          ['VN', 'TH'],
          [
            [105.83, 21.03],
            [100.5, 13.76],
          ],
        ),
      ],
    });
    const g = networkGraph(d);
    const L = liveGraph(g, applyScenario(g, d, { day: DAY }).alive);
    expect(cutMatrix(L, PLACES)).toEqual(cutMatrixPairwise(L, PLACES));
    expect(routesBetween(L, 'VN', 'SG').routes).toBe(3);
    expect(singlePoints(L, 'BN')).toEqual([]);
  });
});

describe('worker client', () => {
  it('answers each request by its id', async () => {
    const d = dataset({
      landings: [landing('lp-vn', 'VN', [108, 16]), landing('lp-jp', 'JP', [135, 33])],
      cables: [
        cable(
          'v',
          ['lp-vn', 'lp-jp'],
          [
            [
              [108, 16],
              [135, 33],
            ],
          ],
        ),
      ],
    });
    const client = createNetworkClient(inlineWorker());
    const [loaded, routes, bad] = await Promise.allSettled([
      client.call('load', { data: d }),
      client.call('routes', { scenario: { day: DAY }, from: 'VN', to: 'outside' }),
      client.call('segments', { cable: 'cable-none' }),
    ]);
    expect(loaded).toMatchObject({ status: 'fulfilled', value: { nodes: expect.any(Number) } });
    expect(routes).toMatchObject({ status: 'fulfilled', value: { routes: 1 } });
    expect(bad).toEqual({ status: 'fulfilled', value: [] });
    const a = await client.call('analyse', { scenario: { day: DAY, cut: ['v'] } });
    expect(country(a.before, 'VN').outside.routes).toBe(1);
    expect(country(a.after, 'VN').outside.routes).toBe(0);
    client.terminate();
  });

  it('reports an error for a request before the data', async () => {
    const client = createNetworkClient(inlineWorker());
    await expect(client.call('analyse', { scenario: { day: DAY } })).rejects.toThrow(/no data loaded/);
  });
});
