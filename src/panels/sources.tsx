import type { Source } from '../data/schema';
import { usePaper } from '../data/queries';
import { useT } from '../i18n/strings';
import { useView } from '../state/store';

/** A list of sources: a public source as a link that opens in a new tab; the paper itself
 * (a section reference without a link) by its full title in the reader's language. */
export function Sources({ sources }: { sources: readonly Source[] }) {
  const t = useT();
  const lang = useView((s) => s.lang);
  const paper = usePaper().data;
  return (
    <ul className="sources">
      {sources.map((s, i) => (
        <li key={i}>
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
          ) : s.section && paper ? (
            <span>
              {t.thePaper}: <cite>{paper.title[lang]}</cite>
            </span>
          ) : (
            <span>{s.title}</span>
          )}
          {s.section && <span className="section-ref"> · {t.paperSection(s.section)}</span>}
          {s.kind && <span className="muted source-kind"> · {t.sourceKind[s.kind]}</span>}
        </li>
      ))}
    </ul>
  );
}
