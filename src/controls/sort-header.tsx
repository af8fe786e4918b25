/** A sortable column's header button: its name, the current direction (▲ ▼) for screen
 * readers through the th's aria-sort, which the caller sets. */
export function SortButton(p: { label: string; sortLabel: string; active: boolean; dir: 1 | -1; onSort: () => void; className?: string }) {
  return (
    <button type="button" className={p.className} aria-label={p.sortLabel} onClick={p.onSort}>
      {p.label}
      <span aria-hidden="true">{p.active ? (p.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
    </button>
  );
}
