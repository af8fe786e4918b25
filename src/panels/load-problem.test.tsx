// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FilterPanel } from '../controls/filter-panel';
import type { CorridorsFile, FaultsFile, OperatorsFile, PaperFile } from '../data/schema';
import { OverviewPanel } from './overview-panel';
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

/** geodata/ from disk, with one file's JSON changed by `edit`. */
const editing =
  <T,>(file: string, edit: (json: T) => void) =>
  async (url: string): Promise<Response> => {
    const res = await diskFetch(url);
    if (!url.endsWith(`/${file}`)) return res;
    const json = (await res.json()) as T;
    edit(json);
    return new Response(JSON.stringify(json), { status: 200 });
  };

describe('one bad record is named where its feature lives; the rest of the file loads (issue 23)', () => {
  it('operators.json with a 100,000-character name: the filters name that firm, and the other firms still group the operators', async () => {
    let dropped = '';
    const fetchFn = editing<OperatorsFile>('operators.json', (json) => {
      dropped = json.operators[0]!.id;
      json.operators[0]!.name.en = 'x'.repeat(100_000);
    });
    const { container } = renderFromLink('#st=operational', <FilterPanel />, fetchFn);
    const note = await screen.findByText(/operators\.json: 1 record left out/);
    expect(note.closest('details')!.textContent).toContain(`operators.json [${dropped}] name.en`);
    await waitFor(() => expect(container.querySelector('optgroup')!.querySelectorAll('option').length).toBeGreaterThan(10));
    expect(container.textContent).not.toContain('x'.repeat(1000));
  });

  it('paper.json with a headline figure dated 2099: the overview names it and shows the other figures', async () => {
    let dropped = '';
    let kept = '';
    const fetchFn = editing<PaperFile>('paper.json', (json) => {
      dropped = json.headline[0]!.id;
      kept = json.headline[1]!.label.en;
      json.headline[0]!.year = 2099;
    });
    const { container } = renderFromLink('#', <OverviewPanel />, fetchFn);
    const note = await screen.findByText(/paper\.json: 1 record left out/);
    expect(note.closest('details')!.textContent).toContain(`paper.json [${dropped}] year`);
    expect(container.querySelector('.headline')!.textContent).toContain(kept);
    expect(container.textContent).not.toContain('2099');
  });

  it('faults.json with a 100,000-character cause and corridors.json with a 100,000-character name: the Resilience tab names both records, and the other faults and corridors still show', async () => {
    let fault = '';
    let faultCount = 0;
    let corridor = '';
    let keptCorridor = '';
    const faults = editing<FaultsFile>('faults.json', (json) => {
      fault = json.faults[0]!.id;
      faultCount = json.faults.length;
      json.faults[0]!.cause.en = 'C'.repeat(100_000);
    });
    const corridors = editing<CorridorsFile>('corridors.json', (json) => {
      corridor = json.corridors[0]!.id;
      keptCorridor = json.corridors[1]!.name.en;
      json.corridors[0]!.name.en = 'N'.repeat(100_000);
    });
    const fetchFn = (url: string) => (url.endsWith('/faults.json') ? faults(url) : corridors(url));
    const { container } = renderFromLink('#panel=resilience&lang=en', <ResiliencePanel />, fetchFn);
    const faultNote = await screen.findByText(/faults\.json: 1 record left out/, {}, { timeout: 10_000 });
    expect(faultNote.closest('details')!.textContent).toContain(`faults.json [${fault}] cause.en: Too big`);
    const corridorNote = await screen.findByText(/corridors\.json: 1 record left out/);
    expect(corridorNote.closest('details')!.textContent).toContain(`corridors.json [${corridor}] name.en: Too big`);
    // the rest loads: the other corridors are offered for the what-if, the fault log lists the other faults
    await screen.findByText(keptCorridor, {}, { timeout: 10_000 });
    const logged = [...container.querySelectorAll('[data-fault]')].map((li) => li.getAttribute('data-fault'));
    expect(logged).toHaveLength(faultCount - 1);
    expect(logged).not.toContain(fault);
    expect(container.textContent).not.toMatch(/C{1000}|N{1000}/);
  });
});
