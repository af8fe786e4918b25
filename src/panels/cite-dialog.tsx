import { useEffect, useRef, useState } from 'react';
import { version } from '../../package.json';
import { DATA_RELEASE } from '../data/release';
import { useT } from '../i18n/strings';
import { apa, bibtex, gbt7714 } from '../io/cite';
import { useView } from '../state/store';
import { flushUrl } from '../state/url-sync';

import { localToday as today } from '../model/time';

/** "Cite this view": the atlas, version, access date and this exact view's URL, in
 * GB/T 7714, APA and BibTeX, in the reader's language; each with a Copy button. */
export function CiteDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useView((s) => s.lang);
  const ref = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  // the URL as it is now (a camera move still waiting for its throttle is written first)
  const [url] = useState(() => {
    flushUrl();
    return window.location.href;
  });
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const input = { lang, url, accessed: today(), version, data: DATA_RELEASE };
  const styles = [
    { id: 'gbt', label: t.citeGbt, text: gbt7714(input) },
    { id: 'apa', label: 'APA 7', text: apa(input) },
    { id: 'bibtex', label: 'BibTeX', text: bibtex(input) },
  ];
  const copy = (id: string, text: string) => {
    navigator.clipboard.writeText(text).then(
      () => setCopied(id),
      () => setCopied(null),
    );
  };
  return (
    <dialog ref={ref} className="cite" aria-labelledby="cite-h" onClose={onClose}>
      <h2 id="cite-h">{t.citeTitle}</h2>
      <p className="small muted">{t.citeNote}</p>
      {styles.map((s) => (
        <section key={s.id} className="cite-style">
          <h3>{s.label}</h3>
          <pre data-style={s.id} tabIndex={0}>
            {s.text}
          </pre>
          <button type="button" onClick={() => copy(s.id, s.text)}>
            {copied === s.id ? t.copied2 : t.copy}
          </button>
        </section>
      ))}
      <form method="dialog">
        <button type="submit">{t.close}</button>
      </form>
    </dialog>
  );
}
