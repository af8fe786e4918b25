import { describe, expect, it } from 'vitest';
import { framePadding, KEY_RESERVE, keysBand, REGION_VIEW } from './view';

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

describe('framing a chosen place clear of the keys over the map', () => {
  const map = { top: 50, bottom: 850 };
  const pad = { top: 12, bottom: 12 };
  it('pads the keys’ side by how far they reach into the free area, on a desktop (bottom) and a phone (top)', () => {
    // a desktop's key stack at the bottom left: 100 px tall, 28 px above the map's bottom
    const desk = keysBand({ top: 722, bottom: 822, height: 100 }, map, pad, true, false);
    expect(desk).toEqual({ edge: 'bottom', depth: 850 - 12 - 722 });
    expect(framePadding(52, desk)).toEqual({ top: 52, left: 52, right: 52, bottom: 116 + 8 });
    // a phone's at the top left
    const phone = keysBand({ top: 58, bottom: 130, height: 72 }, map, pad, true, true);
    expect(phone).toEqual({ edge: 'top', depth: 130 - 50 - 12 });
    expect(framePadding(52, phone).top).toBe(68 + 8);
  });

  it('keeps room for a key that is due but not drawn yet, on the side where it will appear', () => {
    expect(keysBand(null, map, pad, true, true)).toEqual({ edge: 'top', depth: KEY_RESERVE });
    expect(keysBand({ top: 0, bottom: 0, height: 0 }, map, pad, true, false)).toEqual({ edge: 'bottom', depth: KEY_RESERVE });
    expect(framePadding(52, keysBand(null, map, pad, true, false)).bottom).toBeGreaterThan(KEY_RESERVE);
  });

  it('frames with even room when there is no key', () => {
    expect(keysBand(null, map, pad, false, true)).toBeNull();
    expect(framePadding(52, null)).toEqual({ top: 52, bottom: 52, left: 52, right: 52 });
    // a shallow key never takes less than the usual room
    expect(framePadding(52, { edge: 'top', depth: 10 }).top).toBe(52);
  });
});
