import { useAssetIndex } from '../data';
import { useAssetText, useCountries, useTimeline } from '../data/queries';
import { formatProblem } from '../data/checks';
import { LoadProblem } from './load-problem';
import type { AssetFeature } from '../data/schema';
import { useT } from '../i18n/strings';
import { PanelHead } from './panel-head';
import { CorrectionLink } from './correction-link';
import { useView } from '../state/store';
import { NO_FILTERS } from '../state/filters';
import { useDerived } from '../derive/use-derived';
import { groupOfType } from '../model/groups';
import { Sources } from './sources';
import { FaultHistory } from '../resilience/fault-history';
import { SegmentCuts } from '../resilience/segment-cuts';
import { EventList } from './event-list';
import { regionName } from '../i18n/region';
import { CappedText, SHORT_CAP } from './capped-text';
import { useOperatorNames } from '../controls/operator-names';
import { LifeEvents, StationCables } from './asset-facts';

/** Says so when the selected asset is not on the map (its layer is off, or the filters
 * leave it out), with the one click that brings it back. */
function HiddenNote({ asset }: { asset: AssetFeature }) {
  const t = useT();
  const group = groupOfType(asset.properties.type);
  const layerOn = useView((s) => s.layers[group]);
  const match = useDerived().shown;
  const { toggleLayer, setFilters } = useView.getState();
  if (!layerOn)
    return (
      <p className="hidden-note" role="note">
        {t.hiddenByLayer(t.group[group])}{' '}
        <button type="button" className="link" onClick={() => toggleLayer(group, true)}>
          {t.showLayer}
        </button>
      </p>
    );
  if (!match(asset.properties))
    return (
      <p className="hidden-note" role="note">
        {t.hiddenByFilters}{' '}
        <button type="button" className="link" onClick={() => setFilters(NO_FILTERS)}>
          {t.clearFilters}
        </button>
      </p>
    );
  return null;
}

/** Says so when a planned or under-construction record has gone quiet (the derived view's
 * quietOf): its recorded state is the last one sources gave, not a present fact. */
function QuietNote({ asset }: { asset: AssetFeature }) {
  const t = useT();
  const since = useDerived().quietOf(asset.properties);
  if (since === null) return null;
  return (
    <p className="hidden-note" role="note">
      {since ? t.quietSince(since) : t.quietNever}
    </p>
  );
}

