import { useMemo, useRef, useState } from 'react';
import { useAssetIndex } from '../data';
import { useCountries, useOperators } from '../data/queries';
import { LoadProblem } from '../panels/load-problem';
import { FOCUS } from '../data/iso';
import { NODE_KINDS, STATUSES } from '../data/constants';
import { YEAR_MAX, YEAR_MIN } from '../data/years';
import { regionName } from '../i18n/region';
import { suppliersOf } from '../state/filters';
import { useOperatorNames } from './operator-names';
import { useT } from '../i18n/strings';
import { NO_FILTERS } from '../state/filters';
import { useDerived } from '../derive/use-derived';
import { useView } from '../state/store';
import { replacing } from '../state/url-sync';
import { CorridorFilter } from './corridor-filter';

const toggle = <T,>(list: readonly T[], v: T): T[] => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

/** A fieldset of checkbox chips: one per option, checked when chosen. */
function ChipGroup<T extends string>(p: {
  legend: string;
  options: readonly T[];
  chosen: readonly T[];
  label: (v: T) => string;
  onToggle: (v: T) => void;
  note?: string;
}) {
  return (
    <fieldset>
      <legend>{p.legend}</legend>
      <div className="chips">
        {p.options.map((v) => (
          <label key={v} className="chip-check">
            <input type="checkbox" checked={p.chosen.includes(v)} onChange={() => p.onToggle(v)} />
            {p.label(v)}
          </label>
        ))}
      </div>
      {p.note && <p className="small muted">{p.note}</p>}
    </fieldset>
  );
}

/** Filters by country, status, operator, home economy, supplier, node kind, corridors
 * crossed, years and "as of" year. They act on the map (layer
 * filters), the legend counts and the list together, without reloading data. */
