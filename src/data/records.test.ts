import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorridors, loadCountries, loadFaults, loadOperators, loadPaper, loadTimeline } from './load';
import { MAX_NAME, MAX_TEXT, MAX_TITLE } from './schema';
import { checkFaultCables, formatProblem } from './validate';

/** The shipped file, broken one way, served to the loader. */
const real = (file: string) => JSON.parse(readFileSync(`geodata/${file}`, 'utf8'));
const serve = (json: unknown) => () => Promise.resolve(new Response(JSON.stringify(json)));
/** 100,000 characters: far past any cap (a hostile or broken file). */
const LONG = 'x'.repeat(100_000);
/** What the loader says of a field past its cap. */
const tooLong = (cap: number) => `Too big: expected string to have <=${cap} characters`;

describe('faults.json: one bad record is dropped and named, the rest loads (issue 23)', () => {
  const base = real('faults.json');
  const n = base.faults.length;
  it.each([
    ['a numeric start', { start: 2006 }, 'start'],
    ['a javascript: source', { sources: [{ title: 'x', url: 'javascript:alert(1)' }] }, 'sources'],
    ['an impossible date', { start: '2023-02-30' }, 'start: 2023-02-30 is not a real date'],
    ['a repair before its start', { start: '2020-05-01', repaired: '2020-04-30' }, 'repaired: 2020-04-30 is before'],
    ['a 100,000-character cause', { cause: { zh: '原因', en: LONG } }, `cause.en: ${tooLong(MAX_TITLE)}`],
    ['a 100,000-character description', { description: { zh: LONG, en: 'text' } }, `description.zh: ${tooLong(MAX_TEXT)}`],
    ['a 100,000-character reported name', { reported: [LONG] }, `reported.0: ${tooLong(MAX_NAME)}`],
    ['a 100,000-character other cable', { otherCables: [LONG] }, `otherCables.0: ${tooLong(MAX_NAME)}`],
    [
      'a 100,000-character place name',
      { location: { type: 'Point', coordinates: [100, 10], label: { zh: '某地', en: LONG } } },
      `location.label.en: ${tooLong(MAX_TITLE)}`,
    ],
    ['a 100,000-character source title', { sources: [{ title: LONG, section: '§3.1' }] }, `sources.0.title: ${tooLong(MAX_TEXT)}`],
  ])('%s', async (_, change, says) => {
    const json = structuredClone(base);
    const id = json.faults[1].id;
    Object.assign(json.faults[1], change);
    const r = await loadFaults('/', serve(json));
    expect(r.faults).toHaveLength(n - 1);
    expect(r.faults.map((f) => f.id)).not.toContain(id);
    expect(r.skipped.map(formatProblem).join('\n')).toContain(`faults.json [${id}] ${says}`);
  });
  it('a repeated fault id keeps the first and names the second', async () => {
    const json = structuredClone(base);
    json.faults.push(structuredClone(json.faults[0]));
    const r = await loadFaults('/', serve(json));
    expect(r.faults).toHaveLength(n);
    expect(r.skipped.map(formatProblem)).toEqual([
      `faults.json [${base.faults[0].id}] id: repeats an earlier fault’s id; the first is kept`,
    ]);
  });
  it('a fault naming a cable the cable file does not have: named, and the cable is no longer linked', async () => {
    const r = await loadFaults('/', serve(base));
    const f = r.faults[0]!;
    const cables = new Set(f.cables.slice(1));
    const { faults, problems } = checkFaultCables(r.faults, cables);
    expect(problems.map(formatProblem)).toContain(`faults.json [${f.id}] cables: names cable "${f.cables[0]}", which does not exist`);
    expect(faults[0]!.cables).not.toContain(f.cables[0]);
    expect(faults[0]!.otherCables).toContain(f.cables[0]);
  });
});

