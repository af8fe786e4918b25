// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STRINGS } from '../i18n/strings';
import { localToday, stateOn } from '../model/time';
import { useView } from '../state/store';
import { realData } from '../test/real-data';
import { renderFromLink } from '../test/render';
import { AssetList } from './asset-list';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const rowsOf = async () => {
  await waitFor(() => expect(screen.getAllByRole('row').length).toBeGreaterThan(10), { timeout: 10_000 });
  return screen.getAllByRole('row').slice(1); // the first is the column heads
};
const cell = (row: HTMLElement, label: string) => row.querySelector<HTMLElement>(`td[data-label="${label}"]`)!.textContent;

describe('the asset list', () => {
  it.each(['en', 'zh'] as const)(
    '%s: every asset the filters leave, each fact named by its column (how a phone reads a row)',
    async (lang) => {
      const t = STRINGS[lang];
      renderFromLink(`#panel=list&lang=${lang}`, <AssetList />);
      const rows = await rowsOf();
      const { index } = await realData();
      // with every layer on and no filter, every record is a row but the retired and cancelled
      // (shown only when the status filter asks for them)
      const now = { day: localToday(), today: localToday() };
      const gone = index.all.filter((f) => ['retired', 'cancelled'].includes(stateOn(f.properties, now) ?? ''));
      expect(gone.length).toBeGreaterThan(0);
      expect(rows).toHaveLength(index.all.length - gone.length);
      expect(screen.getByText(t.shown(rows.length, index.all.length))).toBeTruthy();
      // the name heads its row (a phone shows it on a line of its own), and every other cell
      // carries its column's name in the reader's language, which the phone layout writes before it
      const heads = Object.values(t.col).slice(1);
      for (const row of rows.slice(0, 20)) {
        expect(within(row).getByRole('rowheader').textContent).not.toBe('');
        expect([...row.querySelectorAll('td')].map((td) => td.getAttribute('data-label'))).toEqual(heads);
      }
    },
  );

  it.each(['en', 'zh'] as const)('%s: a record no source has updated in years says so beside its state (HK-G, today)', async (lang) => {
    const t = STRINGS[lang];
    renderFromLink(`#panel=list&lang=${lang}&st=under-construction`, <AssetList />);
    await waitFor(() => expect(screen.getAllByRole('row').length).toBeGreaterThan(3), { timeout: 10_000 });
    const { index } = await realData();
    const row = (id: string) => screen.getByRole('rowheader', { name: index.byId.get(id)!.properties.name[lang] }).closest('tr')!;
    expect(cell(row('cable-hk-g'), t.col.status)).toBe(`${t.status['under-construction']} · ${t.quietShort('2017-04')}`);
    expect(cell(row('cable-lbc'), t.col.status)).toBe(`${t.status['under-construction']} · ${t.quietShortNever}`);
    // one with news (SEA-ME-WE 6: landed in 2025) reads its state alone
    expect(cell(row('cable-sea-me-we-6'), t.col.status)).toBe(t.status['under-construction']);
  });

  it('says nothing of the kind on a past day, when the record was not yet quiet', async () => {
    renderFromLink('#panel=list&lang=en&asof=2018&st=under-construction', <AssetList />);
    await waitFor(() => expect(screen.getAllByRole('row').length).toBeGreaterThan(3), { timeout: 10_000 });
    const hkg = screen.getByRole('rowheader', { name: /HK-G/ }).closest('tr')!;
    expect(cell(hkg, STRINGS.en.col.status)).toBe(STRINGS.en.status['under-construction']);
  });

  it('on a phone brings itself up into the short bottom sheet', async () => {
    vi.stubGlobal('innerWidth', 375);
    const up = vi.fn();
    Element.prototype.scrollIntoView = up;
    renderFromLink('#panel=list&lang=en', <AssetList />);
    await rowsOf();
    expect(up).toHaveBeenCalledWith({ block: 'start' });
  });

  it('sorts by a column when its head is pressed, and back the other way; unknown years last both ways', async () => {
    const user = userEvent.setup();
    // the point layers only: a shorter list sorts the same way
    renderFromLink('#panel=list&layers=node,cloud-centre,5g&lang=en', <AssetList />);
    const names = (await rowsOf()).map((r) => within(r).getByRole('rowheader').textContent);
    const coll = new Intl.Collator('en', { numeric: true });
    expect(names).toEqual([...names].sort(coll.compare));

    const yearHead = screen.getByRole('button', { name: 'Sort by Year' });
    await user.click(yearHead);
    expect(yearHead.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    const years = () =>
      screen
        .getAllByRole('row')
        .slice(1)
        .map((r) => cell(r, 'Year'));
    const known = (ys: (string | null)[]) => ys.filter((y) => y !== '—').map(Number);
    const up = years();
    expect(known(up)).toEqual([...known(up)].sort((a, b) => a - b));
    expect(up.indexOf('—')).toBeGreaterThan(known(up).length - 1); // unknowns after every known year
    await user.click(yearHead);
    expect(yearHead.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    const down = years();
    expect(known(down)).toEqual([...known(down)].sort((a, b) => b - a));
    expect(down.slice(known(down).length).every((y) => y === '—')).toBe(true);
  });

  it.each(['en', 'zh'] as const)('%s: gives each asset’s status as of the chosen year, not as recorded today', async (lang) => {
    const t = STRINGS[lang];
    renderFromLink(`#panel=list&asof=2015&lang=${lang}`, <AssetList />);
    const rows = await rowsOf();
    const { index } = await realData();
    const at = { day: '2015-12-31', today: localToday() };
    let differs = 0;
    for (const row of rows) {
      const p = index.byId.get(row.getAttribute('data-id')!)!.properties;
      // a record with no date on or before the day keeps its recorded status (it stays listed)
      const state = stateOn(p, at) ?? p.status;
      expect(cell(row, t.col.status), p.id).toBe(t.status[state]);
      if (state !== p.status) differs++;
    }
    // the year matters: some assets were in another state in 2015 than they are now
    expect(differs).toBeGreaterThan(0);
  });

  it('chooses the asset a reader presses, on the map too', async () => {
    const user = userEvent.setup();
    renderFromLink('#panel=list&lang=en', <AssetList />);
    const row = (await rowsOf())[0]!;
    await user.click(within(row).getByRole('button'));
    expect(useView.getState().selection).toEqual({ kind: 'asset', id: row.getAttribute('data-id') });
  });
});
