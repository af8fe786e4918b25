import { useId, useMemo, useState } from 'react';
import { useAssetIndex } from '../data';
import { useT } from '../i18n/strings';
import { useView } from '../state/store';
import { searchAssets } from './search';

/** A combobox over asset names (both languages) and operators. Arrow keys move through
 * the results, Enter chooses: the asset is selected and the map brings it into view. */
export function SearchBox() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const select = useView((s) => s.select);
  const { all } = useAssetIndex();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const results = useMemo(() => searchAssets(all, query), [all, query]);
  const listId = useId();
  const choose = (id: string) => {
    select(id);
    setOpen(false);
    setQuery('');
  };
  const show = open && query.trim().length > 0;
  return (
    <div className="search" role="search">
      <input
        type="search"
        role="combobox"
        aria-label={t.search}
        aria-expanded={show}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={show && results[active] ? `${listId}-${active}` : undefined}
        placeholder={t.searchPlaceholder}
        value={query}
        maxLength={200}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((i) => Math.min(results.length - 1, i + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(0, i - 1));
          } else if (e.key === 'Enter' && results[active]) {
            e.preventDefault();
            choose(results[active].properties.id);
          } else if (e.key === 'Escape' && show) {
            e.stopPropagation();
            e.nativeEvent.stopImmediatePropagation();
            setOpen(false);
          }
        }}
      />
      {show && (
        <ul id={listId} role="listbox" className="search-results" aria-label={t.results(results.length)}>
          {results.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true" className="muted">
              {t.noResults}
            </li>
          )}
          {results.map((f, i) => (
            <li
              key={f.properties.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(f.properties.id)}
            >
              {f.properties.name[lang]} <span className="muted">· {t.type[f.properties.type]}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