describe('corridors.json: a bad corridor is dropped and named', () => {
  const base = real('corridors.json');
  const n = base.corridors.length;
  it.each([
    [
      'a two-point polygon',
      {
        polygon: [
          [100, 1],
          [100, 1],
        ],
      },
      'polygon: a ring needs at least four points',
    ],
    ['an empty polygon', { polygon: [] }, 'polygon: a ring needs at least four points'],
    [
      'a polygon covering the world',
      {
        polygon: [
          [-180, -80],
          [180, -80],
          [180, 80],
          [-180, 80],
          [-180, -80],
        ],
      },
      'polygon: spans 360°',
    ],
    ['a 100,000-character name', { name: { zh: '海峡', en: LONG } }, `name.en: ${tooLong(MAX_NAME)}`],
    ['a 100,000-character rationale', { rationale: { zh: LONG, en: 'why' } }, `rationale.zh: ${tooLong(MAX_TEXT)}`],
  ])('%s', async (_, change, says) => {
    const json = structuredClone(base);
    const id = json.corridors[0].id;
    Object.assign(json.corridors[0], change);
    const r = await loadCorridors('/', serve(json));
    expect(r.corridors.map((c) => c.id)).toEqual(base.corridors.slice(1).map((c: any) => c.id));
    expect(r.skipped.map(formatProblem).join('\n')).toContain(`corridors.json [${id}] ${says}`);
  });
  it('a duplicate corridor keeps the first', async () => {
    const json = structuredClone(base);
    json.corridors.push(structuredClone(json.corridors[0]));
    const r = await loadCorridors('/', serve(json));
    expect(r.corridors).toHaveLength(n);
    expect(r.skipped).toHaveLength(1);
  });
  it('a file with no corridors list fails whole, with a message', async () => {
    await expect(loadCorridors('/', serve({ corridor: [] }))).rejects.toMatchObject({ message: expect.stringContaining('corridors.json') });
  });
});

