/**
 * The shipped dataset: it must validate, and every item of the paper's §1.2 (and the
 * §1.1 policy timeline) must be in it, found by the paper's own Chinese wording.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSET_FILES } from './files';
import { AssetRecordProps, CountriesFile, TimelineFile } from './schema';
import { formatProblem, validateDataset } from './validate';

const dir = 'geodata';
const files: Record<string, any> = Object.fromEntries(
  readdirSync(dir)
    .filter((n) => /\.(geo)?json$/.test(n))
    .map((n) => [n, JSON.parse(readFileSync(`${dir}/${n}`, 'utf8'))]),
);
const assets: AssetRecordProps[] = Object.values(ASSET_FILES).flatMap((f) =>
  (files[f]?.features ?? []).map((x: any) => AssetRecordProps.parse(x.properties)),
);
const timeline = TimelineFile.parse(files['timeline.json']).events;
const countries = CountriesFile.parse(files['countries.json']).countries;
const asset = (pred: (p: AssetRecordProps) => boolean) => assets.find(pred);
const named = (zh: string) => (p: AssetRecordProps) => p.name.zh.includes(zh);
const event = (zh: string) => timeline.find((e) => e.title.zh.includes(zh) || e.description.zh.includes(zh));

describe('geodata/', () => {
  it('passes the validator, staleness judged against today (a planned date that has passed fails CI)', () => {
    expect(validateDataset(files, { today: new Date().toISOString().slice(0, 10) }).map(formatProblem)).toEqual([]);
  });

  it('holds the fault log and the corridors (validated only when present)', () => {
    expect(files['faults.json']?.faults.length).toBeGreaterThan(0);
    expect(files['corridors.json']?.corridors.length).toBeGreaterThan(0);
    expect(files['known-systems.json']?.systems.length).toBeGreaterThan(0);
  });

  it('has every §1.2(2) Information Harbour item, with the paper’s counts and no invented names', () => {
    const harbour = asset((p) => p.name.zh === '中国—东盟信息港');
    expect(harbour?.docRef).toBe('§1.2(2)');
    const stats = Object.fromEntries((harbour?.stats ?? []).map((s) => [s.label.en.toLowerCase(), s]));
    const value = (word: string) => Object.entries(stats).find(([k]) => k.includes(word))?.[1];
    expect(value('submarine')?.value).toBe(3);
    expect(value('land')?.value).toBe(12);
    expect(value('node')?.value).toBe(4);
    for (const s of harbour?.stats ?? []) expect(s.source.section).toBe('§1.2(2)');
    expect(asset(named('南宁国家级互联网骨干直联点'))?.type).toBe('node');
    expect(asset(named('工业互联网标识解析节点'))?.type).toBe('node');
    const lmcc = assets.filter(named('澜湄云计算创新中心'));
    expect(lmcc.flatMap((p) => p.countries).sort()).toEqual(['KH', 'LA', 'MM']);
    expect(event('2015')?.date ?? timeline.find((e) => e.date === '2015-09')?.date).toBe('2015-09');
  });

  it('has every §1.2(1) 5G item', () => {
    const depa = asset((p) => p.type === '5g' && p.name.zh.includes('泰国数字经济促进局'));
    expect(depa).toMatchObject({ year: 2020, measures: { investment: { amount: 475_000_000, currency: 'THB' } }, docRef: '§1.2(1)' });
    const my = asset((p) => p.type === '5g' && p.countries.includes('MY') && /华为/.test(p.name.zh) && /中兴/.test(p.name.zh));
    expect(my?.docRef).toBe('§1.2(1)');
    expect(event('中国移动')?.section).toBe('§1.2(1)');
    const forum = event('5G网络建设与应用论坛');
    expect(forum?.date).toBe('2020');
  });

  it('has every §1.2(3) smart-city item', () => {
    expect(event('新型智慧城市协同创新中心')?.date).toBe('2018');
    expect(event('深圳—新加坡智慧城市合作倡议')?.date).toBe('2019');
    expect(event('中新（重庆）国际互联网数据专用通道')?.date).toBe('2019-07');
    expect(asset(named('中新（重庆）'))?.docRef).toBe('§1.2(3)');
  });

  it('has the §1.1 policy timeline', () => {
    const dates = timeline
      .filter((e) => e.section === '§1.1')
      .map((e) => e.date)
      .sort();
    expect(dates).toEqual(['2017-11', '2019', '2020', '2023', '2024']);
    expect(timeline.find((e) => e.date === '2022-01-01')?.title.en).toMatch(/RCEP/);
  });

  it('has the ten ASEAN states and China, with the paper’s §3.1 and §3.2 notes where it names them', () => {
    const c = Object.fromEntries(countries.map((x) => [x.code, x]));
    expect(c.KH?.gaps.coverage).toMatchObject({ kind: 'note', section: '§3.1' });
    expect(c.LA?.gaps.coverage).toMatchObject({ kind: 'note', section: '§3.1' });
    expect(c.SG?.gaps.dataCentres).toMatchObject({ kind: 'note' });
    expect(c.MY?.gaps.technology).toMatchObject({ kind: 'note' });
    for (const code of ['VN', 'MM', 'KH']) expect(c[code]?.gaps.digitalDivide).toMatchObject({ kind: 'note', section: '§3.2' });
    // the paper names no country for "still on 3G/2G": nobody gets that note
    expect(c.BN?.gaps).toEqual({
      coverage: { kind: 'silent' },
      technology: { kind: 'silent' },
      dataCentres: { kind: 'silent' },
      digitalDivide: { kind: 'silent' },
    });
  });

  it('holds only cables that land in mainland China, Hong Kong, Macau or an ASEAN state, each at two or more sourced stations', () => {
    const cables = assets.filter((p) => p.type === 'submarine-cable');
    expect(cables.length).toBeGreaterThanOrEqual(70);
    const lp = new Map(assets.filter((p) => p.type === 'landing-point').map((p) => [p.id, p]));
    const REGION = ['CN', 'HK', 'MO', 'BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'];
    for (const c of cables) {
      expect(c.landingPoints!.length, c.id).toBeGreaterThanOrEqual(2);
      const where = c.landingPoints!.flatMap((id) => lp.get(id)?.countries ?? []);
      expect(
        where.some((x) => REGION.includes(x)),
        c.id,
      ).toBe(true);
      for (const id of c.landingPoints!) expect(lp.get(id)!.sources.length, id).toBeGreaterThan(0);
    }
    // the China–ASEAN systems the issue names are there
    for (const id of [
      'cable-apg',
      'cable-sjc',
      'cable-sjc2',
      'cable-adc',
      'cable-aae-1',
      'cable-aag',
      'cable-sea-me-we-3',
      'cable-sea-me-we-5',
    ])
      expect(
        cables.some((c) => c.id === id),
        id,
      ).toBe(true);
  });

  it('places SJC in Brunei at Telisai, not Tungku', () => {
    const sjc = assets.find((p) => p.id === 'cable-sjc')!;
    expect(sjc.landingPoints).toContain('lp-telisai');
    expect(sjc.landingPoints).not.toContain('lp-tungku');
  });

  it('every event is dated and a retired cable carries its retirement date', () => {
    for (const p of assets) {
      for (const e of p.events ?? []) expect(e.date, p.id).toMatch(/^\d{4}/);
      if (p.type === 'submarine-cable' && p.status === 'retired')
        expect(
          p.events?.some((e) => e.kind === 'retired'),
          p.id,
        ).toBe(true);
    }
  });

  it('cites a paper section or a public URL for every asset', () => {
    for (const p of assets) for (const s of p.sources) expect(s.section ?? s.url, p.id).toBeTruthy();
  });
});
