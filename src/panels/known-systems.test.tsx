// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { KnownSystems } from './known-systems';
import { OverviewCounts } from './overview-counts';
import { SearchBox } from '../controls/search-box';
import { renderFromLink } from '../test/render';
import { diskFetch } from '../test/real-data';
import { selectedCountryOf, useView } from '../state/store';

afterEach(cleanup);

const src = (title: string) => ({ title, url: 'https://example.org/a', kind: 'secondary' });
const system = (id: string, over: Record<string, unknown>) => ({
  id,
  name: { en: id, zh: id },
  countries: ['VN'],
  status: 'planned',
  year: 2027,
  operators: [],
  why: { en: `why ${id}`, zh: `原因 ${id}` },
  description: { en: `about ${id}`, zh: `关于 ${id}` },
  sources: [src(`source of ${id}`)],
  ...over,
});
/** geodata/ from disk, with known-systems.json answered by `body`. */
const serving =
  (body: unknown) =>
  (url: string): Promise<Response> =>
    url.endsWith('/known-systems.json')
      ? Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200 }))
      : diskFetch(url);

const FILE = {
  systems: [
    system('known-vts', { name: { en: 'Vietnam–Singapore (VTS)', zh: '越南—新加坡海缆' }, aliases: ['VTS'], countries: ['VN', 'SG'] }),
    system('known-tvh', { name: { en: 'TVH', zh: 'TVH海缆' }, status: 'operational', year: 1995, countries: ['TH', 'VN', 'HK'] }),
    system('known-hk-only', { name: { en: 'HK harbour link', zh: '香港港内海缆' }, status: 'unknown', year: null, countries: ['HK'] }),
    // not in the region: left out and named, the rest shows
    system('known-faraway', { countries: ['FR'] }),
  ],
};

describe('known, not drawn: a system sources name without its landings is listed, not silent', () => {
  it("Vietnam's panel lists its known systems, in service first, each with why it is not drawn and its sources", async () => {
    renderFromLink('#c=VN', <KnownSystems code="VN" />, serving(FILE));
    const section = await screen.findByRole('region', { name: 'Known, not drawn (2)' });
    const items = within(section)
      .getAllByRole('listitem')
      .filter((li) => li.hasAttribute('data-known'));
    expect(items.map((li) => li.getAttribute('data-known'))).toEqual(['known-tvh', 'known-vts']);
    expect(items[0]!.textContent).toMatch(/Operational \(1995\)/);
    expect(items[1]!.textContent).toMatch(/Why not drawn: why known-vts/);
    expect(within(items[1]!).getByRole('link', { name: 'source of known-vts' }).getAttribute('href')).toBe('https://example.org/a');
    // the record outside the region is named, not dropped in silence
    expect(section.textContent).toMatch(/known-faraway.*names no place in the region/s);
  });

  it("China's panel includes Hong Kong's, saying where it lands; a country with none shows nothing", async () => {
    renderFromLink('#c=CN', <KnownSystems code="CN" />, serving(FILE));
    const section = await screen.findByRole('region', { name: 'Known, not drawn (2)' });
    expect(section.textContent).toMatch(/HK harbour link · State unknown · lands in Hong Kong/);
    expect(section.textContent).toMatch(/TVH · Operational \(1995\) · lands in Hong Kong/);
    cleanup();
    renderFromLink('#c=LA', <KnownSystems code="LA" />, serving(FILE));
    // loaded (its one bad record is named), and nothing listed for Laos
    await screen.findByText(/known-faraway/);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('a broken file is named with Retry, and the panel keeps working', async () => {
    renderFromLink('#c=VN', <KnownSystems code="VN" />, serving('{"systems": ['));
    expect((await screen.findByRole('alert')).textContent).toMatch(/known-systems\.json is not valid JSON/);
  });

  it('the shipped file: Vietnam lists VTS, which the map does not draw', async () => {
    renderFromLink('#c=VN', <KnownSystems code="VN" />);
    const section = await screen.findByRole('region', { name: /Known, not drawn/ });
    expect(section.textContent).toMatch(/VTS/);
  });
});

describe('search finds a known system and opens its country', () => {
  it('typing "VTS" offers it as known, not drawn; choosing it opens Vietnam', async () => {
    renderFromLink('', <SearchBox />, serving(FILE));
    const box = screen.getByRole('combobox');
    fireEvent.change(box, { target: { value: 'VTS' } });
    const option = await screen.findByRole('option', { name: /Vietnam–Singapore \(VTS\) · Submarine cable: known, not drawn/ });
    fireEvent.click(option);
    expect(selectedCountryOf(useView.getState())).toBe('VN');
  });

  it('a system that lands only in Hong Kong opens China', async () => {
    renderFromLink('', <SearchBox />, serving(FILE));
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'harbour link' } });
    fireEvent.click(await screen.findByRole('option', { name: /HK harbour link/ }));
    expect(selectedCountryOf(useView.getState())).toBe('CN');
  });
});

describe('the overview says how many systems are known but not drawn', () => {
  it('once the first view is done (not before), counted from the file', async () => {
    renderFromLink('', <OverviewCounts />, serving(FILE));
    await screen.findByText(/cable systems: operational/);
    expect(document.querySelector('[data-counts="known"]')).toBeNull();
    useView.setState({ firstViewDone: true });
    // three of the four load (one is outside the region and named where the list shows)
    expect((await screen.findByText(/^Plus 3 systems sources name/)).textContent).toMatch(/known, not drawn/);
  });
});
