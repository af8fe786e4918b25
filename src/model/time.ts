/**
 * The one time model: a record's state on a day. The filters, the counts, the overview, the
 * list's status column, the map's expressions and the analysis all ask this module, so that
 * "in service in 2016" means the same thing everywhere.
 *
 * Dates in the data have the precision their sources give (`2016`, `2016-11`, `2016-11-03`);
 * a partial date stands for its first day (a system "in service from 2016" is in service on
 * any day of 2016 once that year is reached: compared on the precision the two dates share,
 * which for "≤ day" is the same as comparing with its first day).
 *
 * The recorded `status` is the record's state *now*: on the reader's today (or later) it is
 * what the map shows, advanced only by dated events that have come (a retirement). On a past
 * day the state is worked out from the dated life: not yet begun before its first dated step,
 * under construction until ready for service, retired from its retirement.
 */
import type { AssetProps, Status } from '../data/schema';

/** A day as a sortable number: 2016-11-03 → 20161103; a partial date → its first day. */
export function dayNum(date: string): number {
  const [y, m, d] = date.split('-');
  return Number(y) * 10000 + (m ? Number(m) : 1) * 100 + (d ? Number(d) : 1);
}

/** The reader's own calendar date (not UTC: a reader in Beijing at 07:00 is already on today). */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The day an "as of" year stands for: its last day. */
export const endOfYear = (year: number): string => `${year}-12-31`;

/** The day the view is about: a replay day when one is set, else the end of the "as of"
 * year, else today. The one rule for map, panels, analysis and exports. */
export function viewDay(day: string | null, asOf: number | null, today: string): string {
  return day ?? (asOf !== null ? endOfYear(asOf) : today);
}

/** Where the day came from, for the words beside a figure. */
export type DayBasis = 'replay' | 'as-of' | 'today';
export const dayBasis = (day: string | null, asOf: number | null): DayBasis => (day ? 'replay' : asOf !== null ? 'as-of' : 'today');

/** When a record's life steps happened, as day numbers (-1: not dated). */
export interface Life {
  /** The first dated step (or its year), the day it entered the record. */
  start: number;
  /** Ready for service (the first one). */
  rfs: number;
  /** Retired (the last one). */
  retired: number;
  /** Cancelled (withdrawn before service; the last one). */
  cancelled: number;
}

/** Event kinds that look ahead (an expected date) do not start a record's life. */
const LOOKING_AHEAD = new Set<string>(['expected-rfs']);

const lifeCache = new WeakMap<AssetProps, Life>();
/** A record's dated life (computed once per immutable record). */
export function lifeOf(p: AssetProps): Life {
  let r = lifeCache.get(p);
  if (!r) lifeCache.set(p, (r = computeLife(p)));
  return r;
}
function computeLife(p: AssetProps): Life {
  const events = (p.events ?? []).filter((e) => !LOOKING_AHEAD.has(e.kind));
  const days = (kind?: string) => events.filter((e) => !kind || e.kind === kind).map((e) => dayNum(e.date));
  // the year of a planned or under-construction record is the year it is expected in
  // service: it looks ahead, like an expected-rfs event, and does not start its life when a
  // dated step (its announcement, contract…) does; with none, it is all there is
  const ahead = (p.status === 'planned' || p.status === 'under-construction') && events.length > 0;
  const all = [...days(), ...(p.year !== null && !ahead ? [p.year * 10000 + 101] : [])];
  const rfs = days('rfs');
  const retired = days('retired');
  const cancelled = days('cancelled');
  return {
    start: all.length ? Math.min(...all) : -1,
    rfs: rfs.length ? Math.min(...rfs) : -1,
    retired: retired.length ? Math.max(...retired) : -1,
    cancelled: cancelled.length ? Math.max(...cancelled) : -1,
  };
}

/** Years without a dated report after which a planned or under-construction record with no
 * expectation still ahead is one whose fate is unknown (asset-panel.tsx says so). */
export const QUIET_YEARS = 3;

/** The last day a date given at any precision stands for, as a day number (2023 → 20231231). */
const endDayNum = (date: string): number => {
  const [y, m, d] = date.split('-');
  return Number(y) * 10000 + (m ? Number(m) : 12) * 100 + (d ? Number(d) : 31);
};

