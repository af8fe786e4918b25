import { describe, expect, it } from 'vitest';
import { parse } from '../state/url-codec';
import { fromUrlState } from '../state/url-state';
import { noticeZh } from './notice-zh';

describe('link notices in Chinese', () => {
  it('renders every message the codec writes for a table of bad links', () => {
    const links = [
      'foo=1',
      'sel=a&sel=b',
      'c=KH,XX',
      'c=JP',
      'st=nope',
      'asof=1e9',
      'lang=fr',
      'choro=pie',
      'panel=x',
      'layers=rivers',
      'layers=',
      'map=5/22',
      'map=99/1/1',
      'map=5/89/1',
      'map=5/1/1/0/90',
      'sel=%E0%A4%A',
      'op=' + 'x'.repeat(5000),
      'sel=<img>',
    ];
    for (const l of links) {
      const { ignored } = parse(l);
      expect(ignored.length, l).toBeGreaterThan(0);
      for (const m of ignored) {
        const zh = noticeZh(m);
        expect(zh, `${l}: ${m}`).not.toBe(m); // recognised
        expect(zh).toMatch(/[\u4e00-\u9fff]/); // and in Chinese
      }
    }
  });
  it('keeps the quoted value and the parameter name as written in the link', () => {
    expect(noticeZh('c: "XX" is not China or an ASEAN state')).toBe('c：“XX”不是中国或东盟国家');
    expect(noticeZh('map: zoom 99 is not in 0..22')).toBe('map：缩放级别 99 不在 0–22 之间');
  });
  it('covers what the app adds when reading a link', () => {
    const { ignored } = fromUrlState({ ...parse('').state, country: 'KH', selected: 'cable-apg' }, 'en');
    expect(ignored.map(noticeZh).join()).toContain('显示该设施');
  });
  it('shows an unknown message as it is', () => {
    expect(noticeZh('something else')).toBe('something else');
  });
});
