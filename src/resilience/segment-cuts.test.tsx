// @vitest-environment jsdom
import { act, cleanup, fireEvent, waitFor } from '@testing-library/react';
import { networkGraph } from '../analysis/network/analyse-network';
import { nearestSegment } from '../analysis/network/scenario';
import { exposureDataOf } from '../derive/derive';
import { serialise } from '../state/url-codec';
import { toUrlState } from '../state/url-state';
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

  it('a click on AAG on the map offers the segment nearest the click; Cut puts it in the link (seg=)', async () => {
    const { index, faults, corridors } = await realData();
    const aag = index.byId.get('cable-aag')!;
    // a point on one of AAG's drawn segments, half way along it
    const g = networkGraph(exposureDataOf(index, faults, corridors)!);
    const seg = (g.edgesOfAsset.get('cable-aag') ?? []).map((i) => g.edges[i]!).find((e) => e.kind === 'segment' && e.coords!.length >= 3)!;
    const [lon, lat] = seg.coords![Math.floor(seg.coords!.length / 2)]!;
    const want = g.edges[nearestSegment(g, 'cable-aag', lon!, lat!)!]!.id;
    expect(want).toBe(seg.id);
    const { container } = renderFromLink('#sel=cable-aag', <AssetPanel asset={aag} onZoom={() => {}} />);
    // as the map's click does (pointer.ts → select(id, at))
    act(() => useView.getState().select('cable-aag', { lon: lon!, lat: lat! }));
    await waitFor(() => expect(container.querySelector('[data-nearest]')).toBeTruthy(), { timeout: 30_000 });
    const offer = container.querySelector('[data-nearest]')!;
    expect(offer.getAttribute('data-nearest')).toBe(want);
    expect(offer.textContent).toContain('Nearest to where you clicked the map:');
    expect(container.querySelector(`li.nearest[data-segment="${want}"]`)).toBeTruthy();
    fireEvent.click(offer.querySelector('button')!);
    expect(useView.getState().whatIf.segments).toEqual([want]);
    expect(decodeURIComponent(serialise(toUrlState(useView.getState())))).toContain(`seg=${want}`);
    // selected from the list or a link (no click on the map): no offer, a hint instead
    act(() => useView.getState().select('cable-aag'));
    await waitFor(() => expect(container.querySelector('[data-nearest]')).toBeNull());
    expect(container.textContent).toContain('Or click the cable on the map');
  }, 60_000);
});
