// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderFromLink } from '../test/render';
import { diskFetch } from '../test/real-data';
import { SearchBox } from './search-box';
import { useView } from '../state/store';
import { FilterPanel } from './filter-panel';

afterEach(cleanup);

/** The "N of M assets shown" in the panel's summary. */
const shownCount = () => Number(/(\d+) of \d+ assets shown/.exec(document.querySelector('summary')!.textContent)![1]);

describe('the filter panel, opened from links', () => {
  it('a link with a year range ("#yr=2020-") shows the panel with its range, not a blank page', async () => {
    renderFromLink('#yr=2020-', <FilterPanel />);
    const from = await screen.findByRole('spinbutton', { name: /from/ });
    expect(from).toHaveProperty('value', '2020');
    await waitFor(() => expect(shownCount()).toBeGreaterThan(0));
    expect(screen.getByText(/with no known year (is|are) left out while a range is set/)).toBeTruthy();
  });

  it('typing a year in "Built or launched" narrows what is shown and keeps the panel', async () => {
    renderFromLink('#', <FilterPanel />);
    await waitFor(() => expect(shownCount()).toBeGreaterThan(100));
    const before = shownCount();
    fireEvent.change(screen.getByRole('spinbutton', { name: /from/ }), { target: { value: '2020' } });
    expect(useView.getState().filters.yearFrom).toBe(2020);
    await waitFor(() => expect(shownCount()).toBeLessThan(before));
  });

  it('every key a link can set renders: countries, statuses, operators, homes, suppliers, node kinds, years, as-of', async () => {
    renderFromLink('#c=VN,SG&st=operational&op=Viettel&home=CN&sup=NEC&nk=ixp&yr=2010-2020&asof=2022', <FilterPanel />);
    await waitFor(() => expect(shownCount()).toBeGreaterThanOrEqual(0));
    expect((await screen.findAllByRole('checkbox', { name: 'Vietnam' }))[0]).toHaveProperty('checked', true);
    expect(screen.getByRole('slider')).toHaveProperty('value', '2022');
  });

  it('a link avoiding the South China Sea opens with that corridor set; marking the Luzon Strait "Through" narrows the count', async () => {
    renderFromLink('#yr=2020-&avoid=corridor-south-china-sea', <FilterPanel />);
    const scs = await screen.findByRole('combobox', { name: 'South China Sea' });
    expect(scs).toHaveProperty('value', 'avoiding');
    await waitFor(() => expect(shownCount()).toBeGreaterThan(0));
    const before = shownCount();
    fireEvent.change(screen.getByRole('combobox', { name: 'Luzon Strait (incl. Bashi Channel)' }), { target: { value: 'through' } });
    expect(useView.getState().filters).toMatchObject({ through: ['corridor-luzon-strait'], avoiding: ['corridor-south-china-sea'] });
    await waitFor(() => expect(shownCount()).toBeLessThan(before));
    // back to "Any": the count returns
    fireEvent.change(screen.getByRole('combobox', { name: 'Luzon Strait (incl. Bashi Channel)' }), { target: { value: '' } });
    await waitFor(() => expect(shownCount()).toBe(before));
  });

  it('shows the corridor filter in Chinese', async () => {
    renderFromLink('#lang=zh&thru=corridor-luzon-strait', <FilterPanel />);
    expect(await screen.findByRole('combobox', { name: '吕宋海峡（含巴士海峡）' })).toHaveProperty('value', 'through');
    expect(screen.getByText('海缆路由：经过或避开')).toBeTruthy();
  });
});

describe('the firms file is not part of the first view', () => {
  /** geodata/ from disk, recording which files were asked for. */
  const recording = () => {
    const asked: string[] = [];
    return { asked, fetchFn: (url: string) => (asked.push(url.split('/').pop()!), diskFetch(url)) };
  };

  it('closed filters and an unused search box do not fetch operators.json; opening the filters does, and lists the firms', async () => {
    const { asked, fetchFn } = recording();
    renderFromLink('#', <FilterPanel />, fetchFn);
    await waitFor(() => expect(shownCount()).toBeGreaterThan(100));
    expect(asked).not.toContain('operators.json');
    fireEvent.click(document.querySelector('summary')!);
    await waitFor(() => expect(asked).toContain('operators.json'));
    // the firms as entities, in the reader's language
    expect(await screen.findByRole('option', { name: 'China Mobile' })).toBeTruthy();
  });

  it('the search box asks for the firms (and the known systems) once it is used, and finds a system by its firm', async () => {
    const { asked, fetchFn } = recording();
    renderFromLink('#', <SearchBox />, fetchFn);
    await new Promise((r) => setTimeout(r, 50));
    expect(asked).not.toContain('operators.json');
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'Hexa' } });
    await waitFor(() => expect(asked).toEqual(expect.arrayContaining(['operators.json', 'known-systems.json'])));
    expect(await screen.findByRole('option', { name: /Malaysia–US Cable System \(MYUS\)/ })).toBeTruthy();
  });
});
