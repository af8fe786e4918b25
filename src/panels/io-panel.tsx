import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useT } from '../i18n/strings';
import { useDerived } from '../derive/use-derived';
import { useView } from '../state/store';
import { download } from '../io/download';
import { exportName, importedToGeoJSON, statusDate, toCSV, toGeoJSON, toOFDS, withText } from '../io/export';
import { textMap, textsQuery } from '../data/queries';
import type { AssetRecord } from '../data/schema';
import { ASSET_TYPES } from '../data/constants';
import { useImports } from '../io/imports-store';
import { useSnapshot } from './use-snapshot';

import { localToday as today } from '../model/time';

/** Import the user's GeoJSON; download what the filters show (GeoJSON, CSV, OFDS, PNG). */
export function IoPanel() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const { listed, at } = useDerived();
  const layers = useView((s) => s.layers);
  const filters = useView((s) => s.filters);
  const { layers: imported, jobs, errors, importFile, remove, toggle, dismissErrors } = useImports();
  const input = useRef<HTMLInputElement>(null);
  const shown = () => listed;
  // exports write each record's text (description, sources), read from the asset files
  // themselves when the reader first exports: not with the first view, nor with this panel
  const qc = useQueryClient();
  const [preparing, setPreparing] = useState(false);
  const [leftOut, setLeftOut] = useState(0);
  const withRecords = async (write: (records: AssetRecord[]) => void) => {
    setPreparing(true);
    const loaded = await Promise.allSettled(ASSET_TYPES.map((type) => qc.fetchQuery(textsQuery(type))));
    const maps = loaded.map((r) => (r.status === 'fulfilled' ? textMap(r.value) : undefined));
    const { records, leftOut } = withText(shown(), (f) => maps[ASSET_TYPES.indexOf(f.properties.type)]?.get(f.properties.id));
    setPreparing(false);
    setLeftOut(leftOut);
    write(records);
  };

  const png = useSnapshot();

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
              <button
                type="button"
                onClick={() => download(`${l.name.replace(/\.[^.]*$/, '')}_export.geojson`, importedToGeoJSON(l), 'application/geo+json')}
                aria-label={`${t.exportLayer}: ${l.name}`}
              >
                {t.exportLayer}
              </button>
              <button type="button" onClick={() => remove(l.id)} aria-label={`${t.remove}: ${l.name}`}>
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t.download}</h3>
      <p className="muted small" data-status-on={statusDate(at)}>
        {t.statusOn(statusDate(at))}
      </p>
      {preparing && (
        <p className="muted small" role="status">
          {t.exportPreparing}
        </p>
      )}
      {leftOut > 0 && (
        <p className="load-problem small" role="alert">
          {t.exportLeftOut(leftOut)}
        </p>
      )}
      <div className="downloads">
        <button
          type="button"
          onClick={() =>
            void withRecords((r) => download(exportName('geojson', { layers, filters }, today()), toGeoJSON(r, at), 'application/geo+json'))
          }
          disabled={preparing}
        >
          {t.dlGeoJSON}
        </button>
        <button
          type="button"
          onClick={() =>
            void withRecords((r) => download(exportName('csv', { layers, filters }, today()), toCSV(r, at), 'text/csv;charset=utf-8'))
          }
          disabled={preparing}
        >
          {t.dlCSV}
        </button>
        <button
          type="button"
          onClick={() => {
            const { nodes, spans } = toOFDS(shown(), today(), at);
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
