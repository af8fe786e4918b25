// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { compareNetwork } from '../analysis/network/analyse-network';
import { exposureDataOf } from '../derive/derive';
import { localToday } from '../model/time';
import { renderFromLink } from '../test/render';
import { realData } from '../test/real-data';
import { WhatIfLegend } from './what-if-legend';

afterEach(cleanup);

describe('the what-if key over the map', () => {
  it('#corr=corridor-south-china-sea: says how many places the route model finds cut off or reduced, counts as context', async () => {
    const { container } = renderFromLink('#corr=corridor-south-china-sea', <WhatIfLegend />);
    const { index, faults, corridors } = await realData();
    const want = compareNetwork(exposureDataOf(index, faults, corridors)!, { day: localToday(), corridors: ['corridor-south-china-sea'] });
    const before = (code: string) => want.before.countries.find((c) => c.code === code)!.outside.routes;
    const cut = want.after.countries.filter((c) => c.outside.routes === 0 && before(c.code) > 0).length;
    const reduced = want.after.countries.filter((c) => c.outside.routes > 0 && c.outside.routes < before(c.code)).length;
    await waitFor(() => expect(container.querySelector('[data-figure="route-loss"]')).toBeTruthy(), { timeout: 30_000 });
    expect(container.querySelector('[data-figure="route-loss"]')!.textContent).toBe(
      `Route model: ${cut} ${cut === 1 ? 'place' : 'places'} cut off, ${reduced} with fewer routes.`,
    );
    expect(screen.getByText(/^Counts \(context\): /)).toBeTruthy();
    expect(screen.getByRole('list', { name: 'What-if: routes to outside the region' }).children.length).toBe(4);
  });

  it('speaks Chinese, and is absent without a scenario', async () => {
    const { container } = renderFromLink('#lang=zh&corr=corridor-luzon-strait', <WhatIfLegend />);
    await waitFor(() => expect(container.querySelector('[data-figure="route-loss"]')?.textContent).toMatch(/^路由模型：/), {
      timeout: 30_000,
    });
    cleanup();
    const empty = renderFromLink('#', <WhatIfLegend />);
    expect(empty.container.querySelector('.whatif-box')).toBeNull();
  });
});
