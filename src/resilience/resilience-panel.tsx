import { useMemo, useState } from 'react';
import { type CountryExposure } from '../analysis/exposure';
import { useAssetIndex } from '../data';
import { useCorridors, useCountries, useFaults } from '../data/queries';
import { useRT, type ResilienceStrings } from '../i18n/resilience';
import { regionList } from '../i18n/region';
import { useDerived } from '../derive/use-derived';
import { NO_WHAT_IF } from '../model/view';
import { useView } from '../state/store';
import { LoadProblem } from '../panels/load-problem';
import { useT } from '../i18n/strings';
import { FaultList } from './fault-history';
import { RouteTables } from './route-tables';
import { Compare } from './compare';
import { SortButton } from '../controls/sort-header';

type Col = 'country' | 'systems' | 'impaired' | 'remaining' | 'stations' | 'landLinks' | 'deps';
const FIGURE: Record<Exclude<Col, 'country'>, (e: CountryExposure) => number> = {
  systems: (e) => e.systems.length,
  impaired: (e) => e.impaired.length,
  remaining: (e) => e.remaining.length,
  stations: (e) => e.stations.length,
  landLinks: (e) => e.landLinks.length,
  deps: (e) => e.cableDependencies.length,
};
const colName = (r: ResilienceStrings, c: Col): string =>
  ({
    country: r.country,
    systems: r.systems,
    impaired: r.impaired,
    remaining: r.remaining,
    stations: r.stations,
    landLinks: r.landLinks,
    deps: r.oneCable,
  })[c];

/** The twelve states' countries' names in the reader's language. */
function useNames(): (code: string) => string {
  const lang = useView((s) => s.lang);
  const countries = useCountries().data;
  return (code) => countries?.countries.find((c) => c.code === code)?.name[lang] ?? code;
}

/** Dependence and resilience: the twelve states side by side (sortable), the what-if
 * scenario (corridors, cut cables), two countries compared, and the fault log. */
export function ResiliencePanel() {
  const r = useRT();
  const { exposure, at } = useDerived();
  const { rows, active } = exposure;
  const day = at.day;
  const faults = useFaults();
  const corridors = useCorridors();
  const countries = useCountries();
  const t = useT();
  return (
    <section className="resilience" aria-labelledby="resilience-h">
      <h2 id="resilience-h">{r.title}</h2>
      <p className="muted small">
        {r.asOfDay(day)} · {r.systemsHelp}
      </p>
      <p className="muted small">{r.chinaMainland}</p>
      <LoadProblem q={faults} />
      <LoadProblem q={corridors} />
      <LoadProblem q={countries} />
      <WhatIfControls />
      {/* while its files load, say so (a slow connection showed an empty box) */}
      {!rows && [faults, corridors, countries].every((q) => !q.isError) && (
        <p role="status" className="muted">
          {t.loading}
        </p>
      )}
      <RouteTables />
      {rows && <ExposureTable rows={rows} active={active} />}
      <Compare />
      <FaultLog />
    </section>
  );
}

