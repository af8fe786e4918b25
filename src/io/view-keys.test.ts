import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { zh } from '../i18n/zh';
import { publishEn, publishZh } from '../i18n/publish';
import { resilienceEn, resilienceZh } from '../i18n/resilience';
import { allLayers } from '../model/groups';
import { NO_WHAT_IF } from '../model/view';
import { theme } from '../model/theme';
import { NO_FILTERS } from '../state/filters';
import { describeView, type DescribeInput } from './view-keys';
import { wrapText } from './snapshot';

const base = (over: Partial<DescribeInput> = {}): DescribeInput => ({
  lang: 'en',
  t: en,
  r: resilienceEn,
  p: publishEn,
  layers: allLayers(true),
  filters: NO_FILTERS,
  whatIf: NO_WHAT_IF,
  day: '2026-12-07',
  basis: 'today',
  overlay: null,
  whatIfActive: false,
  nameOf: (id) => ({ 'corridor-luzon-strait': 'Luzon Strait', 'cable-apg': 'APG' })[id] ?? id,
  ...over,
});
const labels = (d: ReturnType<typeof describeView>) => d.keys.flatMap((g) => g.entries.map((e) => e.label));

describe('describeView', () => {
  it('keys every layer drawn, what dashes mean and the two land colours; no scenario, no filters', () => {
    const d = describeView(base());
    expect(d.day).toBe('Day shown: today, 2026-12-07');
    expect(d.scenario).toBeNull();
    expect(d.filters).toBe('No filters');
    expect(labels(d)).toEqual([...Object.values(en.group), publishEn.keyDashed, publishEn.keyLandFocus, publishEn.keyLandOther]);
    // in the colours the map paints the land with
    expect(d.keys.at(-1)!.entries.map((e) => e.color)).toEqual([theme.landFocus, theme.land]);
  });

  it('states the scenario and keys its colours, the faults and the impaired cables', () => {
    const d = describeView(
      base({
        whatIf: { ...NO_WHAT_IF, cut: ['cable-apg'], corridors: ['corridor-luzon-strait'], day: '2023-02-02' },
        basis: 'replay',
        day: '2023-02-02',
        whatIfActive: true,
        overlay: {
          points: {
            type: 'FeatureCollection',
            features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [1, 2] }, properties: { id: 'f' } }],
          },
          shown: ['f'],
          impaired: ['cable-apg'],
          visible: true,
        },
        choropleth: { title: 'ignored while a what-if colours the land', classes: [{ label: '1', color: '#000' }] },
      }),
    );
    expect(d.scenario).toBe('What-if: cut Luzon Strait, APG');
    expect(d.day).toContain('2023-02-02');
    expect(labels(d)).toEqual(
      expect.arrayContaining([resilienceEn.faultLegend, resilienceEn.impairedLegend, resilienceEn.legendNone, resilienceEn.legendOne]),
    );
    expect(d.keys.map((g) => g.title)).not.toContain('ignored while a what-if colours the land');
  });

  it('keys only the layers that are on, the choropleth, retired grey; filters in words, in Chinese', () => {
    const d = describeView(
      base({
        lang: 'zh',
        t: zh,
        r: resilienceZh,
        p: publishZh,
        layers: { ...allLayers(false), 'submarine-cable': true },
        filters: { ...NO_FILTERS, countries: ['VN'], statuses: ['retired'], asOf: 2020 },
        basis: 'as-of',
        day: '2020-12-31',
        choropleth: { title: '5G', classes: [{ label: '2019', color: '#4a3b2a' }] },
      }),
    );
    expect(d.day).toBe('显示日期：2020 年底（2020-12-31）');
    expect(d.filters).toContain('越南');
    expect(labels(d)).toEqual([zh.group['submarine-cable'], publishZh.keyDashed, publishZh.keyRetired, '2019']);
  });
});

describe('wrapText', () => {
  const ctx = { measureText: (s: string) => ({ width: [...s].length * 10 }) as TextMetrics };
  it('breaks at spaces when it can, anywhere in CJK text, and loses nothing', () => {
    expect(wrapText(ctx, 'aaa bbb ccc', 80)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText(ctx, '中国东盟数字基础设施', 40)).toEqual(['中国东盟', '数字基础', '设施']);
    expect(wrapText(ctx, '', 40)).toEqual([]);
  });
});

describe('changesCSV', () => {
  it('writes one row per change with both dates, BOM first', async () => {
    const { changesCSV } = await import('./changes-csv');
    const p = {
      id: 'cable-x',
      type: 'submarine-cable',
      name: { en: 'X, "the" cable', zh: '某海缆' },
      status: 'operational',
      year: 2018,
    } as any;
    const csv = changesCSV({
      span: { from: '2016-01-01', to: '2020-12-31' },
      added: [p],
      retired: [],
      begun: [],
      ids: { added: ['cable-x'], retired: [], begun: [] },
    });
    expect(csv.startsWith('\uFEFFchange,from,to,id,type,name_en,name_zh,status_now,year\r\n')).toBe(true);
    expect(csv).toContain('entered service,2016-01-01,2020-12-31,cable-x,submarine-cable,"X, ""the"" cable",某海缆,operational,2018');
  });
});
