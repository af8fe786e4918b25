// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ResiliencePanel } from '../resilience/resilience-panel';
import { renderFromLink } from '../test/render';
import { realData } from '../test/real-data';
import { AssetPanel } from './asset-panel';
import { CountryPanel } from './country-panel';

afterEach(cleanup);

const figure = (root: HTMLElement, name: string) => Number(root.querySelector(`[data-figure="${name}"]`)!.textContent);
const inServiceGroup = (root: HTMLElement) => {
  const h = root.querySelector('.country-facts [data-status="operational"] h4');
  return h ? Number(/\((\d+)\)/.exec(h.textContent)![1]) : 0;
};

describe('a country panel and the Resilience table, from links that set the day, a scenario and filters', () => {
  const links = [
    '#country=VN&day=2023-02-21',
    '#country=KH',
    '#country=SG&asof=2016',
    '#country=MM&day=2024-06-15&c=MM,TH',
    '#country=VN&corr=corridor-luzon-strait&cut=cable-aag&st=operational',
  ];
  it.each(links)('%s: the panel\u2019s counts agree with each other and with the table', async (hash) => {
    const code = /country=(\w\w)/.exec(hash)![1]!;
    const { container, ignored } = renderFromLink(
      hash,
      <>
        <CountryPanel code={code} />
        <ResiliencePanel />
      </>,
    );
    expect(ignored).toEqual([]); // the link is one the atlas writes
    await waitFor(() => expect(container.querySelector('[data-figure="systems"]')).toBeTruthy(), { timeout: 10_000 });
    const systems = figure(container, 'systems');
    const row = container.querySelector(`.exposure-table tr[data-country="${code}"]`)!;
    expect(Number(within(row as HTMLElement).getByText((_, el) => el?.getAttribute('data-col') === 'systems').textContent)).toBe(systems);
    // "in service" among the cables landing here: the international systems plus the domestic ones
    const { index } = await realData();
    const listed = [...container.querySelectorAll('.country-facts [data-status="operational"] li')].map((li) => li.textContent);
    const domestic = listed.filter((name) => {
      const c = index.all.find((f) => f.properties.type === 'submarine-cable' && f.properties.name.en === name);
      return c && c.properties.countries.every((x) => x === code);
    });
    expect(inServiceGroup(container)).toBe(systems + domestic.length);
  });
});

describe('an asset panel from a link with a day', () => {
  it('shows a cable\u2019s state on the day the link names, with its sources', async () => {
    const { index } = await realData();
    const smw3 = index.byId.get('cable-sea-me-we-3')!;
    renderFromLink('#sel=cable-sea-me-we-3&asof=2015&st=operational', <AssetPanel asset={smw3} onZoom={() => {}} />);
    expect(await screen.findByRole('heading', { level: 2 })).toBeTruthy();
    // in 2015 SeaMeWe-3 was in service, so the filters (in service) show it: no "hidden" note
    await waitFor(() => expect(screen.queryByText(/filters/i, { selector: '.hidden-note' })).toBeNull());
    expect(screen.getAllByRole('link').some((a) => a.getAttribute('href')?.startsWith('http'))).toBe(true);
  });
});
