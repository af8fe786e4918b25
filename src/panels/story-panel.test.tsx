// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderWithData } from '../test/render';
import { initialView, useView } from '../state/store';
import { NO_FILTERS } from '../state/filters';
import { StoryPanel } from './story-panel';
import { compareNetwork } from '../analysis/network/analyse-network';
import { exposureDataOf } from '../derive/derive';
import { localToday } from '../model/time';
import { regionName } from '../i18n/region';
import { realData } from '../test/real-data';

const own = { zoom: 6, lat: 1.3, lon: 103.8, bearing: 0, pitch: 0 };
beforeEach(() => {
  useView.setState({ ...initialView(), lang: 'en', camera: own, filters: { ...NO_FILTERS, countries: ['SG'] }, panel: 'list' });
  useView.getState().openStory({ id: 'paper', step: 1 });
});
afterEach(() => {
  cleanup();
  useView.setState(initialView());
});

const step = () => useView.getState().story?.step;

describe('StoryPanel', () => {
  it('shows the step, moves by button, arrow key, swipe and wheel, and each step sets its view', async () => {
    renderWithData(<StoryPanel />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Policy first (§1.1)');
    await waitFor(() => expect(screen.getByText(/2017-11: /)).toBeTruthy());
    expect(screen.getByRole('button', { name: /Previous/ })).toHaveProperty('disabled', true);

    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(step()).toBe(2);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Information Harbour');
    expect(useView.getState().layers['submarine-cable']).toBe(false);
    expect(useView.getState().command?.bbox).toEqual([95, 8, 112, 26]);

    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(step()).toBe(3);
    expect(useView.getState().choropleth).toBe('5g-launch-year');
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    expect(step()).toBe(2);

    const section = screen.getByRole('heading', { level: 2 }).closest('section')!;
    fireEvent.touchStart(section, { touches: [{ clientX: 300, clientY: 100 }] });
    fireEvent.touchEnd(section, { changedTouches: [{ clientX: 100, clientY: 110 }] });
    expect(step()).toBe(3);

    fireEvent.wheel(section.querySelector('.story-card')!, { deltaY: 120 });
    expect(step()).toBe(4);

    fireEvent.click(screen.getByRole('button', { name: 'Go to step 8' }));
    expect(step()).toBe(8);
    expect(useView.getState().whatIf.day).toBe('2023-02-21');
    expect(useView.getState().panel).toBe('resilience');
    await waitFor(() => expect(screen.getByText(/of Vietnam’s \d+ systems/)).toBeTruthy());
  });

  it('gives the link of the step, and leaving gives the reader’s own view back', () => {
    renderWithData(<StoryPanel />);
    expect(screen.getByRole('link', { name: 'Link to this step' }).getAttribute('href')).toBe('#lang=en&story=paper&step=1');
    act(() => useView.getState().openStory({ id: 'paper', step: 9 }));
    expect(useView.getState().whatIf.corridors).toEqual(['corridor-south-china-sea']);
    fireEvent.click(screen.getByRole('button', { name: 'Leave the story' }));
    const v = useView.getState();
    expect(v.story).toBeNull();
    expect(v.camera).toEqual(own);
    expect(v.filters.countries).toEqual(['SG']);
    expect(v.panel).toBe('list');
    expect(v.whatIf.corridors).toEqual([]);
  });

  it('the corridor step states what the route model says (routes before→after), the counts of whole systems only as context', async () => {
    renderWithData(<StoryPanel />);
    act(() => useView.getState().openStory({ id: 'paper', step: 9 }));
    const { index, faults, corridors } = await realData();
    const { whatIf } = useView.getState();
    const want = compareNetwork(exposureDataOf(index, faults, corridors)!, {
      day: whatIf.day ?? localToday(),
      corridors: [...whatIf.corridors],
    });
    const fewer = want.after.countries
      .map((a) => ({ code: a.code, before: want.before.countries.find((b) => b.code === a.code)!.outside.routes, after: a.outside.routes }))
      .filter((x) => x.after > 0 && x.after < x.before);
    expect(fewer.map((x) => x.code)).toContain('VN'); // the South China Sea cut leaves Vietnam fewer routes
    const text = () => document.querySelector('.story-card')!.textContent ?? '';
    await waitFor(() => expect(text()).toMatch(/fewer routes: [^…]/), { timeout: 30_000 });
    for (const x of fewer) expect(text()).toContain(`${regionName(x.code, 'en')} ${x.before}→${x.after}`);
    expect(text()).toContain('Counting whole systems instead, as context');
  });

  it('speaks Chinese', () => {
    useView.setState({ lang: 'zh' });
    renderWithData(<StoryPanel />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('政策沟通（§1.1）');
    expect(screen.getByRole('button', { name: '离开导览' })).toBeTruthy();
  });
});
