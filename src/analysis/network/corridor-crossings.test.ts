import { describe, expect, it } from 'vitest';
import { realData } from '../../test/real-data';
import { corridorsCrossed } from './corridor-crossings';
import { buildGraph } from './graph';
import { cablesCrossing } from './scenario';
import { cable, corridor } from './test-fixtures';

describe('which corridors a cable’s drawn route crosses', () => {
  it('counts a line that passes through a narrow corridor with no vertex inside it', () => {
    const strait = corridor('corridor-narrow', [
      [104.9, 0],
      [105.1, 0],
      [105.1, 20],
      [104.9, 20],
      [104.9, 0],
    ]);
    const across = cable(
      'cable-across',
      [],
      [
        [
          [100, 10],
          [110, 10],
        ],
      ],
    );
    const beside = cable(
      'cable-beside',
      [],
      [
        [
          [100, 25],
          [110, 25],
        ],
      ],
    );
    const m = corridorsCrossed([across, beside], [strait]);
    expect(m.get('cable-across')).toEqual(['corridor-narrow']);
    expect(m.has('cable-beside')).toBe(false);
  });

  it('on the shipped data, names exactly the cables whose segments a corridor cut takes down', async () => {
    const d = await realData();
    const cables = d.index.byType['submarine-cable']!.features;
    const g = buildGraph({ cables, landings: d.index.byType['landing-point']!.features, fibre: [] });
    const m = corridorsCrossed(cables, d.corridors);
    for (const c of d.corridors) {
      const fromRoutes = cables.filter((f) => m.get(f.properties.id)?.includes(c.id)).map((f) => f.properties.id);
      expect(new Set(fromRoutes), c.id).toEqual(cablesCrossing(g, c));
      expect(fromRoutes.length, c.id).toBeGreaterThan(0);
    }
    // AAG runs from South-East Asia to Hong Kong and on across the Pacific through the Bashi Channel
    expect(m.get('cable-aag')).toContain('corridor-luzon-strait');
  });
});