/**
 * A planned or under-construction record that has gone quiet: no expected date still ahead
 * of `today` (an expectation that passed more than a year ago already fails the validator),
 * and no dated report (an expected date is not one) in the QUIET_YEARS before `today`. Returns
 * the date of its last report ('' when it has none), or null when it is not quiet. A landing
 * station is never quiet of its own: its state follows its cables.
 */
export function quietSince(p: AssetProps, today: string): string | null {
  // a landing station's state is its cables' (derived), not reported of its own
  if (p.type === 'landing-point' || (p.status !== 'planned' && p.status !== 'under-construction')) return null;
  const now = dayNum(today);
  const events = p.events ?? [];
  const ahead = events.filter((e) => LOOKING_AHEAD.has(e.kind)).map((e) => endDayNum(e.date));
  if (p.status === 'planned' && p.year !== null) ahead.push(p.year * 10000 + 1231);
  if (ahead.some((d) => d >= now)) return null;
  const reports = events.filter((e) => !LOOKING_AHEAD.has(e.kind)).map((e) => e.date);
  const last = reports.sort((a, b) => endDayNum(a) - endDayNum(b)).at(-1);
  if (last !== undefined && endDayNum(last) + QUIET_YEARS * 10000 >= now) return null;
  return last ?? '';
}

/** When the state is asked for: the day, and the reader's today (the recorded status holds from then on). */
export interface At {
  day: string;
  today: string;
}

/**
 * A record's state on `at.day`, or null when it had not yet entered the record (its first
 * dated step is later). On today or later: its recorded status, retired once a dated
 * retirement has come. Before today: retired from its retirement; in service from its
 * ready-for-service date; under construction before that; a record with no dated service
 * keeps its recorded status (one recorded as retired, with no date, was in service before).
 * Cancelled from its dated cancellation (before it, what the record was: planned or under
 * construction, never in service).
 */
export function stateOn(p: AssetProps, at: At): Status | null {
  const d = dayNum(at.day);
  const life = lifeOf(p);
  const retired = life.retired !== -1 && life.retired <= d;
  const cancelled = life.cancelled !== -1 && life.cancelled <= d;
  if (d >= dayNum(at.today)) return retired ? 'retired' : cancelled ? 'cancelled' : p.status;
  if (life.start !== -1 && life.start > d) return null;
  if (retired) return 'retired';
  if (cancelled) return 'cancelled';
  if (p.status === 'cancelled') return life.rfs !== -1 && life.rfs <= d ? 'operational' : 'planned';
  if (life.rfs !== -1)
    return life.rfs <= d ? 'operational' : p.status === 'operational' || p.status === 'retired' ? 'under-construction' : p.status;
  return p.status === 'retired' ? 'operational' : p.status;
}

/** In service on the day. */
export const inServiceAt = (p: AssetProps, at: At): boolean => stateOn(p, at) === 'operational';

/** The map's copy of the life, as flat feature properties (see toMapProps). */
export interface MapLife {
  startD: number;
  rfsD: number;
  retD: number;
  canD: number;
}
export const mapLife = (p: AssetProps): MapLife => {
  const l = lifeOf(p);
  return { startD: l.start, rfsD: l.rfs, retD: l.retired, canD: l.cancelled };
};

/** A MapLibre expression (over MapProps) giving stateOn's answer; 'none' for null. */
export function stateExpr(at: At): unknown {
  const d = dayNum(at.day);
  const retired = ['all', ['!=', ['get', 'retD'], -1], ['<=', ['get', 'retD'], d]];
  const cancelled = ['all', ['!=', ['get', 'canD'], -1], ['<=', ['get', 'canD'], d]];
  if (d >= dayNum(at.today)) return ['case', retired, 'retired', cancelled, 'cancelled', ['get', 'status']];
  return [
    'case',
    ['all', ['!=', ['get', 'startD'], -1], ['>', ['get', 'startD'], d]],
    'none',
    retired,
    'retired',
    cancelled,
    'cancelled',
    ['==', ['get', 'status'], 'cancelled'],
    ['case', ['all', ['!=', ['get', 'rfsD'], -1], ['<=', ['get', 'rfsD'], d]], 'operational', 'planned'],
    ['!=', ['get', 'rfsD'], -1],
    [
      'case',
      ['<=', ['get', 'rfsD'], d],
      'operational',
      ['in', ['get', 'status'], ['literal', ['operational', 'retired']]],
      'under-construction',
      ['get', 'status'],
    ],
    ['==', ['get', 'status'], 'retired'],
    'operational',
    ['get', 'status'],
  ];
}
