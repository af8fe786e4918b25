// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STRINGS } from '../i18n/strings';
import { localToday, stateOn } from '../model/time';
import { diskFetch, realData } from '../test/real-data';
import { renderFromLink, watchRequests } from '../test/render';
import { IoPanel } from './io-panel';

// the files a reader saves, caught instead of handed to the browser
const saved: Array<{ name: string; data: string; type: string | undefined }> = [];
vi.mock('../io/download', () => ({
  download: (name: string, data: string | Blob, type?: string) =>
    saved.push({ name, data: typeof data === 'string' ? data : '(binary)', type }),
}));

afterEach(() => {
  cleanup();
  saved.length = 0;
  vi.restoreAllMocks();
});

describe('the import and download panel', () => {
  it.each(['en', 'zh'] as const)('%s: says which day the downloaded statuses are for (the link’s year)', (lang) => {
    const t = STRINGS[lang];
    renderFromLink(`#asof=2015&lang=${lang}`, <IoPanel />);
    expect(screen.getByRole('heading', { level: 2, name: t.yourData })).toBeTruthy();
    expect(screen.getByText(t.statusOn('2015-12-31'))).toBeTruthy();
    for (const name of [t.dlGeoJSON, t.dlCSV, t.dlOFDS, t.print]) expect(screen.getByRole('button', { name })).toBeTruthy();
  });

  it('saves as CSV exactly what the layers and filters show, with today’s statuses', async () => {
    const user = userEvent.setup();
    const { index } = await realData();
    const today = localToday();
    // the 5G layer alone; retired and cancelled records are not shown unless asked for
    const shown = index.byType['5g']!.features.filter(
      (f) => !['retired', 'cancelled'].includes(stateOn(f.properties, { day: today, today }) ?? ''),
    );
    renderFromLink('#layers=5g&lang=en', <IoPanel />);
    const button = screen.getByRole('button', { name: 'CSV (Excel)' });
    await waitFor(async () => {
      saved.length = 0;
      await user.click(button);
      const csv = saved[0]?.data ?? '';
      expect(csv.trim().split(/\r?\n/).length - 1).toBe(shown.length);
    });
    const { name, data, type } = saved[0]!;
    expect(name).toMatch(/\.csv$/);
    expect(type).toMatch(/^text\/csv/);
    const [head, ...lines] = String(data)
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    const cols = head!.split(',');
    const at = (line: string, col: string) => line.split(',')[cols.indexOf(col)];
    expect(lines.map((l) => at(l, 'id')).sort()).toEqual(shown.map((f) => f.properties.id).sort());
    for (const l of lines) expect(at(l, 'status_on')).toBe(today);
  });

  it('writes each record’s description and sources, read from its own file when the reader first exports', async () => {
    const user = userEvent.setup();
    const asked: string[] = [];
    renderFromLink('#layers=5g&lang=en', <IoPanel />, (url) => {
      asked.push(url);
      return diskFetch(url);
    });
    // opening the panel loads no text: only an export does
    expect(asked.filter((u) => /geodata\/[\w-]+\.geojson$/.test(u))).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'GeoJSON' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const out = JSON.parse(saved[0]!.data) as { features: Array<{ properties: Record<string, unknown> }> };
    const file = JSON.parse(readFileSync('geodata/5g.geojson', 'utf8')) as { features: Array<{ properties: Record<string, unknown> }> };
    const byId = new Map(file.features.map((f) => [f.properties.id as string, f.properties]));
    expect(out.features.length).toBeGreaterThan(0);
    for (const f of out.features) {
      const own = byId.get(f.properties.id as string)!;
      expect(f.properties.description).toEqual(own.description);
      expect(f.properties.sources).toEqual(own.sources);
      expect(f.properties.events).toEqual(own.events);
    }
  });

  it('a text file that fails leaves its records out of the export and says how many, in Chinese too', async () => {
    const user = userEvent.setup();
    renderFromLink('#layers=5g&lang=zh', <IoPanel />, (url) =>
      url.endsWith('/geodata/5g.geojson') ? Promise.resolve(new Response('gone', { status: 503 })) : diskFetch(url),
    );
    await user.click(screen.getByRole('button', { name: STRINGS.zh.dlCSV }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const rows = saved[0]!.data
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    expect(rows).toHaveLength(1); // the header only: every shown record is a 5G one
    const { index } = await realData();
    const today = localToday();
    const shown = index.byType['5g']!.features.filter(
      (f) => !['retired', 'cancelled'].includes(stateOn(f.properties, { day: today, today }) ?? ''),
    );
    expect(screen.getByRole('alert').textContent).toBe(STRINGS.zh.exportLeftOut(shown.length));
  });

  it('opens the reader’s own file picker to import, and sends nothing anywhere', async () => {
    const user = userEvent.setup();
    const pick = vi.spyOn(HTMLInputElement.prototype, 'click');
    renderFromLink('#lang=en', <IoPanel />);
    const requests = watchRequests();
    await user.click(screen.getByRole('button', { name: 'Import GeoJSON…' }));
    expect(pick).toHaveBeenCalled();
    const input = pick.mock.contexts[0] as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toContain('.geojson');
    expect(requests()).toEqual([]);
  });
});
