import type { Changes, ChangeKind } from '../derive/changes';
import { csvCell } from './export';

/** What changed between two dates as CSV (UTF-8 with BOM, like the other exports): one row
 * per record with the kind of change and the two dates, so the list can be cited. */
export function changesCSV(c: Changes): string {
  const head = ['change', 'from', 'to', 'id', 'type', 'name_en', 'name_zh', 'status_now', 'year'];
  const kinds: ChangeKind[] = ['added', 'retired', 'begun'];
  const words: Record<ChangeKind, string> = { added: 'entered service', retired: 'retired', begun: 'entered the record' };
  const rows = kinds.flatMap((k) =>
    c[k].map((p) => [words[k], c.span.from, c.span.to, p.id, p.type, p.name.en, p.name.zh, p.status, p.year].map(csvCell).join(',')),
  );
  return `\uFEFF${[head.join(','), ...rows].join('\r\n')}\r\n`;
}
