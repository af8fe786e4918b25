// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ResiliencePanel } from '../resilience/resilience-panel';
import { renderFromLink } from '../test/render';
import { diskFetch, realData } from '../test/real-data';
import { AssetRecordCollection } from '../data/schema';
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

describe('a country panel lists the faults whose reports name it', () => {
  it('#country=VN: Vietnam’s faults, newest first, with February 2023’s report that all five of its cables were impaired', async () => {
    const { container } = renderFromLink('#country=VN&lang=en', <CountryPanel code="VN" />);
    await waitFor(() => expect(container.querySelector('.country-faults')).toBeTruthy(), { timeout: 10_000 });
    const section = container.querySelector('.country-faults') as HTMLElement;
    // the count in the heading is the number of entries listed
    const n = Number(/\((\d+)\)/.exec(section.querySelector('h3')!.textContent)![1]);
    const items = [...section.querySelectorAll('li[data-fault]')];
    expect(items).toHaveLength(n);
    const starts = items.map((li) => li.querySelector('.date')!.textContent);
    expect([...starts].sort().reverse()).toEqual(starts);
    // the day every report describes: all five of Vietnam's international systems impaired
    const feb = items.find((li) => li.getAttribute('data-fault') === 'fault-2023-02-smw3') as HTMLElement;
    expect(feb.querySelector('[data-impact="VN"]')!.textContent).toMatch(
      /^Reported here from 2023-02-21: all five international cables impaired/,
    );
    // each entry can be replayed on the map
    expect(within(feb).getByRole('button', { name: 'Replay' })).toBeTruthy();
    // a fault that names other places only is not listed (Taiwan–Matsu, February 2023)
    expect(items.some((li) => li.getAttribute('data-fault') === 'fault-2023-02-tpkm2')).toBe(false);
  });

  it('#country=LA&lang=zh: a country no report names says so, in Chinese, without claiming nothing failed', async () => {
    const { container } = renderFromLink('#country=LA&lang=zh', <CountryPanel code="LA" />);
    await waitFor(() => expect(container.querySelector('.country-faults')).toBeTruthy(), { timeout: 10_000 });
    const section = container.querySelector('.country-faults') as HTMLElement;
    expect(section.querySelector('h3')!.textContent).toBe('此处报道的海缆故障（0）');
    expect(section.textContent).toContain('这并不证明从未发生');
    expect(section.querySelectorAll('li')).toHaveLength(0);
  });
});

