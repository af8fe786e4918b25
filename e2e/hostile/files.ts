/**
 * Corrupted data files, generated from the real ones in geodata/ (no randomness). Each file
 * the app loads × truncated, the wrong JSON type, one bad record, hostile strings (a
 * `javascript:` source, markup, a 100,000-character name or fault cause), a duplicate id, an impossible
 * date; and the faults' and corridors' own cases (a fault naming a missing cable, a repair
 * before its start, empty, two-point and world-covering corridor polygons).
 */
import { readFileSync } from 'node:fs';
import {
  ASSET_FILES,
  CORRIDORS_FILE,
  COUNTRIES_FILE,
  FAULTS_FILE,
  KNOWN_FILE,
  OPERATORS_FILE,
  PAPER_FILE,
  TIMELINE_FILE,
} from '../../src/data/files';
import { MARKUP, SCRIPT_URL } from './oracle';

/** What the case expects to see: a visible message naming the file (`message`), either
 * such a message or `text` visible (`message-or-text`: a 100,000-character name is dropped
 * and named, or shown capped with its mark), or nothing more than the page checks (`as-text`:
 * markup in a name is a name like any other, as long as nothing renders it). */
export type FileExpect = 'message' | 'message-or-text' | 'as-text';

export interface FileCase {
  id: string;
  file: string;
  body: string;
  /** The view where the file's feature lives (its message shows there). */
  open: string;
  /** Opens the part of the page where the message shows (the filters for operators.json). */
  reveal?: 'filters';
  expect: FileExpect;
  /** For message-or-text: the text that must show, unrendered, when no message does. */
  text?: string;
}

interface FileShape {
  file: string;
  /** The array of records, and a record's id field. */
  list: string;
  idKey?: string;
  geo?: boolean;
  open: (id: string) => string;
  /** Where the record's name shows, when not in `open`. */
  openRecord?: (id: string) => string;
  reveal?: 'filters';
  /** Makes one record invalid for the schema (a field of the wrong type). */
  breakOne: (r: any) => void;
  /** Sets the record's displayed name (`nameField`: which field that is, when not its name). */
  name?: (r: any, v: string) => void;
  nameField?: string;
  /** Makes the record's date impossible. */
  badDate?: (r: any) => void;
}

const props = (r: any) => r.properties;
const asset = (file: string): FileShape => ({
  file,
  list: 'features',
  idKey: 'id',
  geo: true,
  open: () => 'lang=en',
  // a name shows in the record's own panel
  openRecord: (id) => `lang=en&sel=${id}`,
  breakOne: (r) => (props(r).name = 42),
  name: (r, v) => (props(r).name.en = v),
  badDate: (r) => (props(r).year = 2099),
});

const SHAPES: FileShape[] = [
  ...Object.values(ASSET_FILES).map(asset),
  {
    file: COUNTRIES_FILE,
    list: 'countries',
    idKey: 'code',
    open: () => 'lang=en&panel=resilience',
    breakOne: (r) => (r.name = 42),
    name: (r, v) => (r.name.en = v),
  },
  {
    file: TIMELINE_FILE,
    list: 'events',
    idKey: 'id',
    open: () => 'lang=en',
    breakOne: (r) => (r.date = 20150901),
    name: (r, v) => (r.title.en = v),
    badDate: (r) => (r.date = '2015-13'),
  },
  {
    file: PAPER_FILE,
    list: 'headline',
    idKey: 'id',
    open: () => 'lang=en',
    breakOne: (r) => (r.year = 'soon'),
    name: (r, v) => (r.label.en = v),
    badDate: (r) => (r.year = 2099),
  },
  {
    file: OPERATORS_FILE,
    list: 'operators',
    idKey: 'id',
    open: () => 'lang=en',
    reveal: 'filters',
    breakOne: (r) => (r.name = 42),
    name: (r, v) => (r.name.en = v),
  },
  {
    file: FAULTS_FILE,
    list: 'faults',
    idKey: 'id',
    open: () => 'lang=en&panel=resilience',
    breakOne: (r) => (r.start = 2006),
    name: (r, v) => (r.cause.en = v),
    nameField: 'cause',
    badDate: (r) => (r.start = '2023-02-30'),
  },
  {
    file: KNOWN_FILE,
    list: 'systems',
    idKey: 'id',
    // the systems known but not drawn show in a country's panel (Thailand's lists the first)
    open: () => 'lang=en&country=TH',
    breakOne: (r) => (r.countries = 'Thailand'),
    name: (r, v) => (r.name.en = v),
    badDate: (r) => (r.events = [{ kind: 'announced', date: '2023-02-30' }]),
  },
  {
    file: CORRIDORS_FILE,
    list: 'corridors',
    idKey: 'id',
    open: () => 'lang=en&panel=resilience',
    breakOne: (r) => (r.polygon = 'Luzon'),
    name: (r, v) => (r.name.en = v),
  },
];

