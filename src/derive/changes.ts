/**
 * What changed between two dates, by the one time model (model/time.ts `stateOn`): a record
 * that was not in service on the first day and is on the second entered service (a cable's
 * ready-for-service, a cloud region or exchange opening, a 5G launch); one not retired then
 * and retired by the second was retired; one not begun then and planned or being built by the
 * second entered the record. A record in service whose service no source dates (no
 * ready-for-service event and no year) is listed as having entered the record, never as
 * having entered service on a date the data does not give.
 * Landing points follow their cables and are not listed.
 */
import type { AssetIndex } from '../data';
import type { AssetProps, AssetType } from '../data/schema';
import { lifeOf, stateOn } from '../model/time';
import type { ChangeSpan } from '../model/view';
import { memoLast } from './memo';

export type { ChangeSpan };

export type ChangeKind = 'added' | 'retired' | 'begun';

export interface Changes {
  span: ChangeSpan;
  added: readonly AssetProps[];
  retired: readonly AssetProps[];
  /** Entered the record (announced, planned, under construction, or in service from an undated time) between the dates. */
  begun: readonly AssetProps[];
  /** Ids by kind, for the map's styles. */
  ids: Record<ChangeKind, readonly string[]>;
}

const LISTED: readonly AssetType[] = ['submarine-cable', 'land-fibre', 'node', 'cloud-centre', '5g'];
const byTypeThenName = (a: AssetProps, b: AssetProps) =>
  LISTED.indexOf(a.type) - LISTED.indexOf(b.type) || a.name.en.localeCompare(b.name.en);

/** The records that changed between the two dates (null when no span is set). */
export const changesBetween = memoLast((index: AssetIndex, span: ChangeSpan | null, today: string): Changes | null => {
  if (!span) return null;
  const added: AssetProps[] = [];
  const retired: AssetProps[] = [];
  const begun: AssetProps[] = [];
  for (const f of index.all) {
    const p = f.properties;
    if (!LISTED.includes(p.type)) continue;
    const a = stateOn(p, { day: span.from, today });
    const b = stateOn(p, { day: span.to, today });
    const datedService = lifeOf(p).rfs !== -1 || p.year !== null;
    if (a !== 'operational' && a !== 'retired' && b === 'operational' && datedService) added.push(p);
    else if (a !== 'retired' && b === 'retired') retired.push(p);
    else if (a === null && b !== null && (b !== 'operational' || !datedService)) begun.push(p);
  }
  for (const xs of [added, retired, begun]) xs.sort(byTypeThenName);
  return {
    span,
    added,
    retired,
    begun,
    ids: { added: added.map((p) => p.id), retired: retired.map((p) => p.id), begun: begun.map((p) => p.id) },
  };
});
