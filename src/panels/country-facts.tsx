import { useAssetIndex } from '../data';
import { useT } from '../i18n/strings';
import { regionName } from '../i18n/region';
import { CablesByStatus } from './asset-facts';
import { KnownSystems } from './known-systems';
import { useDerived } from '../derive/use-derived';
import { useView } from '../state/store';

/**
 * What the data holds for a country, counted from the entries themselves (so a count and
 * the list it opens always agree): the cables that land there by status (named), its
 * landing stations, its exchange points (or that none is recorded), and its cloud regions
 * by the provider's home economy.
 */
export function CountryFacts({ code }: { code: string }) {
  const t = useT();
  const lang = useView((s) => s.lang);
  const { byType } = useAssetIndex();
  // derived once (src/derive), counted as the analysis counts: the cables that land here
  // (a station here, or the country in their sources' list), by their state on the view's day
  const { cables, stations } = useDerived().countryFacts(code);
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
          <p className="small muted">{t.stationsHere(stations)}</p>
          {cables.length === 0 && <p className="muted">{t.noCablesRecorded}</p>}
          <CablesByStatus cables={cables} />
          <KnownSystems code={code} />
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
