import { useEffect, useRef } from 'react';
import { useAssetIndex } from '../data';
import { useT } from '../i18n/strings';
import { useView } from '../state/store';

/** Several assets under one click (co-located points, crossing cables): pick one. */
export function Chooser({ ids }: { ids: string[] }) {
  const t = useT();
  const lang = useView((s) => s.lang);
  const { select, offer } = useView.getState();
  const { byId } = useAssetIndex();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [ids]);
  return (
    <section className="chooser" aria-labelledby="chooser-h">
      <header className="panel-head">
        <h2 id="chooser-h" ref={heading} tabIndex={-1}>
          {t.choose}
        </h2>
        <button type="button" className="close" onClick={() => offer(null)} aria-label={t.close}>
          ×
        </button>
      </header>
      <ul>
        {ids.map((id) => {
          const f = byId.get(id);
          if (!f) return null;
          return (
            <li key={id}>
              <button type="button" className="link" onClick={() => select(id)}>
                {f.properties.name[lang]}
              </button>{' '}
              <span className="muted">· {t.type[f.properties.type]}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
