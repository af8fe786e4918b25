import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTRY_NAMES } from '../../scripts/country-names.mjs';
import { PLACE_NAMES } from './country-names';

describe('one name per place per language', () => {
  it('the panels and the map labels use the same names', () => {
    for (const [iso, zh, en] of Object.values(COUNTRY_NAMES)) expect(PLACE_NAMES[iso], iso).toEqual({ zh, en });
  });
  it('countries.json names each country as the map does', () => {
    const file = JSON.parse(readFileSync('geodata/countries.json', 'utf8'));
    for (const c of file.countries) expect(c.name, c.code).toEqual(PLACE_NAMES[c.code]);
  });
});
