import { useAssetIndex } from '../data';
import { useAssetQueries, useCountries, useTimeline } from '../data/queries';
import { ASSET_TYPES, GAP_DIMENSIONS } from '../data/constants';
import { useT } from '../i18n/strings';
import { PanelHead } from './panel-head';
import { allLayers, GROUPS, type GroupKey } from '../model/groups';
import { useView } from '../state/store';
import { Sources } from './sources';
import { LoadProblem } from './load-problem';
import { EventList } from './event-list';
import { useDerived } from '../derive/use-derived';
import { listFrame } from '../derive/frame';
import { CountryFacts } from './country-facts';
import { ExposureSection } from '../resilience/exposure-section';
import { CountryFaults } from '../resilience/fault-history';

/** A country: the paper's coverage-gap notes per dimension (or its silence), indicators
 * with year and source, and its assets per type, each count opening the filtered list. */
export function CountryPanel({ code }: { code: string }) {
  const t = useT();
  const lang = useView((s) => s.lang);
  const { selectCountry, openList: showList, fitTo } = useView.getState();
  const countries = useCountries();
  const timeline = useTimeline();
  const index = useAssetIndex();
  const { all } = index;
  const c = countries.data?.countries.find((x) => x.code === code);
  const name = c ? c.name[lang] : code;
  const mine = all.filter((f) => f.properties.countries.includes(code));
  // counted as the list opened from here shows them: the current filters, this country
  const facts = useDerived().countryFacts(code);
  const events = (timeline.data?.events ?? []).filter((e) => e.assets.some((id) => mine.some((f) => f.properties.id === id)));

  // a count opens the list of that country's assets of that type only, and the map frames them
  const openList = (key: GroupKey) => {
    showList({ countries: [code] }, { ...allLayers(false), [key]: true });
    const frame = listFrame(index, code, key);
    if (frame) fitTo(frame);
  };
  const queries = useAssetQueries();
  const loaded = (types: readonly string[]) => queries.every((q, i) => !types.includes(ASSET_TYPES[i]!) || q.isSuccess);

  return (
    <article className="country-panel" aria-labelledby="country-h">
      <PanelHead id="country-h" title={name} onClose={() => selectCountry(null)} focusKey={code} />
      {countries.isPending && <p role="status">{t.loading}</p>}
      <LoadProblem q={countries} />
      {!c && countries.data && <p>{t.noIndicators}</p>}
      {c?.asean && (
        <p className="membership" data-note="asean">
          {t.aseanSince(c.asean.since)} <Sources sources={c.asean.sources} />
        </p>
      )}
      {c?.paperNote && (
        <p className="paper-note" role="note">
          {c.paperNote[lang]}
        </p>
      )}
      <CountryFacts code={code} />
      {c?.stats?.map((s, i) => (
        <p key={i} className="stat">
          <strong>{s.value}</strong> {s.label[lang]} <span className="muted">({s.asOf})</span>
          <Sources sources={[s.source]} />
        </p>
      ))}
      {c && (
        <>
          <h3>{t.gapsTitle}</h3>
          <dl className="gaps">
            {GAP_DIMENSIONS.map((d) => {
              const g = c.gaps[d];
              return (
                <div key={d} className={`gap gap-${g.kind}`}>
                  <dt>{t.gap[d]}</dt>
                  <dd>
                    {g.kind === 'note' ? (
                      <>
                        <q lang={lang === 'zh' ? 'zh-CN' : 'en'}>{g[lang]}</q>{' '}
                        <span className="section-ref">({t.paperSection(g.section)})</span>
                        {lang === 'en' && (
                          <span className="original" lang="zh-CN">
                            {g.zh}
                          </span>
                        )}
                      </>
                    ) : (
                      <span className="muted">{t.silent(name)}</span>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
          <h3>{t.indicators}</h3>
          {c.indicators.length === 0 ? (
            <p className="muted">{t.noIndicators}</p>
          ) : (
            <ul className="indicators">
              {c.indicators.map((i) => (
                <li key={i.id}>
                  {t.indicator[i.id]}: <strong>{i.value}</strong> ({i.year})
                  <Sources sources={[i.source]} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <ExposureSection code={code} />
      <CountryFaults code={code} name={name} />
      <h3>{t.assetsHere}</h3>
      <p className="small muted">{t.countsNote}</p>
      <ul className="counts">
        {GROUPS.map((g) => {
          const n = facts.groups[g.key];
          return (
            <li key={g.key}>
              {!loaded(g.types) ? (
                <span className="muted">
                  {t.group[g.key]}: {t.notLoaded}
                </span>
              ) : n > 0 ? (
                <button type="button" className="link" onClick={() => openList(g.key)}>
                  {t.showInList(n, t.group[g.key])}
                </button>
              ) : (
                <span className="muted">{t.group[g.key]}: 0</span>
              )}
            </li>
          );
        })}
      </ul>
      <EventList events={events} />
    </article>
  );
}