describe('a domestic outage in the Resilience table', () => {
  it('#panel=resilience&day=2021-04-30: Indonesia’s impaired cell adds the SMPCS break (domestic) to its international count', async () => {
    const { container } = renderFromLink('#panel=resilience&day=2021-04-30&lang=en', <ResiliencePanel />);
    await waitFor(() => expect(container.querySelector('.exposure-table tr[data-country="ID"]')).toBeTruthy(), { timeout: 10_000 });
    const cell = (code: string) => container.querySelector(`.exposure-table tr[data-country="${code}"] td[data-col="impaired"]`)!;
    expect(cell('ID').querySelector('[data-domestic]')?.textContent).toBe(' (+1 domestic)');
    // the sort key stays the international count
    expect(cell('ID').firstChild!.textContent).toMatch(/^\d+$/);
    // Vietnam had no domestic cable cut that day
    expect(cell('VN').querySelector('[data-domestic]')).toBeNull();
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

describe('an asset panel for a record gone quiet', () => {
  it('says its state is the last one sources gave (HK-G: under construction, nothing since April 2017)', async () => {
    const { index } = await realData();
    const hkg = index.byId.get('cable-hk-g')!;
    renderFromLink('#lang=en&sel=cable-hk-g', <AssetPanel asset={hkg} onZoom={() => {}} />);
    const note = await screen.findByText(
      /Its last dated step is 2017-04, and no later source found says it entered service or was abandoned/,
    );
    expect(note.getAttribute('role')).toBe('note');
  });
  it('in Chinese, and without a date when sources never dated its progress (Tamu–Moreh)', async () => {
    const { index } = await realData();
    const tm = index.byId.get('fibre-mm-in-tamu-moreh')!;
    renderFromLink('#lang=zh&sel=fibre-mm-in-tamu-moreh', <AssetPanel asset={tm} onZoom={() => {}} />);
    expect(await screen.findByText(/未见来源为其进展注明日期/)).toBeTruthy();
  });
  it('says nothing of the kind for a system in service (APG)', async () => {
    const { index } = await realData();
    const apg = index.byId.get('cable-apg')!;
    renderFromLink('#lang=en&sel=cable-apg', <AssetPanel asset={apg} onZoom={() => {}} />);
    expect(await screen.findByRole('heading', { level: 2 })).toBeTruthy();
    expect(screen.queryByText(/last dated step|dates its progress/)).toBeNull();
  });
});

describe('an asset panel’s description and sources (read from the record’s own file, not the first view’s)', () => {
  const real = (url: string) => diskFetch(url);
  const cablesFile = () => AssetRecordCollection.parse(JSON.parse(readFileSync('geodata/submarine-cables.geojson', 'utf8')));
  const fullApg = (file = cablesFile()) => file.features.find((f) => f.properties.id === 'cable-apg')!;
  it('shows the description, the life events’ notes and the sources once they load; the map’s facts at once', async () => {
    const { index } = await realData();
    const apg = index.byId.get('cable-apg')!;
    const full = fullApg();
    const asked: string[] = [];
    renderFromLink('#lang=en&sel=cable-apg', <AssetPanel asset={apg} onZoom={() => {}} />, (url) => {
      asked.push(url);
      return real(url);
    });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(apg.properties.name.en);
    expect(await screen.findByText(full.properties.description.en)).toBeTruthy();
    // the life events carry their notes (the map's copy has only their kinds and dates)
    expect(screen.getByText(/C&MA and NEC supply contract signed in Beijing/)).toBeTruthy();
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    for (const s of full.properties.sources.filter((x) => x.url)) expect(hrefs).toContain(s.url);
    expect(asked.some((u) => u.endsWith('/geodata/submarine-cables.geojson'))).toBe(true);
    expect(screen.queryByText('Loading the description and sources…')).toBeNull();
  });

  it('a file that fails says so with Retry, in the panel; the rest of the panel stays', async () => {
    const { index } = await realData();
    const apg = index.byId.get('cable-apg')!;
    let broken = true;
    renderFromLink('#lang=en&sel=cable-apg', <AssetPanel asset={apg} onZoom={() => {}} />, (url) =>
      broken && url.endsWith('/geodata/submarine-cables.geojson') ? Promise.resolve(new Response('gone', { status: 503 })) : real(url),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('submarine-cables.geojson');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(apg.properties.name.en);
    broken = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    const full = fullApg();
    expect(await screen.findByText(full.properties.description.en)).toBeTruthy();
  });

  it('a record whose text is broken (a script URL as its source) is named, in Chinese too; no link is drawn from it', async () => {
    const { index } = await realData();
    const apg = index.byId.get('cable-apg')!;
    const file = cablesFile();
    fullApg(file).properties.sources = [{ title: 'x', url: 'javascript:alert(1)' }];
    renderFromLink('#lang=zh&sel=cable-apg', <AssetPanel asset={apg} onZoom={() => {}} />, (url) =>
      url.endsWith('/geodata/submarine-cables.geojson') ? Promise.resolve(new Response(JSON.stringify(file))) : real(url),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('无法读取此条目的说明和来源');
    expect(alert.textContent).toContain('[cable-apg] properties.sources.0.url');
    expect(screen.queryAllByRole('link').some((a) => a.getAttribute('href')?.startsWith('javascript'))).toBe(false);
  });
});
