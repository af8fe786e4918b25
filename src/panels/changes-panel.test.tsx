// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { publishEn, publishZh } from '../i18n/publish';
import { localToday, stateOn } from '../model/time';

/** A record's service as the data dates it: a ready-for-service event, or the year of a record in service. */
const datedService = (a: { events?: ReadonlyArray<{ kind: string }> | undefined; year: number | null }) =>
  (a.events ?? []).some((e) => e.kind === 'rfs') || a.year !== null;
import { useView } from '../state/store';
import { realData } from '../test/real-data';
import { renderFromLink } from '../test/render';
import { ChangeKey } from './change-key';
import { ChangesPanel } from './changes-panel';

afterEach(cleanup);

const FROM = '2015-12-31';
const TO = '2020-12-31';
const P = { en: publishEn, zh: publishZh } as const;

/** The list under a heading (the panel's lists follow their h3). */
const listUnder = (heading: HTMLElement) => {
  const next = heading.nextElementSibling as HTMLElement;
  return next.tagName === 'UL'
    ? within(next)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('button')!.textContent)
    : [];
};

describe('what changed between two dates, from a link', () => {
  it.each(['en', 'zh'] as const)('%s: lists what entered service between the dates, as the data dates it', async (lang) => {
    const p = P[lang];
    const { index } = await realData();
    const today = localToday();
    // not in service (nor retired) on the first day, in service on the second: read from each
    // record's own dates here, not from the panel's derivation
    const entered = index.all
      .map((f) => f.properties)
      .filter((a) => a.type !== 'landing-point')
      .filter((a) => {
        const before = stateOn(a, { day: FROM, today });
        return before !== 'operational' && before !== 'retired' && stateOn(a, { day: TO, today }) === 'operational' && datedService(a);
      });
    expect(entered.length).toBeGreaterThan(3);

    renderFromLink(`#panel=changes&chg=${FROM},${TO}&lang=${lang}`, <ChangesPanel />);
    const heading = await screen.findByRole('heading', { level: 3, name: p.changesAdded(entered.length) }, { timeout: 10_000 });
    expect(listUnder(heading).sort()).toEqual(entered.map((a) => a.name[lang]).sort());
    // the dates are the link's, and the key says the same period
    expect(screen.getByLabelText<HTMLInputElement>(p.changesFrom).value).toBe(FROM);
    expect(screen.getByLabelText<HTMLInputElement>(p.changesTo).value).toBe(TO);
    expect(screen.getByText(p.changesKeyTitle(FROM, TO))).toBeTruthy();
  });

  it('says so when the first date is not before the second, and keeps the period it had', async () => {
    renderFromLink(`#panel=changes&chg=${FROM},${TO}&lang=en`, <ChangesPanel />);
    await screen.findByText(publishEn.changesKeyTitle(FROM, TO), undefined, { timeout: 10_000 });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2022-01-01' } });
    expect(screen.getByRole('alert').textContent).toBe(publishEn.changesBadRange);
    expect(useView.getState().change).toEqual({ from: FROM, to: TO });
  });

  it('opens an asset a reader presses in the list, and clears the comparison when asked', async () => {
    const user = userEvent.setup();
    renderFromLink(`#panel=changes&chg=${FROM},${TO}&lang=en`, <ChangesPanel />);
    const heading = await screen.findByRole('heading', { level: 3, name: /^Entered service \([1-9]/ }, { timeout: 10_000 });
    const first = (heading.nextElementSibling as HTMLElement).querySelector('button')!;
    await user.click(first);
    const sel = useView.getState().selection;
    const { index } = await realData();
    expect(sel?.kind === 'asset' && index.byId.get(sel.id)?.properties.name.en).toBe(first.textContent);
    await user.click(screen.getByRole('button', { name: 'Clear the comparison' }));
    expect(useView.getState().change).toBeNull();
    await waitFor(() => expect(screen.queryByText(/^Changes /)).toBeNull());
  });
});

describe('the comparison’s key over the map', () => {
  it.each(['en', 'zh'] as const)('%s: names the period and what each mark means, with the counts', async (lang) => {
    const p = P[lang];
    const { container } = renderFromLink(`#chg=${FROM},${TO}&lang=${lang}`, <ChangeKey />);
    const key = await screen.findByRole('list', { name: p.changesKeyTitle(FROM, TO) }, { timeout: 10_000 });
    const items = within(key)
      .getAllByRole('listitem')
      .map((li) => li.textContent.trim());
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(new RegExp(`^${p.changesKeyAdded} \\(\\d+\\)$`));
    expect(items[1]).toMatch(new RegExp(`^${p.changesKeyRetired} \\(\\d+\\)$`));
    // each mark drawn beside its words
    expect(container.querySelectorAll('li svg, li .chip').length).toBeGreaterThanOrEqual(2);
  });

  it('is not drawn without a period', async () => {
    const { container } = renderFromLink('#lang=en', <ChangeKey />);
    await new Promise((r) => setTimeout(r, 50));
    expect(container.textContent).toBe('');
  });
});
