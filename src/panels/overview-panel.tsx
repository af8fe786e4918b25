import { useAssetIndex } from '../data';
import { usePaper, useTimeline } from '../data/queries';
import { useT } from '../i18n/strings';
import { useView } from '../state/store';
import { Sources } from './sources';
import { LoadProblem } from './load-problem';
import { OverviewCounts } from './overview-counts';
import { FaultLogLink } from './fault-log-link';
import { DATA_RELEASE } from '../data/release';

const KINDS = ['state', 'opportunity', 'challenge', 'recommendation'] as const;

/** The paper in brief: headline figures, the Information Harbour's counts, the policy
 * timeline (a milestone highlights its assets), and §2–§4 in a few lines each. */
export function OverviewPanel() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const highlight = useView((s) => s.highlight);
  const setHighlight = useView((s) => s.setHighlight);
  const select = useView((s) => s.select);
  const paper = usePaper();
  const timeline = useTimeline();
  const { all, byId } = useAssetIndex();
  const harbour = all.find((f) => f.properties.id === 'node-china-asean-information-harbour');
  const events = [...(timeline.data?.events ?? [])].sort((a, b) => a.date.localeCompare(b.date));

  return (
    <section className="overview" aria-labelledby="overview-h">
      <h2 id="overview-h">{t.overview}</h2>
      <LoadProblem q={paper} />
      {paper.data && <p className="paper-title">{paper.data.title[lang]}</p>}
      <p className="muted small data-release">{t.dataRelease(DATA_RELEASE.version, DATA_RELEASE.date)}</p>
      {paper.data && (
        <>
          <h3>{t.headline}</h3>
          <ul className="headline">
            {paper.data.headline.map((h) => (
              <li key={h.id}>
                <strong>{h.value[lang]}</strong> {h.label[lang]} ({h.year}) <span className="section-ref">{t.paperSection(h.section)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <OverviewCounts />
      {harbour?.properties.stats && (
        <>
          <h3>{t.harbour}</h3>
          <ul className="headline">
            {harbour.properties.stats.map((s, i) => (
              <li key={i}>
                <strong>{s.value}</strong> {s.label[lang]}{' '}
                {s.source.section && <span className="section-ref">{t.paperSection(s.source.section)}</span>}
              </li>
            ))}
          </ul>
          <button type="button" className="link" onClick={() => select(harbour.properties.id)}>
            {harbour.properties.name[lang]}
          </button>
        </>
      )}
      <h3 id="timeline-h">{t.timeline}</h3>
      <p className="muted small">{t.timelineHint}</p>
      <LoadProblem q={timeline} />
      <ol className="timeline" aria-labelledby="timeline-h">
        {events.map((e) => {
          const on = highlight === e.id;
          const linked = e.assets.filter((id) => byId.has(id));
          return (
            <li key={e.id} className={on ? 'on' : undefined}>
              <button type="button" aria-pressed={on} onClick={() => setHighlight(on ? null : e.id)}>
                <span className="date">{e.date}</span> {e.title[lang]}
              </button>
              {on && (
                <div className="event-detail">
                  <p>
                    {e.description[lang]} <span className="section-ref">({t.paperSection(e.section)})</span>
                  </p>
                  {linked.length ? (
                    <ul>
                      {linked.map((id) => (
                        <li key={id}>
                          <button type="button" className="link" onClick={() => select(id)}>
                            {byId.get(id)!.properties.name[lang]}
                          </button>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="muted">{t.noAssetsForEvent}</p>
                  )}
                  <h4 className="small">{t.sources}</h4>
                  <Sources sources={e.sources} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <FaultLogLink />
      {paper.data &&
        KINDS.map((k) => (
          <section key={k} aria-labelledby={`theme-${k}`}>
            <h3 id={`theme-${k}`}>{t.themeKind[k]}</h3>
            <dl className="themes">
              {paper.data.themes
                .filter((th) => th.kind === k)
                .map((th) => (
                  <div key={th.section}>
                    <dt>
                      {th.title[lang]} <span className="section-ref">{th.section}</span>
                    </dt>
                    <dd>{th.summary[lang]}</dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
    </section>
  );
}