function ExposureTable({ rows, active }: { rows: CountryExposure[]; active: boolean }) {
  const r = useRT();
  const name = useNames();
  const selectCountry = useView((s) => s.selectCountry);
  const [sort, setSort] = useState<{ col: Col; dir: 1 | -1 }>({ col: 'systems', dir: -1 });
  const cols: Col[] = ['country', 'systems', 'impaired', ...(active ? (['remaining'] as const) : []), 'stations', 'landLinks', 'deps'];
  const sorted = useMemo(() => {
    const key = (e: CountryExposure) => (sort.col === 'country' ? 0 : FIGURE[sort.col](e));
    return [...rows].sort(
      (a, b) => (key(a) - key(b)) * sort.dir || (sort.col === 'country' ? name(a.code).localeCompare(name(b.code)) * sort.dir : 0),
    );
  }, [rows, sort, name]);
  const flagged = rows.filter((e) => e.flag).length;
  return (
    <>
      <h3 id="exposure-table-h">
        {r.table}: {r.countsContext}
      </h3>
      <p className="muted small">{r.countsContextHelp}</p>
      {active && (
        <p role="status" className="flag-summary">
          {r.flagged(flagged)}
        </p>
      )}
      <div className="table-scroll">
        <table className="exposure-table" aria-labelledby="exposure-table-h">
          <thead>
            <tr>
              {cols.map((c) => (
                <th key={c} scope="col" aria-sort={sort.col === c ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
                  <SortButton
                    className="link"
                    label={colName(r, c)}
                    sortLabel={r.sortBy(colName(r, c))}
                    active={sort.col === c}
                    dir={sort.dir}
                    onSort={() => setSort((s) => ({ col: c, dir: s.col === c ? (-s.dir as 1 | -1) : c === 'country' ? 1 : -1 }))}
                  />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((e) => (
              <tr key={e.code} data-country={e.code} className={e.flag ? `flag-${e.flag}` : undefined}>
                <th scope="row">
                  <button type="button" className="link" data-return={`exposure:${e.code}`} onClick={() => selectCountry(e.code)}>
                    {name(e.code)}
                  </button>
                  {e.flag && <span className={`flag flag-${e.flag}`}> {e.flag === 'none' ? r.leftNone : r.leftOne}</span>}
                </th>
                {cols
                  .filter((c): c is Exclude<Col, 'country'> => c !== 'country')
                  .map((c) => (
                    <td key={c} data-col={c}>
                      {FIGURE[c](e)}
                      {c === 'impaired' && e.domesticImpaired.length > 0 && (
                        <span className="muted small" data-domestic>
                          {' '}
                          {r.plusDomestic(e.domesticImpaired.length)}
                        </span>
                      )}
                    </td>
                  ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function WhatIfControls() {
  const r = useRT();
  const lang = useView((s) => s.lang);
  const whatIf = useView((s) => s.whatIf);
  const setWhatIf = useView((s) => s.setWhatIf);
  const { exposure, network } = useDerived();
  const { data } = exposure;
  const { byId } = useAssetIndex();
  const name = (id: string) => byId.get(id)?.properties.name[lang] ?? id;
  const toggle = (id: string, on: boolean) =>
    setWhatIf({ corridors: on ? [...whatIf.corridors, id] : whatIf.corridors.filter((x) => x !== id) });
  return (
    <section aria-labelledby="whatif-h" className="whatif">
      <h3 id="whatif-h">{r.whatIf}</h3>
      <p className="muted small">{r.whatIfHelp}</p>
      {whatIf.day && <p className="small">{r.scenarioDay(whatIf.day)}</p>}
      <fieldset>
        <legend>{r.corridors}</legend>
        {(data?.corridors ?? []).map((c) => (
          <label key={c.id} className="check" title={c.rationale[lang]}>
            <input type="checkbox" checked={whatIf.corridors.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />{' '}
            {c.name[lang]}
          </label>
        ))}
      </fieldset>
      {whatIf.cut.length > 0 && (
        <>
          <h4 className="small">{r.cutCables}</h4>
          <ul className="exposure-list">
            {whatIf.cut.map((id) => (
              <li key={id}>
                {byId.get(id)?.properties.name[lang] ?? id}{' '}
                <button type="button" className="link" onClick={() => setWhatIf({ cut: whatIf.cut.filter((x) => x !== id) })}>
                  {r.uncut}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {network?.answer.after.corridorCuts.map((c) => (
        <p key={c.corridor} className="small" data-corridor-cut={c.corridor}>
          {r.corridorCuts(
            data?.corridors.find((x) => x.id === c.corridor)?.name[lang] ?? c.corridor,
            c.segments.length,
            c.cables.map(name).join(', '),
          )}
        </p>
      ))}
      {whatIf.segments.length > 0 && (
        <>
          <h4 className="small">{r.segmentsCut}</h4>
          <ul className="exposure-list">
            {whatIf.segments.map((id) => (
              <li key={id} data-segment={id}>
                {name(id.slice(0, id.indexOf(':')))} <code>{id.slice(id.indexOf(':') + 1)}</code>{' '}
                <button type="button" className="link" onClick={() => setWhatIf({ segments: whatIf.segments.filter((x) => x !== id) })}>
                  {r.uncut}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {whatIf.national.length > 0 && <p className="small">{r.nationalOffList(regionList(whatIf.national, lang))}</p>}
      {(whatIf.cut.length > 0 || whatIf.corridors.length > 0 || whatIf.day || whatIf.segments.length > 0 || whatIf.national.length > 0) && (
        <button type="button" onClick={() => setWhatIf(NO_WHAT_IF)}>
          {r.clear}
        </button>
      )}
    </section>
  );
}

function FaultLog() {
  const r = useRT();
  const faults = useFaults().data?.faults ?? [];
  const sorted = [...faults].sort((x, y) => y.start.localeCompare(x.start));
  return (
    <section aria-labelledby="faults-h" className="fault-log">
      <h3 id="faults-h">{r.faults}</h3>
      <p className="muted small">{r.faultsHelp(faults.length)}</p>
      <FaultList faults={sorted} />
    </section>
  );
}
