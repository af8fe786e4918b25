import { useKnown } from '../data/queries';
import { KNOWN_STATUSES, type KnownStatus } from '../data/constants';
import type { KnownSystem } from '../data/schema';
import { useT } from '../i18n/strings';
import { regionList } from '../i18n/region';
import { useView } from '../state/store';
import { LifeEvents } from './asset-facts';
import { LoadProblem } from './load-problem';
import { Sources } from './sources';

/** The places a country's panel lists known systems for: China's includes Hong Kong and
 * Macau (each named on the entry), as a reader looking for China's cables expects. */
export const knownPlaces = (code: string): readonly string[] => (code === 'CN' ? ['CN', 'HK', 'MO'] : [code]);

/** The systems of a place, in service first (the order of KNOWN_STATUSES), then by name. */
export function knownIn(systems: readonly KnownSystem[], code: string): KnownSystem[] {
  const places = knownPlaces(code);
  const rank = (s: KnownStatus) => KNOWN_STATUSES.indexOf(s);
  return systems
    .filter((k) => k.countries.some((c) => places.includes(c)))
    .sort((a, b) => rank(a.status) - rank(b.status) || a.name.en.localeCompare(b.name.en));
}

/**
 * A country's systems known but not drawn (geodata/known-systems.json): each with its
 * state, why the map does not draw it, what the sources say and the sources themselves, so
 * that a system missing from the map is never silently missing from the atlas.
 */
export function KnownSystems({ code }: { code: string }) {
  const t = useT();
  const lang = useView((s) => s.lang);
  const q = useKnown();
  const mine = knownIn(q.data?.systems ?? [], code);
  const places = knownPlaces(code);
  if (!mine.length) return <LoadProblem q={q} />;
  return (
    <section className="known-systems" aria-labelledby={`known-h-${code}`}>
      <LoadProblem q={q} />
      <h4 id={`known-h-${code}`}>{t.knownTitle(mine.length)}</h4>
      <p className="small muted">{t.knownNote}</p>
      <ul className="known-list">
        {mine.map((k) => {
          // on China's panel, a system that lands only in Hong Kong or Macau says where
          const elsewhere = places.length > 1 && !k.countries.includes(code);
          const where = elsewhere ? k.countries.filter((c) => places.includes(c)) : [];
          return (
            <li key={k.id} data-known={k.id}>
              <strong>{k.name[lang]}</strong>{' '}
              <span className="muted">
                · {k.status === 'unknown' ? t.knownUnknown : t.status[k.status]}
                {k.year !== null && ` (${k.year})`}
                {where.length > 0 && ` · ${t.knownIn(regionList(where, lang))}`}
              </span>
              <p className="known-why">
                <span className="muted">{t.knownWhy}:</span> {k.why[lang]}
              </p>
              {/* the sources behind a disclosure: a country lists up to fourteen systems */}
              <details>
                <summary>{t.knownMore(k.sources.length)}</summary>
                <p>{k.description[lang]}</p>
                {k.events && k.events.length > 0 && <LifeEvents events={k.events} />}
                <Sources sources={k.sources} />
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
