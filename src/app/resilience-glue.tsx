/**
 * Where dependence and resilience meet the page: the panel's tab, the check of a shared
 * scenario's ids against the data, and the what-if fill of the map's countries.
 */
import { useEffect, useMemo } from 'react';
import { cmpDate, cutCables, faultActiveOn } from '../analysis/exposure';
import { useExposure, useExposureData, useExposureDay } from '../controls/use-exposure';
import { useFaults } from '../data/queries';
import type { FaultOverlay } from '../map/fault-layers';
import { useRT } from '../i18n/resilience';
import { theme } from '../model/theme';
import { useView } from '../state/store';
import { replacing } from '../state/url-sync';
import { addNotice } from './link-check';

/** Red for a country left with none, orange for one (ColorBrewer RdYlBu ends, distinct from
 * the choropleth's BuPu ramp). */
export const WHAT_IF_COLORS = { none: '#d7191c', one: '#fdae61' } as const;

export function ResilienceTab({ pressed, onClick }: { pressed: boolean; onClick: () => void }) {
  const r = useRT();
  return (
    <button type="button" aria-pressed={pressed} onClick={onClick}>
      {r.tab}
    </button>
  );
}

/** A shared link's cut cables and corridors that the data does not have: said once the data
 * has loaded, and dropped from the view without a history step. */
export function useScenarioCheck(): void {
  const data = useExposureData();
  const whatIf = useView((s) => s.whatIf);
  useEffect(() => {
    if (!data) return;
    const cables = new Set(data.cables.map((c) => c.properties.id));
    const corridors = new Set(data.corridors.map((c) => c.id));
    const badCut = whatIf.cut.filter((id) => !cables.has(id));
    const badCorr = whatIf.corridors.filter((id) => !corridors.has(id));
    if (!badCut.length && !badCorr.length) return;
    addNotice([
      ...badCut.map((value) => ({ code: 'not-in-data' as const, key: 'cut' as const, value })),
      ...badCorr.map((value) => ({ code: 'not-in-data' as const, key: 'corr' as const, value })),
    ]);
    const s = useView.getState();
    replacing(() =>
      s.setWhatIf({ cut: whatIf.cut.filter((id) => cables.has(id)), corridors: whatIf.corridors.filter((id) => corridors.has(id)) }),
    );
  }, [data, whatIf]);
}

/** The land fill while a what-if scenario is on (countries left with none or one), else null. */
export function useWhatIfFill(): unknown {
  const { rows, active } = useExposure();
  return useMemo(() => {
    if (!active || !rows) return null;
    const pairs = rows.filter((e) => e.flag).flatMap((e) => [e.code, WHAT_IF_COLORS[e.flag!]]);
    const focus = pairs.length ? ['match', ['get', 'iso'], ...pairs, theme.landFocus] : theme.landFocus;
    return ['case', ['!', ['get', 'focus']], theme.land, focus];
  }, [rows, active]);
}

/** The what-if key over the map. */
export function WhatIfLegend() {
  const r = useRT();
  const { rows, active } = useExposure();
  if (!active || !rows) return null;
  return (
    <div className="choro-box whatif-box">
      <strong>{r.legendTitle}</strong>
      <ul className="choro-legend" aria-label={r.legendTitle}>
        <li>
          <span className="chip" style={{ background: WHAT_IF_COLORS.none }} aria-hidden="true" /> {r.legendNone}
        </li>
        <li>
          <span className="chip" style={{ background: WHAT_IF_COLORS.one }} aria-hidden="true" /> {r.legendOne}
        </li>
        <li>
          <span className="chip" style={{ background: theme.landFocus }} aria-hidden="true" /> {r.legendMore}
        </li>
      </ul>
      <p className="muted small">{r.flagged(rows.filter((e) => e.flag).length)}</p>
    </div>
  );
}

/** The fault log on the map: faults with a reported location that had begun by the analysed
 * day, and the cables impaired that day (or cut in the what-if). Shown with the cables. */
export function useFaultOverlay(): FaultOverlay | null {
  const faults = useFaults().data?.faults;
  const day = useExposureDay();
  const cut = useView((s) => s.whatIf.cut);
  const visible = useView((s) => s.layers['submarine-cable']);
  const { data } = useExposure();
  return useMemo(() => {
    if (!faults) return null;
    const impaired = new Set([...faults.filter((f) => faultActiveOn(f, day)).flatMap((f) => f.cables), ...cut]);
    if (data) for (const id of cutCables(data, { day, corridors: useView.getState().whatIf.corridors })) impaired.add(id);
    return {
      points: {
        type: 'FeatureCollection',
        features: faults.flatMap((f) =>
          f.location && cmpDate(f.start, day) <= 0
            ? [
                {
                  type: 'Feature' as const,
                  geometry: { type: 'Point' as const, coordinates: [...f.location.coordinates] },
                  properties: { id: f.id },
                },
              ]
            : [],
        ),
      },
      impaired: [...impaired],
      visible,
    };
  }, [faults, day, cut, visible, data]);
}