/** Details of the selected asset, with its sources and related assets one click away. */
export function AssetPanel({ asset, onZoom }: { asset: AssetFeature; onZoom: (a: AssetFeature) => void }) {
  const t = useT();
  const lang = useView((s) => s.lang);
  const select = useView((s) => s.select);
  const selectCountry = useView((s) => s.selectCountry);
  const countryNames = useCountries().data?.countries;
  const events = (useTimeline().data?.events ?? []).filter((e) => e.assets.includes(asset.properties.id));
  const { all, byId } = useAssetIndex();
  const p = asset.properties;
  const names = useOperatorNames();
  // the record's text (description, sources, event notes) loads with the first panel that needs it
  const { q: textQ, text, problem } = useAssetText(p.type, p.id);
  const pending = !text && textQ.isPending;

  const related =
    p.type === 'submarine-cable'
      ? { title: t.landingPoints, items: (p.landingPoints ?? []).map((id) => byId.get(id)).filter((x): x is AssetFeature => !!x) }
      : p.type === 'landing-point'
        ? { title: t.cablesHere, items: all.filter((f) => f.properties.landingPoints?.includes(p.id)) }
        : null;
  const m = p.measures;

  return (
    <article className="asset-panel" aria-labelledby="asset-h">
      <PanelHead id="asset-h" title={<CappedText text={p.name[lang]} cap={SHORT_CAP} />} onClose={() => select(null)} focusKey={p.id} />
      <p className="asset-type">
        {t.type[p.type]} · {t.status[p.status]} {p.year ?? `(${t.yearUnknown})`}
      </p>
      <HiddenNote asset={asset} />
      <QuietNote asset={asset} />
      {text ? (
        <p>
          <CappedText text={text.description[lang]} />
        </p>
      ) : (
        pending && (
          <p className="muted" role="status">
            {t.loadingText}
          </p>
        )
      )}
      {textQ.isError && <LoadProblem q={textQ} />}
      {problem && (
        <p role="alert" className="load-problem">
          {t.textUnread}: <CappedText text={formatProblem(problem)} cap={SHORT_CAP} />
        </p>
      )}
      <dl>
        <dt>{t.countries}</dt>
        <dd>
          {p.countries.map((code, i) => {
            const c = countryNames?.find((x) => x.code === code);
            return (
              <span key={code}>
                {i > 0 && ', '}
                {c ? (
                  <button type="button" className="link" onClick={() => selectCountry(code)} title={t.relatedCountry}>
                    {c.name[lang]}
                  </button>
                ) : (
                  regionName(code, lang)
                )}
              </span>
            );
          })}
        </dd>
        {p.nodeKind && (
          <>
            <dt>{t.type[p.type]}</dt>
            <dd>{t.nodeKind[p.nodeKind]}</dd>
          </>
        )}
        {p.provider && (
          <>
            <dt>{t.provider}</dt>
            <dd>
              {p.provider}
              {p.providerHome && <span className="muted"> ({t.home(regionName(p.providerHome, lang))})</span>}
            </dd>
          </>
        )}
        {p.operators.length > 0 && !(p.provider && p.operators.length === 1 && p.operators[0] === p.provider) && (
          <>
            <dt>{p.type === 'submarine-cable' ? t.owners : t.operators}</dt>
            <dd>
              <CappedText text={p.operators.map(names.show).join(lang === 'zh' ? '、' : ', ')} cap={1000} />
              {!p.provider && p.providerHome && <span className="muted"> ({t.home(regionName(p.providerHome, lang))})</span>}
            </dd>
          </>
        )}
        {p.supplier && (
          <>
            <dt>{t.supplier}</dt>
            <dd>{p.supplier}</dd>
          </>
        )}
        {p.vendors && p.vendors.length > 0 && (
          <>
            <dt>{t.vendors}</dt>
            <dd>{p.vendors.join(', ')}</dd>
          </>
        )}
        {p.partners.length > 0 && (
          <>
            <dt>{t.partners}</dt>
            <dd>{p.partners.join(', ')}</dd>
          </>
        )}
        {m?.lengthKm && (
          <>
            <dt>{t.length}</dt>
            <dd>{m.lengthKm.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')} km</dd>
          </>
        )}
        {m?.capacity && (
          <>
            <dt>{t.capacity}</dt>
            <dd>{m.capacity}</dd>
          </>
        )}
        {m?.fibrePairs && (
          <>
            <dt>{t.fibrePairs}</dt>
            <dd>{m.fibrePairs}</dd>
          </>
        )}
        {m?.facilities && (
          <>
            <dt>{t.facilities}</dt>
            <dd>
              {m.facilities} {m.asOf && <span className="muted">({m.asOf})</span>}
            </dd>
          </>
        )}
        {m?.mw && (
          <>
            <dt>{t.power}</dt>
            <dd>
              {m.mw.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')} MW {m.asOf && <span className="muted">({m.asOf})</span>}
            </dd>
          </>
        )}
        {m?.investment && (
          <>
            <dt>{t.investment}</dt>
            <dd>
              {m.investment.amount.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')} {m.investment.currency}
            </dd>
          </>
        )}
      </dl>
      {p.stats && (
        <ul className="stats">
          {p.stats.map((s, i) => (
            <li key={i}>
              <strong>{s.value}</strong> {s.label[lang]}{' '}
              <span className="muted">
                ({s.asOf}
                {s.source.section ? ` · ${t.paperSection(s.source.section)}` : ''})
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="precision">{t.precision[p.precision]}</p>
      <button type="button" onClick={() => onZoom(asset)}>
        {t.zoomTo}
      </button>
      {(text?.events ?? p.events)?.length ? <LifeEvents events={text?.events ?? p.events ?? []} /> : null}
      {text?.disputes?.map((d, i) => (
        <div key={i} className="dispute" role="note">
          <h3>{t.disputed}</h3>
          <ul>
            {d.claims.map((c, j) => (
              <li key={j}>
                <strong>{c.claim}</strong>
                <Sources sources={c.sources} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      {p.type === 'landing-point' ? (
        <StationCables id={p.id} />
      ) : (
        related &&
        related.items.length > 0 && (
          <>
            <h3>{related.title}</h3>
            <ul className="related">
              {related.items.map((r) => (
                <li key={r.properties.id}>
                  <button type="button" className="link" onClick={() => select(r.properties.id)}>
                    <CappedText text={r.properties.name[lang]} cap={SHORT_CAP} />
                  </button>
                </li>
              ))}
            </ul>
          </>
        )
      )}
      <EventList events={events} />
      {p.type === 'submarine-cable' && <FaultHistory cable={p.id} />}
      {p.type === 'submarine-cable' && <SegmentCuts cable={p.id} />}
      <h3>{t.sources}</h3>
      {text ? <Sources sources={text.sources} /> : pending && <p className="muted">{t.loadingText}</p>}
      <CorrectionLink asset={p} />
    </article>
  );
}
