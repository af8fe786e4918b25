/**
 * The hostile links, generated (no randomness: the same list every run). Every key the
 * codec knows × the malformed forms any value can take, then each key's own impossible
 * values, unknown keys and combinations. `says`: what the link notice must contain
 * (a key's name, or the words of its message); empty when the link changes nothing, so only
 * the page checks apply.
 */
import { MARKUP, SCRIPT_URL } from './oracle';
import { URL_KEYS } from '../../src/state/url-codec';

export interface LinkCase {
  id: string;
  /** The hash, without '#', as it would be typed or pasted (not re-encoded). */
  hash: string;
  /** Each must be in a line of the notice (a RegExp for "the line starts with the key"). */
  says: Array<string | RegExp>;
}

const e = encodeURIComponent;

/** A value each key accepts (used for repeats), and what the key needs beside it. */
const VALID: Record<string, string> = {
  map: '5/14/104',
  layers: 'node',
  c: 'VN',
  st: 'operational',
  op: e('China Mobile'),
  asof: '2020',
  home: 'CN',
  sup: 'NEC',
  nk: 'paper-node',
  yr: '2015-2020',
  thru: 'corridor-luzon-strait',
  avoid: 'corridor-luzon-strait',
  sel: 'cable-apg',
  country: 'VN',
  panel: 'list',
  lang: 'en',
  choro: 'asset-count',
  cut: 'cable-apg',
  corr: 'corridor-luzon-strait',
  day: '2022-01-01',
  cmp: 'VN,SG',
  seg: 'cable-apg:s1',
  nn: 'VN',
  seed: '42',
  chg: '2020-01-01,2024-01-01',
  story: 'paper',
  step: '2',
};
const CONTEXT: Record<string, string> = { step: 'story=paper' };

/** The forms any value can take that no key accepts. */
const MALFORMED: Array<[string, (k: string) => string]> = [
  ['bad percent-encoding', () => '%E0%A4%A'],
  ['over-long (15,000 characters)', () => 'a'.repeat(15_000)],
  ['markup', () => e(MARKUP)],
  ['javascript: URL', () => e(SCRIPT_URL)],
  ['direction override', (k) => e(`\u202E${decodeURIComponent(VALID[k] ?? 'x')}\u202Dzz`)],
  ['control character', () => '%00%01x'],
  ['prototype name', () => '__proto__'],
];

const join = (...parts: string[]) => parts.filter(Boolean).join('&');
/** A notice line about this key: the English lines start with it ("sup: …"). */
const about = (k: string) => new RegExp(`^${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`);
/** English notices (the reader's language is English unless the link says otherwise). */
const en = (k: string) => (k === 'lang' ? '' : 'lang=en');

