import type { AssetProps, Source } from './schema';

/** A country's national 5G launch: the earliest ready-for-service event among its 5G
 * entries (one per operator's commercial launch), with that entry's source. */
export function nationalFiveG(assets: readonly AssetProps[]): Map<string, { year: number; id: string; source: Source }> {
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
