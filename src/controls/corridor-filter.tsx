/**
 * The corridor filters: for each sea corridor of geodata/corridors.json, whether a submarine
 * cable's drawn route must go through it, must avoid it, or either ("systems since 2020
 * that avoid the South China Sea"). Which corridors a route crosses is derived once
 * (derive.ts `crossings`); the filter acts on the map, the list, the counts and the exports.
 */
import { useFirstViewCorridors } from '../derive/first-view';
import { useT } from '../i18n/strings';
import { LoadProblem } from '../panels/load-problem';
import type { Filters } from '../state/filters';
import { useView } from '../state/store';

type Mode = '' | 'through' | 'avoiding';

const modeOf = (f: Pick<Filters, 'through' | 'avoiding'>, id: string): Mode =>
  f.through.includes(id) ? 'through' : f.avoiding.includes(id) ? 'avoiding' : '';

/** The filters with one corridor set to a mode (and out of the other list). */
const withCorridorMode = (f: Pick<Filters, 'through' | 'avoiding'>, id: string, mode: Mode): Pick<Filters, 'through' | 'avoiding'> => ({
  through: mode === 'through' ? [...f.through.filter((x) => x !== id), id] : f.through.filter((x) => x !== id),
  avoiding: mode === 'avoiding' ? [...f.avoiding.filter((x) => x !== id), id] : f.avoiding.filter((x) => x !== id),
});

export function CorridorFilter() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const filters = useView((s) => s.filters);
  const setFilters = useView((s) => s.setFilters);
  const q = useFirstViewCorridors();
  return (
    <fieldset className="corridor-filter">
      <legend>{t.filterCorridors}</legend>
      <LoadProblem q={q} />
      {(q.data?.corridors ?? []).map((c) => (
        <div key={c.id} className="row">
          <label htmlFor={`corr-filter-${c.id}`}>{c.name[lang]}</label>
          <select
            id={`corr-filter-${c.id}`}
            value={modeOf(filters, c.id)}
            onChange={(e) => setFilters(withCorridorMode(filters, c.id, e.target.value as Mode))}
          >
            <option value="">{t.corridorAny}</option>
            <option value="through">{t.corridorThrough}</option>
            <option value="avoiding">{t.corridorAvoiding}</option>
          </select>
        </div>
      ))}
      <p className="small muted">{t.corridorNote}</p>
    </fieldset>
  );
}