export function linkCases(): LinkCase[] {
  const out: LinkCase[] = [];
  const add = (id: string, hash: string, says: Array<string | RegExp>) => out.push({ id, hash, says });

  for (const k of URL_KEYS) {
    const ctx = CONTEXT[k] ?? '';
    for (const [what, value] of MALFORMED) add(`${k}: ${what}`, join(en(k), ctx, `${k}=${value(k)}`), [about(k)]);
    add(`${k}: empty`, join(en(k), ctx, `${k}=`), []);
    add(`${k}: repeated`, join(en(k), ctx, `${k}=${VALID[k]}`, `${k}=${VALID[k]}`), [`${k}: given 2 times`]);
  }

  // each key's own impossible values
  const own: Array<[string, string, string[]]> = [
    ['map', '99/999/999', ['map']],
    ['map', '5/95/100', ['latitude']],
    ['map', '-1/0/0', ['zoom']],
    ['map', 'NaN/1/2', ['map']],
    ['map', 'Infinity/0/0', ['map']],
    ['map', '1e3/0/0', ['map']],
    ['map', '5/22/108/0/90', ['pitch']],
    ['map', '5/22', ['map']],
    ['layers', 'rivers', ['layers']],
    ['layers', 'node,node,rivers', ['layers']],
    ['c', 'US', ['c']],
    ['c', 'XX,VN', ['c']],
    ['st', 'nope', ['st']],
    ['op', 'Nobody', ['op']],
    ['op', 'a'.repeat(81), ['op']],
    ['op', Array.from({ length: 21 }, (_, i) => `Operator ${i}`).join(','), ['op']],
    ['asof', '1989', ['asof']],
    ['asof', '2036', ['asof']],
    ['asof', '2024.5', ['asof']],
    ['asof', 'NaN', ['asof']],
    ['home', 'XX', ['home']],
    ['home', 'AQ', ['home']],
    ['sup', 'Acme', ['sup']],
    ['sup', 'Acme,NEC', ['sup']],
    ['nk', 'nope', ['nk']],
    ['nk', 'IXP', ['nk']],
    ['yr', '2030-2001', ['yr']],
    ['yr', '1900-', ['yr']],
    ['yr', '-2099', ['yr']],
    ['yr', '-', ['yr']],
    ['yr', '20x0-2020', ['yr']],
    ['thru', 'corridor-nowhere', ['thru']],
    ['avoid', 'corridor-nowhere', ['avoid']],
    ['sel', 'cable-does-not-exist', ['sel']],
    ['sel', 'Cable-APG', ['sel']],
    ['country', 'ZZ', ['country']],
    ['country', 'US', ['country']],
    ['panel', 'nope', ['panel']],
    ['lang', 'fr', ['lang']],
    ['choro', 'pie', ['choro']],
    ['cut', 'cable-nowhere', ['cut']],
    ['cut', 'APG', ['cut']],
    ['cut', Array.from({ length: 51 }, (_, i) => `cable-x${i}`).join(','), ['cut']],
    ['corr', 'corridor-nowhere', ['corr']],
    ['day', '2023-02-30', ['day']],
    ['day', '2023-02-31', ['day']],
    ['day', '2023-04-31', ['day']],
    ['day', '2023-02-29', ['day']],
    ['day', '1900-01-01', ['day']],
    ['day', '2099-01-01', ['day']],
    ['day', '2023-13-01', ['day']],
    ['day', '2023-1-1', ['day']],
    ['cmp', 'VN,ZZ,SG', ['cmp']],
    ['cmp', 'VN,SG,TH', ['cmp']],
    ['seg', 'cable-apg:s99999', ['seg']],
    ['seg', 'cable-nowhere:s1', ['seg']],
    ['nn', 'US', ['nn']],
    ['seed', '-1', ['seed']],
    ['seed', '4294967296', ['seed']],
    ['seed', '1.5', ['seed']],
    ['chg', '2020-01-01', ['chg']],
    ['chg', '2024-01-01,2020-01-01', ['chg']],
    ['chg', '2023-02-30,2024-01-01', ['chg']],
    ['story', 'nope', ['story']],
  ];
  for (const [k, v, says] of own)
    add(
      `${k}=${v.length > 40 ? v.slice(0, 40) + '…' : v}`,
      join(en(k), `${k}=${v}`),
      says.map((s) => (s === k ? about(k) : s)),
    );

  // keys that do not exist, and their look-alikes
  for (const k of ['foo', '__proto__', 'constructor', 'SEL', 'sel%20', 'hasOwnProperty', 'toString'])
    add(`unknown key ${k}`, join('lang=en', `${k}=1`), [`unknown parameter "${decodeURIComponent(k)}"`]);
  // a known key behind a direction override: the override is removed and said
  add('a key behind a direction override', 'lang=en&%E2%80%AEsel=cable-apg', ['sel: invisible characters removed']);

  // combinations the issue names
  add('asof and day disagree', 'lang=en&asof=2024&day=2006-12-26', ['asof: 2024 differs from day 2006-12-26']);
  add('a corridor crossed and avoided', 'lang=en&thru=corridor-luzon-strait&avoid=corridor-luzon-strait', ['both crossed and avoided']);
  add('story step past the end', 'lang=en&story=paper&step=999', ['step: 999']);
  add('step without a story', 'lang=en&step=2', ['step: no story']);
  add('story step 0', 'lang=en&story=paper&step=0', [about('step')]);
  add('a key 20 times', `lang=en&${Array(20).fill('sel=cable-apg').join('&')}`, ['sel: given 20 times']);
  add('30 unknown keys', `lang=en&${Array.from({ length: 30 }, (_, i) => `k${i}=1`).join('&')}`, [/^…and \d+ more/]);
  add('a link longer than the reader reads', `lang=en&sel=${'a'.repeat(60_000)}`, ['link longer than']);
  add('only separators', 'lang=en&&&&=&=&', []);
  add('operator disguised with invisible characters', `lang=en&op=${e('China\u200b Mobile\u200f')}`, ['op: invisible characters removed']);
  add(
    'every key hostile at once',
    join(
      'lang=en',
      URL_KEYS.filter((k) => k !== 'lang')
        .map((k) => `${k}=${e(MARKUP)}`)
        .join('&'),
    ),
    [about('map'), /^…and \d+ more/],
  );
  return out;
}
