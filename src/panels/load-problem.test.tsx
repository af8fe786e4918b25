// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FilterPanel } from '../controls/filter-panel';
import { ResiliencePanel } from '../resilience/resilience-panel';
import { renderFromLink } from '../test/render';
import { diskFetch } from '../test/real-data';

afterEach(cleanup);

/** geodata/ from disk, with one file cut in half until `mend()` is called. */
function breaking(file: string) {
  let broken = true;
  const fetchFn = async (url: string) => {
    const res = await diskFetch(url);
    if (!broken || !url.endsWith(`/${file}`)) return res;
    const text = await res.text();
    return new Response(text.slice(0, text.length / 2), { status: 200 });
  };
  return { fetchFn, mend: () => (broken = false) };
}

describe('a broken file is named where its feature lives, with Retry (issue 23)', () => {
  it('operators.json: the filters say it could not load; Retry brings the firms back', async () => {
    const { fetchFn, mend } = breaking('operators.json');
    renderFromLink('#st=operational', <FilterPanel />, fetchFn); // a filter in the link opens the panel
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/operators\.json is not valid JSON/);
    mend();
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('countries.json cut short: the Resilience tab names it instead of showing bare codes', async () => {
    const { fetchFn, mend } = breaking('countries.json');
    renderFromLink('#panel=resilience', <ResiliencePanel />, fetchFn);
    const alert = (await screen.findAllByRole('alert', {}, { timeout: 10_000 })).find((a) => /countries\.json/.test(a.textContent));
    expect(alert?.textContent).toMatch(/countries\.json is not valid JSON/);
    mend();
    fireEvent.click(within(alert!).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryAllByRole('alert').filter((a) => /countries\.json/.test(a.textContent))).toEqual([]));
  });
});
