import { useDerived } from '../derive/use-derived';
import { usePT } from '../i18n/publish';
import { KeySwatch } from './key-swatch';
import { changeKeys } from './use-view-description';

/** The comparison's key over the map: what the green and purple marks mean. */
export function ChangeKey() {
  const p = usePT();
  const c = useDerived().changes;
  if (!c) return null;
  const g = changeKeys(c, p);
  return (
    <div className="change-box float-card">
      <strong>{g.title}</strong>
      <ul className="choro-legend" aria-label={g.title}>
        {g.entries.map((e) => (
          <li key={e.label}>
            <KeySwatch e={e} /> {e.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
