import { useAssetIndex } from '../data';
import { useT } from '../i18n/strings';
import { regionName } from '../i18n/region';
import { CablesByStatus } from './asset-facts';
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
          <CablesByStatus cables={cables} />
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