export function FilterPanel() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const filters = useView((s) => s.filters);
  const setFilters = useView((s) => s.setFilters);
  const { all } = useAssetIndex();
  const countries = useCountries().data?.countries;
  const operators = useMemo(
    () => [...new Set(all.flatMap((f) => [...f.properties.operators, ...f.properties.partners]))].sort((a, b) => a.localeCompare(b)),
    [all],
  );
  const homes = useMemo(() => [...new Set(all.flatMap((f) => f.properties.ownerHomes ?? []))].sort(), [all]);
  const suppliers = useMemo(() => [...new Set(all.flatMap((f) => suppliersOf(f.properties)))].sort((a, b) => a.localeCompare(b)), [all]);
  const { shown: match, shownTotal: shown } = useDerived();
  const ranged = filters.yearFrom !== null || filters.yearTo !== null;
  const unknownInRange = ranged
    ? all.filter(
        (f) =>
          f.properties.year === null &&
          f.properties.type !== 'landing-point' &&
          match(f.properties, { ...filters, yearFrom: null, yearTo: null }),
      ).length
    : 0;
  const years = all.map((f) => f.properties.year).filter((y): y is number => y !== null);
  const minYear = Math.min(2000, ...years);
  const maxYear = Math.max(new Date().getFullYear(), ...years);
  // landing points follow their cables' years, so they are not "unknown year" here
  const noYear = all.filter((f) => f.properties.year === null && f.properties.type !== 'landing-point' && match(f.properties)).length;
  const active =
    filters !== NO_FILTERS &&
    (filters.countries.length ||
      filters.statuses.length ||
      filters.operators.length ||
      filters.asOf !== null ||
      filters.homes.length ||
      filters.suppliers.length ||
      filters.nodeKinds.length ||
      filters.through.length ||
      filters.avoiding.length ||
      ranged);
  // open when a link brings filters; after that the user's choice (Clear keeps it open)
  const [open, setOpen] = useState(!!active);
  // the firms (operators.json) load once the filters are open, or a link names a firm: not
  // for the first view (its byte budget, README "The first view's bytes")
  const firmsWanted = open || filters.operators.length > 0;
  const names = useOperatorNames(firmsWanted);
  const operatorsFile = useOperators({ enabled: firmsWanted });
  // the firms as entities first (China Mobile = China Mobile International, CMHK…), then the names no entity holds
  const entityChoices = names.entities.filter((e) => e.names.some((n) => operators.includes(n)));
  const loose = operators.filter((o) => !names.entityOf(o));
  const [pick, setPick] = useState('');
  // one drag of the year slider is one history step: the first change pushes, the rest
  // of the same gesture replace it
  const dragging = useRef(false);
  const setYear = (year: number) => {
    if (dragging.current) replacing(() => setFilters({ asOf: year }));
    else setFilters({ asOf: year });
    dragging.current = true;
  };
  const endDrag = () => void (dragging.current = false);

  return (
    <details className="filters" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t.filters} <span className="muted">· {t.shown(shown, all.length)}</span>
      </summary>
      <ChipGroup
        legend={t.filterCountries}
        options={FOCUS}
        chosen={filters.countries}
        label={(code) => countries?.find((c) => c.code === code)?.name[lang] ?? code}
        onToggle={(v) => setFilters({ countries: toggle(filters.countries, v) })}
      />
      <ChipGroup
        legend={t.filterStatus}
        options={STATUSES}
        chosen={filters.statuses}
        label={(st) => t.status[st]}
        onToggle={(v) => setFilters({ statuses: toggle(filters.statuses, v) })}
      />
      <div className="field">
        <label htmlFor="op-pick">{t.filterOperator}</label>
        {/* the firms' grouping (and search by firm) comes from operators.json */}
        <LoadProblem q={operatorsFile} />
        {/* choose, then Add: a closed <select> fires change on every arrow key, which
            would add a filter (and a history step) per key press */}
        <div className="row">
          <select id="op-pick" value={pick} onChange={(e) => setPick(e.target.value)}>
            <option value="">{filters.operators.length ? t.addOperator : t.anyOperator}</option>
            <optgroup label={t.operatorGroups}>
              {entityChoices
                .filter((e) => !e.names.every((n) => filters.operators.includes(n)))
                .map((e) => (
                  <option key={e.id} value={`entity:${e.id}`}>
                    {e.name[lang]}
                  </option>
                ))}
            </optgroup>
            <optgroup label={t.otherOperators}>
              {loose
                .filter((o) => !filters.operators.includes(o))
                .map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
            </optgroup>
          </select>
          <button
            type="button"
            disabled={!pick}
            onClick={() => {
              const e = pick.startsWith('entity:') ? names.entities.find((x) => `entity:${x.id}` === pick) : undefined;
              const add = e ? e.names.filter((n) => operators.includes(n)) : [pick];
              setFilters({ operators: [...new Set([...filters.operators, ...add])] });
              setPick('');
            }}
          >
            {t.add}
          </button>
        </div>
      </div>
      {filters.operators.length > 0 && (
        <ul className="chips" aria-label={t.filterOperator}>
          {filters.operators.map((o) => (
            <li key={o} className="chip-check">
              {names.show(o)}
              <button
                type="button"
                className="link"
                aria-label={t.removeOperator(o)}
                onClick={() => setFilters({ operators: filters.operators.filter((x) => x !== o) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <ChipGroup
        legend={t.filterHome}
        options={homes}
        chosen={filters.homes}
        label={(code) => regionName(code, lang)}
        onToggle={(v) => setFilters({ homes: toggle(filters.homes, v) })}
        note={t.homeNote}
      />
      <ChipGroup
        legend={t.filterSupplier}
        options={suppliers}
        chosen={filters.suppliers}
        label={(x) => x}
        onToggle={(v) => setFilters({ suppliers: toggle(filters.suppliers, v) })}
      />
      <ChipGroup
        legend={t.filterNodeKind}
        options={NODE_KINDS}
        chosen={filters.nodeKinds}
        label={(k) => t.nodeKind[k]}
        onToggle={(v) => setFilters({ nodeKinds: toggle(filters.nodeKinds, v) })}
      />
      <CorridorFilter />
      <fieldset className="year-range">
        <legend>{t.yearRange}</legend>
        <div className="row">
          <label>
            {t.yearFrom}{' '}
            <input
              type="number"
              min={YEAR_MIN}
              max={YEAR_MAX}
              inputMode="numeric"
              value={filters.yearFrom ?? ''}
              onChange={(e) => setFilters({ yearFrom: /^\d{4}$/.test(e.target.value) ? Number(e.target.value) : null })}
            />
          </label>
          <label>
            {t.yearTo}{' '}
            <input
              type="number"
              min={YEAR_MIN}
              max={YEAR_MAX}
              inputMode="numeric"
              value={filters.yearTo ?? ''}
              onChange={(e) => setFilters({ yearTo: /^\d{4}$/.test(e.target.value) ? Number(e.target.value) : null })}
            />
          </label>
        </div>
        {ranged && (
          <p className="small muted" data-note="unknown-years">
            {t.unknownYearsLeftOut(unknownInRange)}
          </p>
        )}
      </fieldset>
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
          onChange={(e) => setYear(Number(e.target.value))}
          onPointerUp={endDrag}
          onKeyUp={endDrag}
          onBlur={endDrag}
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
