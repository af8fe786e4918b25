import { useMemo } from 'react';
import { useAssetIndex } from '../data';
import { useFirstViewCorridors } from '../derive/first-view';
import { useChoropleth } from '../controls/choropleth-control';
import { useDerived } from '../derive/use-derived';
import { usePT, type PublishStrings } from '../i18n/publish';
import type { Changes } from '../derive/changes';
import { CHANGE_COLORS } from '../map/change-layers';
import { useRT } from '../i18n/resilience';
import { useT } from '../i18n/strings';
import { describeView, type KeyGroup, type ViewDescription } from '../io/view-keys';
import { NO_DATA } from '../map/style/choropleth';
import { useView } from '../state/store';

/** The comparison's key: what entered service and what was retired between the dates. */
export function changeKeys(c: Changes, p: PublishStrings): KeyGroup {
  return {
    title: p.changesKeyTitle(c.span.from, c.span.to),
    entries: [
      { kind: 'line', color: CHANGE_COLORS.added, dash: false, label: `${p.changesKeyAdded} (${c.added.length})` },
      { kind: 'line', color: CHANGE_COLORS.retired, dash: true, label: `${p.changesKeyRetired} (${c.retired.length})` },
    ],
  };
}

/** The open view in words and keys (src/io/view-keys.ts), for the print sheet and the PNG. */
export function useViewDescription(extra?: KeyGroup[]): ViewDescription {
  const t = useT();
  const r = useRT();
  const p = usePT();
  const lang = useView((s) => s.lang);
  const layers = useView((s) => s.layers);
  const filters = useView((s) => s.filters);
  const whatIf = useView((s) => s.whatIf);
  const choroId = useView((s) => s.choropleth);
  const d = useDerived();
  const choro = useChoropleth();
  const { byId } = useAssetIndex();
  const corridors = useFirstViewCorridors().data?.corridors;
  return useMemo(() => {
    const nameOf = (id: string) => byId.get(id)?.properties.name[lang] ?? corridors?.find((c) => c.id === id)?.name[lang] ?? id;
    const choropleth =
      choro && choroId
        ? {
            title: t.indicator[choroId],
            classes: [
              ...choro.classes.map((c) => ({ label: c.min === c.max ? `${c.min}` : `${c.min}–${c.max}`, color: c.color })),
              { label: t.noData, color: NO_DATA },
            ],
          }
        : null;
    return describeView({
      lang,
      t,
      r,
      p,
      layers,
      filters,
      whatIf,
      day: d.at.day,
      basis: d.basis,
      overlay: d.overlay,
      whatIfActive: d.whatIfFill !== null,
      choropleth,
      nameOf,
      extra: [...(d.changes ? [changeKeys(d.changes, p)] : []), ...(extra ?? [])],
    });
  }, [t, r, p, lang, layers, filters, whatIf, choroId, choro, d, byId, corridors, extra]);
}
