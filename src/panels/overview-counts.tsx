import { useAssetIndex } from '../data';
import { useCountries, useKnown } from '../data/queries';
import { ASEAN } from '../data/iso';
import { STATUSES } from '../data/constants';
import { useT } from '../i18n/strings';
import { useDerived } from '../derive/use-derived';
import { useView } from '../state/store';

/** The record in numbers, counted from the data for the "as of" year (or now): cable
 * systems by status, landing stations per country, and the ASEAN members that year. */
export function OverviewCounts() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const { at, basis, stateOf } = useDerived();
  const asOf = useView((s) => s.filters.asOf);
  const selectCountry = useView((s) => s.selectCountry);
  const { byType } = useAssetIndex();
  const countries = useCountries().data?.countries ?? [];
  // the systems known but not drawn, once the first view is done (not part of its bytes)
  const known = useKnown({ enabled: useView((s) => s.firstViewDone) }).data?.systems;
  const cables = (byType['submarine-cable']?.features ?? []).map((f) => f.properties);
  const stations = byType['landing-point']?.features ?? [];
  const year = Number(at.day.slice(0, 4));
  // a member from its accession year (Timor-Leste: 2025); the other ten joined by 1999
  const members = ASEAN.filter((code) => {
    const since = countries.find((c) => c.code === code)?.asean?.since;
    return !since || Number(since.slice(0, 4)) <= year;
  });
  return (
    <section className="overview-counts" aria-labelledby="counts-h">
      <h3 id="counts-h">{basis === 'today' ? t.recordNow : basis === 'replay' ? t.recordOnDay(at.day) : t.recordAsOf(asOf ?? year)}</h3>
      {byType['submarine-cable'] && (
        <ul className="headline" data-counts="cables">
          {STATUSES.map((s) => {
            const n = cables.filter((p) => stateOf(p) === s).length;
            return n ? (
              <li key={s} data-status={s}>
                <strong>{n}</strong> {t.cablesWithStatus(t.status[s])}
              </li>
            ) : null;
          })}
        </ul>
      )}
      {known && known.length > 0 && (
        <p data-counts="known" className="small">
          {t.knownCount(known.length)}
        </p>
      )}
      <p data-counts="members">
        {t.membersAsOf(members.length, year)}{' '}
        <span className="muted">
          {members.map((code) => countries.find((c) => c.code === code)?.name[lang] ?? code).join(lang === 'zh' ? '、' : ', ')}
        </span>
      </p>
      {byType['landing-point'] && (
        <details>
          <summary>{t.stationsPerCountry}</summary>
          <ul className="stations-per-country">
            {['CN', 'HK', 'MO', ...ASEAN].map((code) => {
              const n = stations.filter((f) => f.properties.countries.includes(code)).length;
              const c = countries.find((x) => x.code === code);
              return (
                <li key={code}>
                  {c ? (
                    <button type="button" className="link" onClick={() => selectCountry(code)}>
                      {c.name[lang]}
                    </button>
                  ) : (
                    code
                  )}
                  : {n}
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </section>
  );
}
