import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexAssets } from '../data';
import { ASSET_FILES } from '../data/files';
import { ASSET_TYPES, type AssetFeature } from '../data/schema';
import { changesBetween } from './changes';

const read = (name: string) => JSON.parse(readFileSync(`geodata/${name}`, 'utf8'));
const index = indexAssets(ASSET_TYPES.map((type) => ({ type, features: read(ASSET_FILES[type]).features as AssetFeature[], skipped: [] })));
const TODAY = '2026-12-07';
// a cable's service date as the data gives it: its first ready-for-service event, else the
// year of a record in service (the year its status refers to)
const rfsIn = (from: string, to: string) =>
  index.all
    .filter((f) => f.properties.type === 'submarine-cable')
    .filter((f) => {
      const rfs = (f.properties.events ?? []).filter((e) => e.kind === 'rfs').map((e) => e.date);
      const year = f.properties.status === 'operational' && f.properties.year !== null ? [String(f.properties.year)] : [];
      const first = (rfs.length ? rfs : year).sort()[0];
      return first !== undefined && first.slice(0, 4) >= from.slice(0, 4) && first.slice(0, 4) <= to.slice(0, 4);
    })
    .map((f) => f.properties.id);

describe('what changed between two dates', () => {
  it('lists the cables whose first ready-for-service date falls between the dates (whole years)', () => {
    const c = changesBetween(index, { from: '2015-12-31', to: '2020-12-31' }, TODAY)!;
    const cables = c.added.filter((p) => p.type === 'submarine-cable').map((p) => p.id);
    expect(new Set(cables)).toEqual(new Set(rfsIn('2016', '2020')));
    expect(cables).toContain('cable-apg');
    expect(c.ids.added).toEqual(c.added.map((p) => p.id));
  });
  it('never dates a service no source dates: Padang–Mentawai (laid from 2019, no service date) entered the record, not service', () => {
    const c = changesBetween(index, { from: '2015-12-31', to: '2020-12-31' }, TODAY)!;
    expect(c.ids.added).not.toContain('cable-telkom-padang-mentawai');
    expect(c.ids.begun).toContain('cable-telkom-padang-mentawai');
    expect(c.ids.added).toContain('cable-telkom-batulicin-kotabaru'); // built in 2018: its year is its service year
  });
  it('lists retirements (SEA-ME-WE 3 in 2024) and never a landing point', () => {
    const c = changesBetween(index, { from: '2023-01-01', to: TODAY }, TODAY)!;
    expect(c.retired.map((p) => p.id)).toContain('cable-sea-me-we-3');
    expect([...c.added, ...c.retired, ...c.begun].some((p) => p.type === 'landing-point')).toBe(false);
  });
  it('puts nothing in two lists, is memoised, and is null without dates', () => {
    const span = { from: '2010-01-01', to: '2025-01-01' };
    const c = changesBetween(index, span, TODAY)!;
    const all = [...c.ids.added, ...c.ids.retired, ...c.ids.begun];
    expect(new Set(all).size).toBe(all.length);
    expect(changesBetween(index, span, TODAY)).toBe(c);
    expect(changesBetween(index, null, TODAY)).toBeNull();
  });
});
