import type { TimelineEvent } from '../data/schema';
import { useT } from '../i18n/strings';
import { useView } from '../state/store';
import { Sources } from './sources';

/** The timeline events that concern an asset or a country, each with its sources. */
export function EventList({ events }: { events: readonly TimelineEvent[] }) {
  const t = useT();
  const lang = useView((s) => s.lang);
  if (!events.length) return null;
  return (
    <>
      <h3>{t.events}</h3>
      <ul className="related events">
        {events.map((e) => (
          <li key={e.id}>
            {e.date} · {e.title[lang]} <span className="section-ref">({t.paperSection(e.section)})</span>
            <Sources sources={e.sources} />
          </li>
        ))}
      </ul>
    </>
  );
}
