import { describe, expect, it } from 'vitest';
import { Year } from '../data/schema';
import { YEAR_MAX, YEAR_MIN } from '../data/years';
import { parse } from './url-codec';

/** The one year range (src/data/years.ts), read by the data's schema and by links. */
describe('the schema and the URL codec take the same years', () => {
  const edges = [YEAR_MIN - 1, YEAR_MIN, YEAR_MAX, YEAR_MAX + 1];
  it('the edges are 1990 and 2035', () => expect([YEAR_MIN, YEAR_MAX]).toEqual([1990, 2035]));
  it.each(edges)('%i: accepted by both or by neither', (y) => {
    const inSchema = Year.safeParse(y).success;
    const asof = parse(`asof=${y}`);
    const day = parse(`day=${y}-06-15`);
    const range = parse(`yr=${y}-`);
    const inLinks = [asof.state.filters.asOf === y, day.state.whatIf?.day === `${y}-06-15`, range.state.filters.yearFrom === y];
    expect(inLinks).toEqual([inSchema, inSchema, inSchema]);
    expect(inSchema).toBe(y >= 1990 && y <= 2035);
  });
});
