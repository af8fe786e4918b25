import { useMemo } from 'react';
import { useOperators } from '../data/queries';
import type { Operator } from '../data/schema';
import type { Lang } from '../model/view';
import { useView } from '../state/store';

export interface OperatorNames {
  /** The entity a name belongs to (China Mobile International → China Mobile), if known. */
  entityOf: (name: string) => Operator | undefined;
  /** A name as the reader's language shows it: the entity's name, or the name as the source gives it. */
  show: (name: string) => string;
  entities: readonly Operator[];
}

export function operatorNames(ops: readonly Operator[], lang: Lang): OperatorNames {
  const byName = new Map(ops.flatMap((o) => o.names.map((n) => [n, o] as const)));
  return {
    entityOf: (n) => byName.get(n),
    show: (n) => {
      const o = byName.get(n);
      if (!o) return n;
      // a subsidiary keeps its own name, with the group's in the reader's language
      return n === o.name.en ? o.name[lang] : lang === 'zh' ? `${n}（${o.name.zh}）` : n;
    },
    entities: ops,
  };
}

/** Operator entities from geodata/operators.json, in the reader's language (`enabled: false`
 * holds the fetch; the names then show as the sources give them until another reader asks). */
export function useOperatorNames(enabled = true): OperatorNames {
  const ops = useOperators({ enabled }).data?.operators;
  const lang = useView((s) => s.lang);
  return useMemo(() => operatorNames(ops ?? [], lang), [ops, lang]);
}
