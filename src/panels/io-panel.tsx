import { useRef } from 'react';
import { regionName } from '../i18n/region';
import type { Strings } from '../i18n/strings';
import type { Filters } from '../state/filters';
import type { Lang } from '../model/view';
import { useT } from '../i18n/strings';
import { useMapHandle } from '../map/map-handle';
import { GROUPS } from '../model/groups';
import { useDerived } from '../derive/use-derived';
import { flushUrl } from '../state/url-sync';
import { useChoropleth } from '../controls/choropleth-control';
import { NO_DATA } from '../map/style/choropleth';
import { useView } from '../state/store';
import { download } from '../io/download';
import { exportName, toCSV, toGeoJSON, toOFDS } from '../io/export';
import { useImports } from '../io/imports-store';
import { composeSnapshot } from '../io/snapshot';

import { localToday as today } from '../model/time';
/** This view's address, camera included (for the picture's credit line). */
const atlasUrl = () => {
  flushUrl();
  return window.location.href;
};

/** Import the user's GeoJSON; download what the filters show (GeoJSON, CSV, OFDS, PNG). */
/** The filters in words, for the image's credit line (so a picture says what it shows). */
function describeFilters(f: Filters, t: Strings, lang: Lang): string {
  const parts: string[] = [];
  if (f.countries.length) parts.push(f.countries.map((c) => regionName(c, lang)).join(lang === 'zh' ? '、' : ', '));
  if (f.statuses.length) parts.push(f.statuses.map((s) => t.status[s]).join('/'));
  if (f.homes.length) parts.push(`${t.filterHome}: ${f.homes.map((c) => regionName(c, lang)).join('/')}`);
  if (f.operators.length) parts.push(`${t.filterOperator}: ${f.operators.length}`);
  if (f.suppliers.length) parts.push(f.suppliers.join('/'));
  if (f.yearFrom !== null || f.yearTo !== null) parts.push(`${f.yearFrom ?? ''}–${f.yearTo ?? ''}`);
  if (f.asOf !== null) parts.push(t.asOfValue(f.asOf));
  return parts.length ? `${t.filters}: ${parts.join('; ')}` : t.noFiltersApplied;
}

export function IoPanel() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const { listed } = useDerived();
  const layers = useView((s) => s.layers);
  const filters = useView((s) => s.filters);
  const { layers: imported, jobs, errors, importFile, remove, toggle, dismissErrors } = useImports();
  const input = useRef<HTMLInputElement>(null);
  const shown = () => listed;

  const choroId = useView((s) => s.choropleth);
  const choro = useChoropleth();
  const mapHandle = useMapHandle();
  const png = async (ratio: number) => {
    const atlas = mapHandle.current;
    if (!atlas) return;
    const map = await atlas.captureAt(ratio);
    const out = composeSnapshot(
      map,
      {
        title: t.title,
        date: today(),
        attribution: `${t.attribution} · ${t.disclaimer}`,
        credit: `${describeFilters(filters, t, lang)} · ${t.snapshotCredit(atlasUrl())}`,
        legend: GROUPS.filter((g) => layers[g.key]).map((g) => ({ key: g.key, label: t.group[g.key] })),
        choropleth:
          choro && choroId
            ? {
                title: t.indicator[choroId],
                classes: [
                  ...choro.classes.map((c) => ({ label: c.min === c.max ? `${c.min}` : `${c.min}–${c.max}`, color: c.color })),
                  { label: t.noData, color: NO_DATA },
                ],
              }
            : undefined,
      },
      ratio,
    );
    out.toBlob((b) => b && download(exportName('png', { layers, filters }, today()), b), 'image/png');
  };

  return (
    <section className="io" aria-labelledby="io-h">
      <h2 id="io-h">{t.yourData}</h2>
      <input
        ref={input}
        type="file"
        accept=".geojson,.json,application/geo+json,application/json"
        multiple
        hidden
        onChange={(e) => {
          for (const f of Array.from(e.target.files ?? [])) void importFile(f);
          e.target.value = '';
        }}
      />
      <button type="button" onClick={() => input.current?.click()}>
        {t.importFile}
      </button>
      <p className="small muted">{t.importHint}</p>
      {jobs.map((j, i) => (
        <p key={i} role="status" className="small">
          {t.importing(j.file, j.total ? Math.round((100 * j.loaded) / j.total) : 0)}
          <progress max={j.total || 1} value={j.loaded} />
        </p>
      ))}
      {errors.length > 0 && (
        <div className="legend-error" role="alert">
          <ul>
            {errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
          <button type="button" onClick={dismissErrors}>
            {t.dismiss}
          </button>
        </div>
      )}
      {imported.length > 0 && (
        <ul className="imported-layers">
          {imported.map((l) => (
            <li key={l.id} data-import={l.id}>
              <label>
                <input type="checkbox" checked={l.visible} onChange={() => toggle(l.id)} />
                <span className="chip" style={{ background: l.color }} aria-hidden="true" /> {l.name}
              </label>
              <span className="muted small"> {t.features(l.features.length)} </span>
              <button type="button" onClick={() => remove(l.id)} aria-label={`${t.remove}: ${l.name}`}>
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t.download}</h3>
      <div className="downloads">
        <button
          type="button"
          onClick={() => download(exportName('geojson', { layers, filters }, today()), toGeoJSON(shown()), 'application/geo+json')}
        >
          {t.dlGeoJSON}
        </button>
        <button
          type="button"
          onClick={() => download(exportName('csv', { layers, filters }, today()), toCSV(shown()), 'text/csv;charset=utf-8')}
        >
          {t.dlCSV}
        </button>
        <button
          type="button"
          onClick={() => {
            const { nodes, spans } = toOFDS(shown(), today());
            download(exportName('ofds-nodes.geojson', { layers, filters }, today()), nodes, 'application/geo+json');
            download(exportName('ofds-spans.geojson', { layers, filters }, today()), spans, 'application/geo+json');
          }}
        >
          {t.dlOFDS}
        </button>
        <button type="button" onClick={() => void png(window.devicePixelRatio || 1)} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
          {t.dlPNG}
        </button>
        <button type="button" onClick={() => void png(Math.max(2, window.devicePixelRatio || 1))}>
          {t.dlPNGHi}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t.print}
        </button>
      </div>
    </section>
  );
}
