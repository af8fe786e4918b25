import { describe, expect, it } from 'vitest';
import { countryBounds } from '../../scripts/country-bounds.mjs';
import { FOCUS } from '../data/iso';
import { COUNTRY_BOUNDS } from './country-bounds';

describe('country bounds', () => {
  it('are the basemap’s own (recomputed from Natural Earth 1:50m: regenerate with node scripts/country-bounds.mjs)', () => {
    expect(COUNTRY_BOUNDS).toEqual(countryBounds());
  });

  it('frame every focus country and Hong Kong, each inside the world and west of east', () => {
    for (const code of [...FOCUS, 'HK']) {
      const b = COUNTRY_BOUNDS[code];
      expect(b, code).toBeDefined();
      const [w, s, e, n] = b!;
      expect(w, code).toBeLessThan(e);
      expect(s, code).toBeLessThan(n);
      expect(Math.max(Math.abs(w), Math.abs(e))).toBeLessThan(180);
    }
    // Singapore is small: its box is under half a degree across
    expect(COUNTRY_BOUNDS.SG![2] - COUNTRY_BOUNDS.SG![0]).toBeLessThan(0.5);
  });
});
