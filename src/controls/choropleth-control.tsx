import { useMemo } from 'react';
import { useAssetIndex } from '../data';
import { useCountries } from '../data/queries';
import { FOCUS } from '../data/iso';
import { useT } from '../i18n/strings';
import { classify, NO_DATA, type Choropleth } from '../map/style/choropleth';
import { useView, type ChoroplethId } from '../state/store';
import { EXPOSURE_MEASURES, type ExposureMeasure } from '../model/view';
import type { CountryExposure } from '../analysis/exposure';
import { useDerived } from '../derive/use-derived';

const OPTIONS: ChoroplethId[] = [
  '5g-launch-year',
  'asset-count',
  'internet-users-pct',
  '4g-pop-coverage-pct',
  '5g-pop-coverage-pct',
  ...EXPOSURE_MEASURES,
];
/** Exposure measures for the analysed day (src/analysis), counted from this atlas's data. */
const MEASURE: Record<ExposureMeasure, (e: CountryExposure) => number> = {
  'intl-systems': (e) => e.systems.length,
  'impaired-systems': (e) => e.impaired.length,
  'landing-stations': (e) => e.stations.length,
  'land-links': (e) => e.landLinks.length,
};
const isMeasure = (id: ChoroplethId): id is ExposureMeasure => (EXPOSURE_MEASURES as readonly string[]).includes(id);

/** The current choropleth's classes and colours, or null when off. Indicators come from
 * countries.json; "asset-count" is counted from the atlas's own (unfiltered) data. */
export function useChoropleth(): Choropleth | null {
  const id = useView((s) => s.choropleth);
  const countries = useCountries().data;
  const { all } = useAssetIndex();
  const { rows } = useDerived().exposure;
  return useMemo(() => {
    if (!id) return null;
    const values: Record<string, number | null> = {};
    for (const code of FOCUS) {
      if (isMeasure(id)) {
        const e = rows?.find((x) => x.code === code);
        values[code] = e ? MEASURE[id](e) : null;
      } else if (id === 'asset-count') values[code] = all.filter((f) => f.properties.countries.includes(code)).length;
      else values[code] = countries?.countries.find((c) => c.code === code)?.indicators.find((i) => i.id === id)?.value ?? null;
    }
    return classify(id, values);
  }, [id, countries, all, rows]);
}

/** Which indicators have at least one value: only those are offered. */
function useAvailable(): ChoroplethId[] {
  const countries = useCountries().data;
  return OPTIONS.filter(
    (o) => o === 'asset-count' || isMeasure(o) || countries?.countries.some((c) => c.indicators.some((i) => i.id === o)),
  );
}

/** Choose an indicator; its legend (classes and "no data") appears under the switch. */
export function ChoroplethControl() {
  const t = useT();
  const id = useView((s) => s.choropleth);
  const set = useView((s) => s.setChoropleth);
  const options = useAvailable();
  return (
    <div className="choropleth">
      <label id="choro-h" htmlFor="choro-select">
        {t.choropleth}
      </label>
      <select id="choro-select" value={id ?? ''} onChange={(e) => set((e.target.value || null) as ChoroplethId | null)}>
        <option value="">{t.choroNone}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {t.indicator[o]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The choropleth's key, over the map so it stays visible while a panel is open. */
export function ChoroplethLegend() {
  const t = useT();
  const id = useView((s) => s.choropleth);
  const choro = useChoropleth();
  if (!choro || !id) return null;
  const fmt = (min: number, max: number) => (min === max ? `${min}` : `${min}–${max}`);
  return (
    <div className="choro-box float-card">
      <strong>{t.indicator[id]}</strong>
      <ul className="choro-legend" aria-label={t.indicator[id]}>
        {choro.classes.map((c) => (
          <li key={c.min}>
            <span className="chip" style={{ background: c.color }} aria-hidden="true" /> {fmt(c.min, c.max)}
          </li>
        ))}
        <li>
          <span className="chip" style={{ background: NO_DATA }} aria-hidden="true" /> {t.noData}
        </li>
      </ul>
      {(id === 'asset-count' || isMeasure(id)) && <p className="muted small">{t.derived}</p>}
    </div>
  );
}
