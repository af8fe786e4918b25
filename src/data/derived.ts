import type { AssetProps, AssetRecordProps, OperatorsFile, Source, Status } from './schema';

/** A country's national 5G launch: the earliest ready-for-service event among its 5G
 * entries (one per operator's commercial launch), with that entry's source. */
export function nationalFiveG(assets: readonly AssetRecordProps[]): Map<string, { year: number; id: string; source: Source }> {
  const out = new Map<string, { year: number; date: string; id: string; source: Source }>();
  for (const p of assets) {
    if (p.type !== '5g') continue;
    for (const e of p.events ?? []) {
      if (e.kind !== 'rfs') continue;
      const code = p.countries[0]!;
      const best = out.get(code);
      if (!best || e.date < best.date)
        out.set(code, { year: Number(e.date.slice(0, 4)), date: e.date, id: p.id, source: e.source ?? p.sources[0]! });
    }
  }
  return new Map([...out].map(([k, v]) => [k, { year: v.year, id: v.id, source: v.source }]));
}

/** A landing station's state, from the cables that use it: in service when one of them is;
 * else under construction, planned or announced as the furthest along of them; retired when
 * every one is retired (or some retired, the rest cancelled); cancelled when every one was
 * cancelled. Null when no cable uses it. */
const STATION_ORDER: readonly Status[] = ['operational', 'under-construction', 'planned', 'announced', 'retired', 'cancelled'];
export function stationStatus(cableStatuses: readonly Status[]): Status | null {
  for (const s of STATION_ORDER) if (cableStatuses.includes(s)) return s;
  return null;
}

/** The firms a supplier field names: canonical names joined by " / " ("NEC / SubCom"). */
export const supplierNames = (supplier: string | undefined): string[] =>
  supplier
    ? supplier
        .split(' / ')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/** The names an asset gives for firms (operators, partners, suppliers) that no entity of
 * operators.json carries. */
export function unresolvedNames(p: Pick<AssetProps, 'operators' | 'partners' | 'supplier'>, ops: OperatorsFile): string[] {
  const known = new Set(ops.operators.flatMap((o) => o.names));
  return [...p.operators, ...p.partners, ...supplierNames(p.supplier)].filter((n) => !known.has(n));
}
