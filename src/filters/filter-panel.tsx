import { useMemo } from 'react';
import { useAssetIndex } from '../data';
import { useCountries } from '../data/queries';
import { FOCUS } from '../data/iso';
import { STATUSES, type Status } from '../data/schema';
import { useT } from '../i18n/strings';
import { matches, NO_FILTERS } from '../state/filters';
import { useView } from '../state/store';

const toggle = <T,>(list: readonly T[], v: T): T[] => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

/** Filters by country, status, operator and "as of" year. They act on the map (layer
 * filters), the legend counts and the list together, without reloading data. */
export function FilterPanel() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const filters = useView((s) => s.filters);
  const setFilters = useView((s) => s.setFilters);
  const { all } = useAssetIndex();
  const countries = useCountries().data?.countries;
  const operators = useMemo(() => [...new Set(all.flatMap((f) => [...f.properties.operators, ...f.properties.partners]))].sort((a, b) => a.localeCompare(b)), [all]);
  const years = all.map((f) => f.properties.year).filter((y): y is number => y !== null);
  const minYear = Math.min(2000, ...years);
  const maxYear = Math.max(new Date().getFullYear(), ...years);
  const shown = all.filter((f) => matches(f.properties, filters)).length;
  const noYear = all.filter((f) => f.properties.year === null && matches(f.properties, { ...filters, asOf: null })).length;
  const active = filters !== NO_FILTERS && (filters.countries.length || filters.statuses.length || filters.operators.length || filters.asOf !== null);

  return (
    <details className="filters" open={!!active}>
      <summary>
        {t.filters} <span className="muted">· {t.shown(shown, all.length)}</span>
      </summary>
      <fieldset>
        <legend>{t.filterCountries}</legend>
        <div className="chips">
          {FOCUS.map((code) => (
            <label key={code} className="chip-check">
              <input type="checkbox" checked={filters.countries.includes(code)} onChange={() => setFilters({ countries: toggle(filters.countries, code) })} />
              {countries?.find((c) => c.code === code)?.name[lang] ?? code}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t.filterStatus}</legend>
        <div className="chips">
          {STATUSES.map((s: Status) => (
            <label key={s} className="chip-check">
              <input type="checkbox" checked={filters.statuses.includes(s)} onChange={() => setFilters({ statuses: toggle(filters.statuses, s) })} />
              {t.status[s]}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field">
        {t.filterOperator}
        <select value={filters.operators[0] ?? ''} onChange={(e) => setFilters({ operators: e.target.value ? [e.target.value] : [] })}>
          <option value="">{t.anyOperator}</option>
          {/* an operator from a shared link that this dataset does not have still shows */}
          {[...new Set([...filters.operators, ...operators])].map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
      <div className="field">
        <label htmlFor="asof">
          {t.asOf}: <strong>{filters.asOf ?? t.allYears}</strong>
        </label>
        <input
          id="asof"
          type="range"
          min={minYear}
          max={maxYear}
          step={1}
          value={filters.asOf ?? maxYear}
          aria-valuetext={filters.asOf === null ? t.allYears : String(filters.asOf)}
          onChange={(e) => setFilters({ asOf: Number(e.target.value) })}
        />
        {filters.asOf !== null && (
          <p className="small muted">
            {t.asOfValue(filters.asOf)} {t.noYearNote(noYear)}{' '}
            <button type="button" className="link" onClick={() => setFilters({ asOf: null })}>
              {t.allYears}
            </button>
          </p>
        )}
      </div>
      {active ? (
        <button type="button" onClick={() => setFilters(NO_FILTERS)}>
          {t.clearFilters}
        </button>
      ) : null}
    </details>
  );
}
