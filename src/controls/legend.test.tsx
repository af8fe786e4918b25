// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GROUPS } from '../model/groups';
import { theme } from '../model/theme';
import { PLANNED_DASH } from '../map/style/layers/lines';
import { renderFromLink } from '../test/render';
import { diskFetch } from '../test/real-data';
import { useView } from '../state/store';
import { Legend } from './legend';
import { WHAT_IF_COLORS } from '../derive/derive';
import { en } from '../i18n/en';
import { zh } from '../i18n/zh';
import { FAULT_LOOK } from '../map/fault-layers';

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

  it.each(['en', 'zh'] as const)('explains every other mark the map draws (%s), in the colours the map uses', async (lang) => {
    const { container } = renderFromLink(`lang=${lang}`, <Legend />);
    const t = lang === 'en' ? en : zh;
    await screen.findByRole('heading', { name: t.mapKey.title });
    const item = (key: string) => container.querySelector(`[data-key="${key}"]`)!;
    const fills = (key: string) => [...item(key).querySelectorAll('rect')].map((r) => r.getAttribute('fill'));
    // station sizes: two rings of the cable colour, of different sizes
    const rings = [...item('stations').querySelectorAll('circle')];
    expect(rings.map((c) => c.getAttribute('stroke'))).toEqual([theme.asset['submarine-cable'], theme.asset['submarine-cable']]);
    expect(Number(rings[1]!.getAttribute('r'))).toBeGreaterThan(Number(rings[0]!.getAttribute('r')) * 1.5);
    expect(item('stations').textContent).toBe(t.mapKey.stations);
    // the count badges, the two land colours, the what-if's red and orange
    expect(item('badge').textContent).toContain(t.mapKey.badge);
    expect(fills('land')).toEqual([theme.landFocus, theme.land]);
    expect(item('land').textContent).toBe(t.mapKey.land);
    expect(fills('what-if')).toEqual([WHAT_IF_COLORS['cut-off'], WHAT_IF_COLORS.reduced, WHAT_IF_COLORS.none]);
    expect(item('what-if').textContent).toBe(t.mapKey.whatIf);
    // both looks of a fault marker, as fault-layers.ts draws them
    const ring = (key: string) => item(key).querySelector('circle')!;
    expect(Number(ring('fault').getAttribute('stroke-width'))).toBe(FAULT_LOOK.bold.stroke);
    expect(Number(ring('fault-faint').getAttribute('stroke-opacity'))).toBe(FAULT_LOOK.faint.strokeOpacity);
    expect(Number(ring('fault-faint').getAttribute('fill-opacity'))).toBe(0);
    expect(item('fault-faint').querySelectorAll('circle')).toHaveLength(1);
    expect(item('fault-faint').textContent).toContain(t.mapKey.faultFaint);
  });
});

describe('a bad record in a layer’s full file (its descriptions and sources)', () => {
  const FILE = 'landing-points.geojson';
  /** The shipped data, with the full landing-points file given a `javascript:` source on
   * its first sourced record (the map's part, geodata/map/, is what the build made: fine). */
  const hostile = () => {
    type Rec = { properties: { id: string; sources?: { url?: string }[] } };
    const json = JSON.parse(readFileSync(join(process.cwd(), 'geodata', FILE), 'utf8')) as { features: Rec[] };
    const f = json.features.find((x) => x.properties.sources?.length)!;
    f.properties.sources![0]!.url = 'javascript:alert(1)';
    const asked: string[] = [];
    const fetchFn = (url: string) => {
      asked.push(url);
      if (url.endsWith(`geodata/${FILE}`)) return Promise.resolve(new Response(JSON.stringify(json), { status: 200 }));
      return diskFetch(url);
    };
    return { id: f.properties.id, asked, fetchFn };
  };

  it('is named in the layer’s row once the first view is done, with no panel opened', async () => {
    const { id, fetchFn } = hostile();
    const { container } = renderFromLink('lang=en', <Legend />, fetchFn);
    await screen.findAllByText(/Submarine cables & landing points/);
    act(() => useView.getState().markFirstViewDone());
    const row = container.querySelector('.legend-row[data-group="submarine-cable"]')!;
    await waitFor(() => expect(row.querySelector('.legend-warn')?.textContent).toContain(`${FILE} [${id}]`));
    expect(row.querySelector('.legend-warn')!.textContent).toMatch(/sources\.0\.url/);
    // the layer still draws: its count is there
    expect(row.querySelector('.legend-count')).not.toBeNull();
  });

  it('is not fetched before the first view is done (the first view loads only the map’s parts)', async () => {
    const { asked, fetchFn } = hostile();
    const { container } = renderFromLink('lang=en', <Legend />, fetchFn);
    await waitFor(() => expect(container.querySelectorAll('.legend-count').length).toBeGreaterThan(3));
    expect(asked.filter((u) => /geodata\/[\w-]+\.geojson$/.test(u) && !u.includes('/map/'))).toEqual([]);
    expect(container.querySelector('.legend-warn')).toBeNull();
  });
});
