// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { compareNetwork } from '../analysis/network/analyse-network';
import { exposureDataOf } from '../derive/derive';
import { routeLossState } from '../derive/network';
import { localToday } from '../model/time';
import { useView } from '../state/store';
import { renderFromLink } from '../test/render';
import { realData } from '../test/real-data';
import { ResiliencePanel } from './resilience-panel';

afterEach(cleanup);

describe('the Resilience tab’s route model, from a link with a corridor cut and a seed', () => {
  it('#panel=resilience&corr=corridor-luzon-strait&seed=7: routes table, pair matrix, availability with its inputs', async () => {
    const { container, ignored } = renderFromLink('#panel=resilience&corr=corridor-luzon-strait&seed=7', <ResiliencePanel />);
    expect(ignored).toEqual([]);
    await waitFor(() => expect(container.querySelector('.route-table')).toBeTruthy(), { timeout: 30_000 });
    const { index, faults, corridors } = await realData();
    const want = compareNetwork(exposureDataOf(index, faults, corridors)!, { day: localToday(), corridors: ['corridor-luzon-strait'] });
    // twelve states, each with its routes to outside (before→after where the cut changed them)
    const rows = container.querySelectorAll('.route-table tbody tr');
    expect(rows.length).toBe(12);
    for (const c of want.after.countries) {
      const b = want.before.countries.find((x) => x.code === c.code)!;
      const cell = container.querySelector(`.route-table tr[data-country="${c.code}"] [data-col="outside"]`)!.textContent;
      expect(cell).toBe(b.outside.routes === c.outside.routes ? String(c.outside.routes) : `${b.outside.routes}→${c.outside.routes}`);
      // the row's state is the one the what-if map fill colours
      expect(container.querySelector(`.route-table tr[data-country="${c.code}"]`)!.getAttribute('data-loss')).toBe(
        routeLossState(b.outside.routes, c.outside.routes),
      );
    }
    // fifteen places, HK, MO and TW among them; the matrix is the model's
    const places = [...container.querySelectorAll('.cut-matrix thead th')].map((th) => th.textContent);
    expect(places).toEqual(want.after.matrix!.places);
    expect(places).toEqual(expect.arrayContaining(['HK', 'MO', 'TW']));
    const i = places.indexOf('VN');
    const j = places.indexOf('SG');
    expect(container.querySelector(`.cut-matrix tr[data-place="VN"] td[data-to="SG"]`)!.textContent).toBe(
      String(want.after.matrix!.cuts[i]![j]),
    );
    // the corridor's segments are listed
    expect(container.querySelector('[data-corridor-cut="corridor-luzon-strait"]')!.textContent).toMatch(
      new RegExp(`${want.after.corridorCuts[0]!.segments.length} segments? cut`),
    );
    // availability: 10,000 years drawn with the link's seed, the inputs shown
    await waitFor(() => expect(container.querySelector('[data-availability-inputs]')).toBeTruthy(), { timeout: 60_000 });
    expect(container.textContent).toContain('10,000 years drawn, seed 7 (in the link).');
    expect(container.querySelector('[data-availability-inputs]')!.textContent).toMatch(/per 1,000 km·year .* logged repairs/);
    // a new seed goes to the view (and so to the link)
    fireEvent.click(screen.getByRole('button', { name: 'Draw again with a new seed' }));
    expect(useView.getState().whatIf.seed).not.toBe(7);
  }, 120_000);
});