describe('countries.json: caps and messages like the other files', () => {
  it('a 100,000-character name: that country is dropped and named, the rest loads', async () => {
    const json = real('countries.json');
    json.countries[3].name.en = 'x'.repeat(100_000);
    const r = await loadCountries('/', serve(json));
    expect(r.countries).toHaveLength(11);
    expect(r.skipped.map(formatProblem).join()).toMatch(new RegExp(`countries.json \\[${json.countries[3].code}\\] name.en`));
  });
  it.each([
    ['gap note', (c: any) => (c.gaps.coverage = { kind: 'note', zh: '说明', en: LONG, section: '§2.1' }), `gaps.coverage.en`, MAX_TEXT],
    ['paper note', (c: any) => (c.paperNote = { zh: LONG, en: 'note' }), 'paperNote.zh', MAX_TEXT],
    ['indicator source title', (c: any) => (c.indicators[0].source.title = LONG), 'indicators.0.source.title', MAX_TEXT],
  ])('a 100,000-character %s: that country is dropped and named', async (_, change, field, cap) => {
    const json = real('countries.json');
    const code = json.countries[5].code;
    change(json.countries[5]);
    const r = await loadCountries('/', serve(json));
    expect(r.countries.map((c) => c.code)).not.toContain(code);
    expect(r.countries).toHaveLength(11);
    expect(r.skipped.map(formatProblem)).toContain(`countries.json [${code}] ${field}: ${tooLong(cap)}`);
  });
  it('a truncated file fails with where it stops', async () => {
    const text = readFileSync('geodata/countries.json', 'utf8');
    const cut = () => Promise.resolve(new Response(text.slice(0, 5000)));
    await expect(loadCountries('/', cut)).rejects.toMatchObject({
      kind: 'json',
      message: expect.stringMatching(/countries\.json is not valid JSON \(line \d+/),
    });
  });
});

describe('timeline.json: one bad event is dropped and named, the rest loads', () => {
  const base = real('timeline.json');
  const n = base.events.length;
  it.each([
    ['an impossible date', { date: '2023-02-30' }, 'date: 2023-02-30 is not a real date'],
    ['a month 13', { date: '2015-13' }, 'date: must be YYYY, YYYY-MM or YYYY-MM-DD'],
    ['a 100,000-character title', { title: { zh: '标题', en: 'x'.repeat(100_000) } }, 'title.en'],
    ['a 100,000-character description', { description: { zh: '说明', en: LONG } }, `description.en: ${tooLong(MAX_TEXT)}`],
  ])('%s', async (_, change, says) => {
    const json = structuredClone(base);
    const id = json.events[1].id;
    Object.assign(json.events[1], change);
    const r = await loadTimeline('/', serve(json));
    expect(r.events.map((e) => e.id)).toEqual(base.events.filter((e: any) => e.id !== id).map((e: any) => e.id));
    expect(r.skipped.map(formatProblem).join('\n')).toContain(`timeline.json [${id}] ${says}`);
  });
  it('a repeated id keeps the first and names the second', async () => {
    const json = structuredClone(base);
    json.events.push({ ...structuredClone(json.events[0]), title: { zh: '另一个', en: 'another' } });
    const r = await loadTimeline('/', serve(json));
    expect(r.events).toHaveLength(n);
    expect(r.events[0]!.title).toEqual(base.events[0].title);
    expect(r.skipped.map(formatProblem)).toEqual([
      `timeline.json [${base.events[0].id}] id: repeats an earlier event’s id; the first is kept`,
    ]);
  });
});

describe('operators.json: one bad firm is dropped and named, the rest loads', () => {
  const base = real('operators.json');
  const n = base.operators.length;
  it.each([
    ['a 100,000-character name', { name: { zh: '某公司', en: 'x'.repeat(100_000) } }, 'name.en'],
    ['a 100,000-character source name', { names: ['y'.repeat(100_000)] }, 'names.0'],
  ])('%s', async (_, change, says) => {
    const json = structuredClone(base);
    const id = json.operators[2].id;
    Object.assign(json.operators[2], change);
    const r = await loadOperators('/', serve(json));
    expect(r.operators.map((o) => o.id)).toEqual(base.operators.filter((o: any) => o.id !== id).map((o: any) => o.id));
    expect(r.skipped.map(formatProblem).join('\n')).toContain(`operators.json [${id}] ${says}`);
  });
  it('a repeated id keeps the first and names the second', async () => {
    const json = structuredClone(base);
    json.operators.push({ ...structuredClone(json.operators[0]), name: { zh: '另一个', en: 'Another' } });
    const r = await loadOperators('/', serve(json));
    expect(r.operators).toHaveLength(n);
    expect(r.operators[0]!.name).toEqual(base.operators[0].name);
    expect(r.skipped.map(formatProblem)).toEqual([
      `operators.json [${base.operators[0].id}] id: repeats an earlier operator’s id; the first is kept`,
    ]);
  });
});

describe('paper.json: one bad headline figure or theme is dropped and named, the rest loads', () => {
  const base = real('paper.json');
  it.each([
    ['an impossible year', { year: 2099 }, 'year'],
    ['a 100,000-character label', { label: { zh: '标签', en: 'x'.repeat(100_000) } }, 'label.en'],
  ])('%s', async (_, change, says) => {
    const json = structuredClone(base);
    const id = json.headline[1].id;
    Object.assign(json.headline[1], change);
    const r = await loadPaper('/', serve(json));
    expect(r.headline.map((h) => h.id)).toEqual(base.headline.filter((h: any) => h.id !== id).map((h: any) => h.id));
    expect(r.themes).toHaveLength(base.themes.length);
    expect(r.skipped.map(formatProblem).join('\n')).toContain(`paper.json [${id}] ${says}`);
  });
  it('a repeated headline id keeps the first and names the second', async () => {
    const json = structuredClone(base);
    json.headline.push({ ...structuredClone(json.headline[0]), label: { zh: '另一个', en: 'another' } });
    const r = await loadPaper('/', serve(json));
    expect(r.headline).toHaveLength(base.headline.length);
    expect(r.skipped.map(formatProblem)).toEqual([
      `paper.json [${base.headline[0].id}] id: repeats an earlier headline figure’s id; the first is kept`,
    ]);
  });
  it.each([
    ['title', 'title.en', MAX_TITLE],
    ['summary', 'summary.en', MAX_TEXT],
  ] as const)(
    'a theme with a 100,000-character %s is dropped and named by its place; every headline figure still loads',
    async (key, field, cap) => {
      const json = structuredClone(base);
      json.themes[0][key].en = LONG;
      const r = await loadPaper('/', serve(json));
      expect(r.themes).toHaveLength(base.themes.length - 1);
      expect(r.headline).toHaveLength(base.headline.length);
      expect(r.skipped.map(formatProblem)).toEqual([`paper.json [themes[0]] ${field}: ${tooLong(cap)}`]);
    },
  );
  it('a bad title fails the file with a message', async () => {
    await expect(loadPaper('/', serve({ ...base, title: { zh: '', en: 'x' } }))).rejects.toMatchObject({
      message: expect.stringContaining('paper.json title.zh'),
    });
  });
});
