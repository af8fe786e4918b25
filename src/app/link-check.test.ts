import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSET_FILES } from '../data/files';
import { checkAssetFile } from '../data/validate';
import { ASSET_TYPES } from '../data/schema';
import { renderProblem } from '../i18n/link-problems';
import { NO_FILTERS } from '../state/filters';
import { corridorsNotInData, filterValuesNotInData } from './link-check';

const all = ASSET_TYPES.flatMap(
  (type) => checkAssetFile(ASSET_FILES[type], type, JSON.parse(readFileSync(`geodata/${ASSET_FILES[type]}`, 'utf8'))).features,
);

describe('a link filtering on values the data does not have (issue 23)', () => {
  it('sup=Acme, home=ZZ and an unknown operator are each reported and dropped; known ones stay', () => {
    const f = { ...NO_FILTERS, suppliers: ['Acme', 'NEC'], homes: ['AQ', 'CN'], operators: ['No Such Carrier'] };
    const { problems, kept } = filterValuesNotInData(f, all);
    expect(problems.map((p) => renderProblem(p, 'en'))).toEqual([
      'op: no asset has the operator “No Such Carrier”; filter removed',
      'sup: no cable was built by “Acme”; filter removed',
      'home: no owner is from “AQ”; filter removed',
    ]);
    expect(problems.map((p) => renderProblem(p, 'zh'))[1]).toBe('sup：没有海缆由“Acme”建造，已移除该筛选');
    expect(kept).toEqual({ operators: [], suppliers: ['NEC'], homes: ['CN'], nodeKinds: [] });
  });
  it('a node kind no node has is reported and dropped', () => {
    const { problems, kept } = filterValuesNotInData(
      { ...NO_FILTERS, nodeKinds: ['gateway', 'ixp'] },
      all.filter((a) => a.properties.nodeKind !== 'gateway'),
    );
    expect(problems).toEqual([{ code: 'not-in-data', key: 'nk', value: 'gateway' }]);
    expect(kept.nodeKinds).toEqual(['ixp']);
  });
  it('values the data has give no problem', () => {
    expect(filterValuesNotInData({ ...NO_FILTERS, suppliers: ['NEC'], homes: ['CN'], nodeKinds: ['ixp'] }, all).problems).toEqual([]);
  });
});

describe('a link filtering on a corridor corridors.json does not have', () => {
  const known = new Set(
    (JSON.parse(readFileSync('geodata/corridors.json', 'utf8')) as { corridors: { id: string }[] }).corridors.map((c) => c.id),
  );
  it('thru=corridor-atlantis is reported and dropped; a known corridor stays', () => {
    const f = { ...NO_FILTERS, through: ['corridor-atlantis', 'corridor-luzon-strait'], avoiding: ['corridor-nowhere'] };
    const { problems, kept } = corridorsNotInData(f, known);
    expect(problems.map((p) => renderProblem(p, 'en'))).toEqual([
      'thru: no corridor “corridor-atlantis” in the data; filter removed',
      'avoid: no corridor “corridor-nowhere” in the data; filter removed',
    ]);
    expect(problems.map((p) => renderProblem(p, 'zh'))[0]).toBe('thru：数据中没有通道“corridor-atlantis”，已移除该筛选');
    expect(kept).toEqual({ through: ['corridor-luzon-strait'], avoiding: [] });
  });
  it('known corridors give no problem', () => {
    expect(corridorsNotInData({ through: [], avoiding: ['corridor-south-china-sea'] }, known).problems).toEqual([]);
  });
});
