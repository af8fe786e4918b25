import { useId, useMemo, useState } from 'react';
import { useAssetIndex } from '../data';
import { bboxOf } from '../data/geometry';
import { useCountries } from '../data/queries';
import { useT } from '../i18n/strings';
import { useView } from '../state/store';
import { useKnown, useOperators } from '../data/queries';
import type { AssetType } from '../data/schema';
import { groupOfType } from '../model/groups';
import { allLayers } from '../state/store';
import { NO_FILTERS } from '../state/filters';
import { searchAssets, searchCountries, searchKnown, searchTypes } from './search';
import { FOCUS } from '../data/iso';
import { CappedText, SHORT_CAP } from '../panels/capped-text';

type Result =
  | { kind: 'country'; id: string; label: string }
  | { kind: 'type'; id: AssetType; label: string; count: number }
  | { kind: 'asset'; id: string; label: string; type: string }
  | { kind: 'known'; id: string; label: string; country: string };

/** A combobox over the eleven countries and the assets (names in both languages,
 * operators). Arrow keys move through the results, Enter chooses: a country opens its
 * panel; an asset is selected and the map flies to it. */
export function SearchBox() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const { all, byId } = useAssetIndex();
  const countries = useCountries().data?.countries;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  // the firms' names and the systems known but not drawn load once someone searches (not
  // for the first view)
  const [asked, setAsked] = useState(false);
  const operators = useOperators({ enabled: asked }).data?.operators;
  const known = useKnown({ enabled: asked }).data?.systems;
  const results = useMemo<Result[]>(
    () => [
      ...searchCountries(countries ?? [], query).map((c) => ({ kind: 'country' as const, id: c.code, label: c.name[lang] })),
      ...searchTypes(query).map((type) => ({
        kind: 'type' as const,
        id: type,
        label: t.showAllOfType(t.type[type]),
        count: all.filter((f) => f.properties.type === type).length,
      })),
      ...searchAssets(all, query, 12, { operators }).map((f) => ({
        kind: 'asset' as const,
        id: f.properties.id,
        label: f.properties.name[lang],
        type: t.type[f.properties.type],
      })),
      // after the drawn assets: a system sources name but whose landings they do not; it
      // opens the panel of the first of its countries in the region, which lists it
      ...searchKnown(known ?? [], query, 6, { operators }).map((k) => ({
        kind: 'known' as const,
        id: k.id,
        label: k.name[lang],
        country: k.countries.find((c) => (FOCUS as readonly string[]).includes(c)) ?? 'CN',
      })),
    ],
    [all, countries, query, lang, t, operators, known],
  );
  const listId = useId();
  const choose = (r: Result) => {
    if (r.kind === 'country') useView.getState().selectCountry(r.id);
    else if (r.kind === 'known') useView.getState().selectCountry(r.country);
    else if (r.kind === 'type') {
      // the whole list of that kind, with only its layer on: one change, one history step
      const key = groupOfType(r.id);
      useView.getState().openList(NO_FILTERS, { ...allLayers(false), [key]: true });
    } else {
      useView.getState().select(r.id);
      const f = byId.get(r.id);
      if (f) useView.getState().fitTo(bboxOf(f.geometry));
    }
    setOpen(false);
    setQuery('');
  };
  const show = open && query.trim().length > 0;
  return (
    <div className="search" role="search">
      <input
        type="search"
        id="atlas-search"
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
          setAsked(true);
        }}
        onFocus={() => {
          setOpen(true);
          setAsked(true);
        }}
        // close once focus has really left (a panel closing may hand focus straight back here)
        onBlur={(e) => {
          const input = e.currentTarget;
          setTimeout(() => {
            if (document.activeElement !== input) setOpen(false);
          }, 150);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((i) => Math.min(results.length - 1, i + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(0, i - 1));
          } else if (e.key === 'Enter' && results[active]) {
            e.preventDefault();
            choose(results[active]);
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
          {results.map((r, i) => (
            <li
              key={`${r.kind}:${r.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(r)}
            >
              <CappedText text={r.label} cap={SHORT_CAP} />{' '}
              <span className="muted">
                ·{' '}
                {r.kind === 'country'
                  ? t.countryResult
                  : r.kind === 'type'
                    ? t.count(r.count)
                    : r.kind === 'known'
                      ? t.knownResult
                      : r.type}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
