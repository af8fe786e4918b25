import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atomDate, buildFeed } from './feed';

const read = (n: string) => JSON.parse(readFileSync(`geodata/${n}`, 'utf8'));

describe('the Atom feed', () => {
  it('has an entry per entry into service, retirement and fault, newest first, escaped', () => {
    const xml = buildFeed({
      assets: [
        {
          id: 'cable-a',
          type: 'submarine-cable',
          name: { en: 'A & B <cable>', zh: '甲' },
          events: [
            { kind: 'rfs', date: '2016-11' },
            { kind: 'contract', date: '2014' },
          ],
        },
        { id: 'cable-b', type: 'submarine-cable', name: { en: 'B', zh: '乙' }, events: [{ kind: 'retired', date: '2024' }] },
      ],
      faults: [{ id: 'fault-2023-01-x', start: '2023-01-28', cables: ['cable-a'], description: { en: 'broke', zh: '断' } }],
      site: 'https://example.org/atlas/',
    });
    expect(xml).toContain('xml:base="https://example.org/atlas/"');
    expect((xml.match(/<entry>/g) ?? []).length).toBe(3);
    expect(xml).toContain('A &amp; B &lt;cable&gt; entered service (2016-11)');
    expect(xml.indexOf('cable-b/retired')).toBeLessThan(xml.indexOf('fault-2023-01-x'));
    expect(xml).toContain('<updated>2024-01-01T00:00:00Z</updated>');
    expect(xml).toContain('href="./#panel=resilience&amp;day=2023-01-28&amp;cut=cable-a"');
  });
  it('turns partial dates into Atom dates', () => {
    expect(atomDate('2016')).toBe('2016-01-01T00:00:00Z');
    expect(atomDate('2016-11-03')).toBe('2016-11-03T00:00:00Z');
  });
  it('covers the real data: every fault and every rfs/retired event', () => {
    const assets = ['submarine-cables', 'land-fibre', 'nodes', 'cloud-centres', '5g'].flatMap((n) =>
      read(`${n}.geojson`).features.map((f: any) => f.properties),
    );
    const faults = read('faults.json').faults;
    const xml = buildFeed({ assets, faults, site: '' });
    const events = assets.flatMap((a: any) => (a.events ?? []).filter((e: any) => e.kind === 'rfs' || e.kind === 'retired'));
    expect((xml.match(/<entry>/g) ?? []).length).toBe(events.length + faults.length);
    expect(xml).not.toContain('xml:base');
  });
});
