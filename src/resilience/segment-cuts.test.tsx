// @vitest-environment jsdom
import { cleanup, fireEvent, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useView } from '../state/store';
import { renderFromLink } from '../test/render';
import { realData } from '../test/real-data';
import { AssetPanel } from '../panels/asset-panel';

afterEach(cleanup);

describe('cutting one segment from a cable’s panel', () => {
  it('lists SeaMeWe-3’s segments by their end stations and cuts one into the what-if (and back)', async () => {
    const { index } = await realData();
    const smw3 = index.byId.get('cable-sea-me-we-3')!;
    const { container } = renderFromLink('#sel=cable-sea-me-we-3', <AssetPanel asset={smw3} onZoom={() => {}} />);
    await waitFor(() => expect(container.querySelector('[data-segment]')).toBeTruthy(), { timeout: 30_000 });
    const items = [...container.querySelectorAll('.segment-cuts [data-segment]')];
    expect(items.length).toBeGreaterThan(3);
    // named by the stations at their ends: at least one segment ends at a named station
    const stationNames = (smw3.properties.landingPoints ?? []).map((id) => index.byId.get(id)?.properties.name.en ?? '');
    expect(items.some((li) => stationNames.some((n) => n && li.textContent.includes(n)))).toBe(true);
    const id = items[0]!.getAttribute('data-segment')!;
    expect(id).toMatch(/^cable-sea-me-we-3:s\d+$/);
    fireEvent.click(items[0]!.querySelector('button')!);
    expect(useView.getState().whatIf.segments).toEqual([id]);
    await waitFor(() => expect(items[0]!.querySelector('button')!.getAttribute('aria-pressed')).toBe('true'));
    fireEvent.click(items[0]!.querySelector('button')!);
    expect(useView.getState().whatIf.segments).toEqual([]);
  }, 60_000);
});
