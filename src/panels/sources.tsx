import type { Source } from '../data/schema';
import { useT } from '../i18n/strings';

/** A list of sources: the paper's section, or a link that opens in a new tab. */
export function Sources({ sources }: { sources: readonly Source[] }) {
  const t = useT();
  return (
    <ul className="sources">
      {sources.map((s, i) => (
        <li key={i}>
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
          ) : (
            <span>{s.title}</span>
          )}
          {s.section && <span className="section-ref"> · {t.paperSection(s.section)}</span>}
        </li>
      ))}
    </ul>
  );
}
