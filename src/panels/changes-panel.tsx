import { useState } from 'react';
import type { AssetProps } from '../data/schema';
import { YEAR_MIN } from '../data/years';
import { useDerived } from '../derive/use-derived';
import { usePT } from '../i18n/publish';
import { useT } from '../i18n/strings';
import { changesCSV } from '../io/changes-csv';
import { download } from '../io/download';
import { defaultSpan } from '../model/change-span';
import type { ChangeSpan } from '../model/view';
import { useView } from '../state/store';
import { ChangeKey } from './change-key';

function Items({ items }: { items: readonly AssetProps[] }) {
  const t = useT();
  const p = usePT();
  const lang = useView((s) => s.lang);
  if (!items.length) return <p className="muted small">{p.changesNone}</p>;
  return (
    <ul className="change-list">
      {items.map((a) => (
        <li key={a.id}>
          <button type="button" className="link" data-return={`chg-${a.id}`} onClick={() => useView.getState().select(a.id)}>
            {a.name[lang]}
          </button>{' '}
          <span className="muted small">
            {t.type[a.type]}
            {a.year !== null ? ` · ${a.year}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** "What changed between two dates": two dates, the records that entered service, were
 * retired or entered the record between them (derived in src/derive/changes.ts), drawn on
 * the map with a key, and a CSV of the list. The dates are in the URL (chg=FROM,TO). */
export function ChangesPanel() {
  const p = usePT();
  const span = useView((s) => s.change);
  const c = useDerived().changes;
  const [bad, setBad] = useState(false);
  const set = (next: ChangeSpan) => {
    const ok = /^\d{4}-\d{2}-\d{2}$/.test(next.from) && /^\d{4}-\d{2}-\d{2}$/.test(next.to) && next.from < next.to;
    setBad(!ok);
    if (ok) useView.getState().setChange(next);
  };
  const shown = span ?? defaultSpan();
  return (
    <section className="changes" aria-labelledby="changes-h">
      <h2 id="changes-h">{p.changesTitle}</h2>
      <p className="small muted">{p.changesHelp}</p>
      <div className="change-dates">
        <label>
          {p.changesFrom}{' '}
          <input
            type="date"
            defaultValue={shown.from}
            key={`f${shown.from}`}
            min={`${YEAR_MIN}-01-01`}
            onChange={(e) => set({ ...shown, from: e.target.value })}
          />
        </label>
        <label>
          {p.changesTo}{' '}
          <input
            type="date"
            defaultValue={shown.to}
            key={`t${shown.to}`}
            min={`${YEAR_MIN}-01-01`}
            onChange={(e) => set({ ...shown, to: e.target.value })}
          />
        </label>
      </div>
      {bad && <p role="alert">{p.changesBadRange}</p>}
      {c && (
        <>
          <ChangeKey />
          <h3>{p.changesAdded(c.added.length)}</h3>
          <Items items={c.added} />
          <h3>{p.changesRetired(c.retired.length)}</h3>
          <Items items={c.retired} />
          <h3>{p.changesBegun(c.begun.length)}</h3>
          <Items items={c.begun} />
          <p className="small muted">{p.changesCancelled}</p>
          <div className="downloads">
            <button
              type="button"
              onClick={() => download(`china-asean-atlas_changes_${c.span.from}_${c.span.to}.csv`, changesCSV(c), 'text/csv;charset=utf-8')}
            >
              {p.changesCsv}
            </button>
            <button type="button" onClick={() => useView.getState().setChange(null)}>
              {p.changesClear}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
