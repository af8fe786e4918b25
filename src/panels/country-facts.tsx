import { useAssetIndex } from '../data';
import { STATUSES, type AssetProps } from '../data/schema';
import { useT } from '../i18n/strings';
import { regionName } from '../i18n/region';
import { statusAsOf } from '../state/filters';
import { useView } from '../state/store';

const byStatus = (items: readonly AssetProps[], asOf: number | null) =>
  STATUSES.map((s) => [s, items.filter((p) => statusAsOf(p, asOf) === s)] as const).filter(([, xs]) => xs.length > 0);

/**
 * What the data holds for a country, counted from the entries themselves (so a count and
 * the list it opens always agree): the cables that land there by status (named), its
 * landing stations, its exchange points (or that none is recorded), and its cloud regions
 * by the provider's home economy.
 */
export function CountryFacts({ code }: { code: string }) {
  const t = useT();
  const lang = useView((s) => s.lang);
  const asOf = useView((s) => s.filters.asOf);
  const select = useView((s) => s.select);
  const { byType, cablesOf } = useAssetIndex();
  const stations = (byType['landing-point']?.features ?? []).filter((f) => f.properties.countries.includes(code)).map((f) => f.properties);
  const cables = [...new Map(stations.flatMap((s) => cablesOf(s.id)).map((c) => [c.id, c])).values()];
  const ixps = (byType.node?.features ?? []).filter((f) => f.properties.nodeKind === 'ixp' && f.properties.countries.includes(code));
  const clouds = (byType['cloud-centre']?.features ?? []).filter((f) => f.properties.provider && f.properties.countries.includes(code));
  const homes = new Map<string, number>();
  for (const f of clouds)
    if (f.properties.providerHome) homes.set(f.properties.providerHome, (homes.get(f.properties.providerHome) ?? 0) + 1);
  return (
    <section className="country-facts" aria-label={t.countryFacts}>
      {byType['submarine-cable'] && byType['landing-point'] && (
        <>
          <h3>
            {t.cablesLanding} ({cables.length})
          </h3>
          <p className="small muted">{t.stationsHere(stations.length)}</p>
          {cables.length === 0 && <p className="muted">{t.noCablesRecorded}</p>}
          {byStatus(cables, asOf).map(([s, xs]) => (
            <div key={s} className="station-group" data-status={s}>
              <h4>
                {t.status[s]} ({xs.length})
              </h4>
              <ul className="related inline">
                {xs.map((c) => (
                  <li key={c.id}>
                    <button type="button" className="link" onClick={() => select(c.id)}>
                      {c.name[lang]}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
      {byType.node && <p data-fact="ixp">{ixps.length ? t.ixpsHere(ixps.length) : t.noIxpRecorded}</p>}
      {byType['cloud-centre'] && (
        <p data-fact="cloud">
          {t.cloudRegionsHere(clouds.length)}
          {homes.size > 0 &&
            `: ${[...homes]
              .sort((a, b) => b[1] - a[1])
              .map(([h, n]) => t.byHome(n, regionName(h, lang)))
              .join(lang === 'zh' ? '，' : ', ')}`}
        </p>
      )}
    </section>
  );
}