const clone = <T>(x: T): T => structuredClone(x);

export function fileCases(): FileCase[] {
  const out: FileCase[] = [];
  for (const s of SHAPES) {
    const text = readFileSync(`geodata/${s.file}`, 'utf8');
    const json = JSON.parse(text);
    const records: any[] = json[s.list];
    const idOf = (r: any) => (s.geo ? props(r).id : r[s.idKey ?? 'id']);
    const first = records[0];
    const open = s.open(idOf(first));
    const add = (what: string, body: string, expect: FileExpect = 'message', shown?: string) =>
      out.push({
        id: `${s.file}: ${what}`,
        file: s.file,
        body,
        open: expect !== 'message' && s.openRecord ? s.openRecord(idOf(first)) : open,
        reveal: s.reveal,
        expect,
        text: shown,
      });
    const withRecords = (f: (rs: any[]) => void) => {
      const j = clone(json);
      f(j[s.list]);
      return JSON.stringify(j);
    };

    add('truncated', text.slice(0, Math.floor(text.length / 2)));
    add('an array instead of an object', '[]');
    add(`"${s.list}" is a string`, JSON.stringify({ ...json, [s.list]: 'none' }));
    add(
      'one bad record',
      withRecords((rs) => s.breakOne(rs[0])),
    );
    add(
      'a duplicate id',
      withRecords((rs) => rs.push(clone(rs[0]))),
    );
    if (s.name) {
      add(
        'markup in a name',
        withRecords((rs) => s.name!(rs[0], MARKUP)),
        'as-text',
      );
      // the small files cap their text (src/data/schema.ts): the record is dropped and named;
      // an asset's name may instead show capped in its panel
      add(
        `a 100,000-character ${s.nameField ?? 'name'}`,
        withRecords((rs) => s.name!(rs[0], 'N'.repeat(100_000))),
        s.geo ? 'message-or-text' : 'message',
        'more characters not shown',
      );
    }
    if (s.badDate)
      add(
        'an impossible date',
        withRecords((rs) => s.badDate!(rs[0])),
      );
    const sourced = records.findIndex((r) => Array.isArray((s.geo ? props(r) : r).sources));
    if (sourced >= 0)
      add(
        'a javascript: source',
        withRecords((rs) => ((s.geo ? props(rs[sourced]) : rs[sourced]).sources[0].url = SCRIPT_URL)),
      );
    if (s.geo) {
      add(
        'coordinates out of range',
        withRecords((rs) => {
          const g = rs[0].geometry;
          // the first position, however deep the geometry nests it
          let ring = g.coordinates;
          if (g.type === 'Point') g.coordinates = [500, 5];
          else {
            while (Array.isArray(ring[0][0])) ring = ring[0];
            ring[0] = [500, 5];
          }
        }),
      );
      add(
        'no geometry',
        withRecords((rs) => (rs[0].geometry = null)),
      );
    }
  }

  // the faults' and corridors' own checks
  const faults = JSON.parse(readFileSync(`geodata/${FAULTS_FILE}`, 'utf8'));
  const fault = (what: string, f: (r: any) => void) => {
    const j = clone(faults);
    f(j.faults[0]);
    out.push({
      id: `${FAULTS_FILE}: ${what}`,
      file: FAULTS_FILE,
      body: JSON.stringify(j),
      open: 'lang=en&panel=resilience',
      expect: 'message',
    });
  };
  fault('a fault naming a missing cable', (r) => (r.cables = ['cable-nowhere', ...r.cables]));
  fault('a repair before its start', (r) => (r.repaired = '2001-01-01'));
  fault('a numeric start', (r) => (r.start = 2006));

  const corridors = JSON.parse(readFileSync(`geodata/${CORRIDORS_FILE}`, 'utf8'));
  const corridor = (what: string, polygon: number[][]) => {
    const j = clone(corridors);
    j.corridors[0].polygon = polygon;
    out.push({
      id: `${CORRIDORS_FILE}: ${what}`,
      file: CORRIDORS_FILE,
      body: JSON.stringify(j),
      open: 'lang=en&panel=resilience',
      expect: 'message',
    });
  };
  corridor('an empty polygon', []);
  corridor('a two-point polygon', [
    [119.8, 22.3],
    [121.2, 22],
  ]);
  corridor('a polygon covering the world', [
    [-180, -85],
    [180, -85],
    [180, 85],
    [-180, 85],
    [-180, -85],
  ]);
  corridor('an open ring', [
    [119.8, 22.3],
    [121.2, 22],
    [122.3, 21],
    [122.5, 19.5],
  ]);
  return out;
}
