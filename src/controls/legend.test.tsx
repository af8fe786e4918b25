// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GROUPS } from '../model/groups';
import { theme } from '../model/theme';
import { PLANNED_DASH } from '../map/style/layers/lines';
import { renderFromLink } from '../test/render';
import { Legend } from './legend';

afterEach(cleanup);

/** The strokes of a swatch's lines, bottom to top: colour, width, dash. */
const strokes = (svg: Element) =>
  [...svg.querySelectorAll('line')].map((l) => ({
    color: l.getAttribute('stroke'),
    width: Number(l.getAttribute('stroke-width')),
    dash: l.getAttribute('stroke-dasharray'),
  }));

describe('the legend', () => {
  it('shows land fibre as the map draws it in service: solid orange over a dark casing, no dash', async () => {
    const { container } = renderFromLink('lang=en', <Legend />);
    await screen.findAllByText(/Land fibre/);
    const row = container.querySelector('.legend-row[data-group="land-fibre"] svg')!;
    const [casing, line] = strokes(row);
    expect(casing).toMatchObject({ color: theme.casing, dash: null });
    expect(line).toMatchObject({ color: theme.asset['land-fibre'], dash: null });
    expect(casing!.width).toBeGreaterThan(line!.width);
    const cable = strokes(container.querySelector('.legend-row[data-group="submarine-cable"] svg')!);
    expect(cable.every((s) => s.dash === null)).toBe(true);
  });

  it('keys the dash (under construction, planned) on both kinds of route, with the map’s dash', async () => {
    const { container } = renderFromLink('lang=en', <Legend />);
    const note = (await screen.findByText(/Dashed cables and land routes/)).closest('p')!;
    const dashed = [...note.querySelectorAll('svg')].flatMap(strokes);
    expect(dashed.map((d) => d.color)).toEqual(GROUPS.filter((g) => g.symbol.startsWith('line')).map((g) => g.color));
    for (const d of dashed) expect(d.dash).toBe(PLANNED_DASH.map((x) => x * d.width).join(' '));
    expect(within(container).getByText(/in service they are solid/)).toBeTruthy();
  });
});
