import { describe, expect, it } from 'vitest';
import { REGION_VIEW } from './view';

const inside = ([lon, lat]: [number, number]) =>
  lon >= REGION_VIEW[0] && lat >= REGION_VIEW[1] && lon <= REGION_VIEW[2] && lat <= REGION_VIEW[3];

describe('the default frame', () => {
  it('holds ASEAN and southern China, with Java and Timor clear of the bottom edge, and not the empty interior', () => {
    const places: Record<string, [number, number]> = {
      Jakarta: [106.85, -6.2],
      Surabaya: [112.75, -7.25],
      Dili: [125.57, -8.56],
      Manila: [120.98, 14.6],
      Yangon: [96.16, 16.87],
      Nanning: [108.37, 22.82],
      'Hong Kong': [114.17, 22.32],
      Kunming: [102.83, 24.88],
    };
    for (const [name, p] of Object.entries(places)) expect(inside(p), name).toBe(true);
    expect(REGION_VIEW[1]).toBeLessThan(-8.56 - 2); // Timor two degrees above the edge
    expect(inside([87.6, 43.8]), 'Ürümqi').toBe(false);
    expect(inside([116.4, 39.9]), 'Beijing').toBe(false);
  });
});
