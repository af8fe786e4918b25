import { describe, expect, it } from 'vitest';
import { labelBox, labelsWithoutRoom, overlap, type PlacedLabel } from './label-room';

const label = (over: Partial<PlacedLabel>): PlacedLabel => ({
  iso: 'x',
  focus: false,
  x: 100,
  y: 100,
  text: 'Sri Lanka',
  size: 12,
  anchor: 'center',
  offset: [0, 0],
  ...over,
});

describe('the room a country name needs', () => {
  it('hangs the box from the point as the anchor says, wider for a longer name and CJK', () => {
    const c = labelBox(label({}));
    expect((c.x0 + c.x1) / 2).toBeCloseTo(100);
    expect((c.y0 + c.y1) / 2).toBeCloseTo(100);
    const above = labelBox(label({ anchor: 'bottom' }));
    expect(above.y1).toBeCloseTo(100);
    const west = labelBox(label({ anchor: 'right', offset: [-1, 0] }));
    expect(west.x1).toBeCloseTo(100 - 12);
    expect(labelBox(label({ text: 'Timor-Leste' })).x1 - labelBox(label({ text: 'Timor-Leste' })).x0).toBeGreaterThan(c.x1 - c.x0);
    // 4 Chinese characters take about as much room as 6 to 7 Latin letters
    const zh = labelBox(label({ text: '斯里兰卡' }));
    expect(zh.x1 - zh.x0).toBeGreaterThan(4 * 12);
  });

  it('breaks a long name into lines at spaces (text-max-width 7 ems)', () => {
    const one = labelBox(label({ text: 'Laos' }));
    const two = labelBox(label({ text: 'Democratic Republic' }));
    expect(two.y1 - two.y0).toBeGreaterThan(1.8 * (one.y1 - one.y0) - 8);
  });

  it('leaves out a neighbour cut by the edge or under a control, never a focus state', () => {
    const size = { width: 400, height: 300 };
    const attribution = { x0: 300, y0: 260, x1: 400, y1: 300 };
    const labels = [
      label({ iso: 'LK', x: 10 }), // half off the left edge ("Lanka")
      label({ iso: 'NP', x: 60 }), // inside
      label({ iso: 'BD', x: 200, y: 4 }), // cut by the top
      label({ iso: 'AU', x: 340, y: 275 }), // under the attribution
      label({ iso: 'TL', x: 340, y: 275, focus: true }), // a focus state stays
      label({ iso: 'IN', x: 398 }), // cut by the right edge
    ];
    expect(labelsWithoutRoom(labels, size, [attribution]).sort()).toEqual(['AU', 'BD', 'IN', 'LK']);
    expect(labelsWithoutRoom(labels, size, [])).not.toContain('AU');
  });

  it('counts touching boxes as apart and crossing ones as overlapping', () => {
    expect(overlap({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
    expect(overlap({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 9, y0: 9, x1: 20, y1: 20 })).toBe(true);
  });
});
