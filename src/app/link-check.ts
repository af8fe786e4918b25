import { useEffect } from 'react';
import { useAssetIndex } from '../data';
import { useAssetQueries, useCountries } from '../data/queries';
import { useT } from '../i18n/strings';
import { selectedCountryOf, useView } from '../state/store';
import { replacing } from '../state/url-sync';

/**
 * What a link names that the data does not have: an operator no asset has (the map would
 * silently show "0 of N"), a country the atlas has no record of. Checked once the data has
 * loaded (while a file has failed, the operator may be in it, so nothing is dropped); each
 * is said in the link notice and dropped without adding a history step.
 */
export function useLinkCheck(): void {
  const t = useT();
  const { all } = useAssetIndex();
  const settled = useAssetQueries().every((q) => q.isSuccess);
  const operators = useView((s) => s.filters.operators);
  const country = useView(selectedCountryOf);
  const countries = useCountries().data;

  useEffect(() => {
    if (!settled || !operators.length) return;
    const known = new Set(all.flatMap((f) => [...f.properties.operators, ...f.properties.partners]));
    const unknown = operators.filter((o) => !known.has(o));
    if (!unknown.length) return;
    const s = useView.getState();
    s.setNotice([...(s.notice ?? []), ...unknown.map(t.unknownOperator)]);
    replacing(() => s.setFilters({ operators: operators.filter((o) => known.has(o)) }));
  }, [settled, operators, all, t]);

  useEffect(() => {
    if (!countries || !country || countries.countries.some((c) => c.code === country)) return;
    const s = useView.getState();
    s.setNotice([...(s.notice ?? []), t.unknownCountry(country)]);
    replacing(() => s.selectCountry(null));
  }, [countries, country, t]);
}
