/**
 * What a published view (print, PNG) says about itself: the day, the what-if scenario and the
 * filters in words, and a key for every kind of mark that is drawn (layer symbols, dashed =
 * under construction, retired grey, faults, impaired or cut cables, the what-if's red and
 * orange, the choropleth's classes, a comparison's added and retired). Pure: the print sheet
 * and the PNG both read it, so the two always carry the same keys.
 */
import type { FaultOverlay } from '../derive/derive';
import { whatIfKey } from '../derive/derive';
import { FAULT_COLOR } from '../map/fault-layers';
import { regionName } from '../i18n/region';
import type { PublishStrings } from '../i18n/publish';
import type { ResilienceStrings } from '../i18n/resilience';
import type { Strings } from '../i18n/strings';
import { GROUPS, type GroupKey, type Symbol } from '../model/groups';
import { theme } from '../model/theme';
import type { DayBasis } from '../model/time';
import type { Lang, WhatIf } from '../model/view';
import type { Filters } from '../state/filters';

/** One row of a key: how the mark is drawn and what it means. */
export type KeyEntry =
  | { kind: 'symbol'; symbol: Symbol; color: string; label: string }
  | { kind: 'line'; color: string; dash: boolean; label: string }
  | { kind: 'fault'; color: string; label: string }
  | { kind: 'fill'; color: string; label: string };

export interface KeyGroup {
  title?: string | undefined;
  entries: KeyEntry[];
}

export interface DescribeInput {
  lang: Lang;
  t: Strings;
  r: ResilienceStrings;
  p: PublishStrings;
  layers: Record<GroupKey, boolean>;
  filters: Filters;
  whatIf: WhatIf;
  day: string;
  basis: DayBasis;
  overlay: FaultOverlay | null;
  /** True when something is cut (the land shows red / orange). */
  whatIfActive: boolean;
  /** The choropleth's key when the countries are coloured (and no what-if is). */
  choropleth?: { title: string; classes: Array<{ label: string; color: string }> } | null | undefined;
  /** Names of cut cables and corridors, for the scenario line. */
  nameOf: (id: string) => string;
  /** Further keys drawn over the map (e.g. a comparison of two dates). */
  extra?: KeyGroup[] | undefined;
}

export interface ViewDescription {
  day: string;
  /** The what-if in words, or null when none is set. */
  scenario: string | null;
  filters: string;
  keys: KeyGroup[];
}

/** The filters in words (so a picture says what it shows). */
export function describeFilters(f: Filters, t: Strings, lang: Lang): string {
  const parts: string[] = [];
  const sep = lang === 'zh' ? '、' : ', ';
  if (f.countries.length) parts.push(f.countries.map((c) => regionName(c, lang)).join(sep));
  if (f.statuses.length) parts.push(f.statuses.map((s) => t.status[s]).join('/'));
  if (f.homes.length) parts.push(`${t.filterHome}: ${f.homes.map((c) => regionName(c, lang)).join('/')}`);
  if (f.operators.length) parts.push(`${t.filterOperator}: ${f.operators.join('/')}`);
  if (f.suppliers.length) parts.push(f.suppliers.join('/'));
  if (f.nodeKinds.length) parts.push(f.nodeKinds.join('/'));
  if (f.yearFrom !== null || f.yearTo !== null) parts.push(`${f.yearFrom ?? ''}–${f.yearTo ?? ''}`);
  if (f.asOf !== null) parts.push(t.asOfValue(f.asOf));
  return parts.length ? `${t.filters}: ${parts.join('; ')}` : t.noFiltersApplied;
}

/** The view's day, scenario, filters and keys. */
export function describeView(i: DescribeInput): ViewDescription {
  const { t, r, p } = i;
  const day =
    i.basis === 'replay'
      ? p.dayReplay(i.day)
      : i.basis === 'as-of' && i.filters.asOf !== null
        ? p.dayAsOf(i.filters.asOf, i.day)
        : p.dayToday(i.day);
  const cut = [...i.whatIf.corridors, ...i.whatIf.cut].map(i.nameOf);
  const sep = i.lang === 'zh' ? '、' : ', ';
  const scenario = cut.length ? `${p.scenario}: ${p.scenarioCut(cut.join(sep))}` : null;

  const layers: KeyEntry[] = GROUPS.filter((g) => i.layers[g.key]).map((g) => ({
    kind: 'symbol',
    symbol: g.symbol,
    color: g.color,
    label: t.group[g.key],
  }));
  // a dash means the same on cables and land fibre: drawn in the colour of the first route layer shown
  const route = GROUPS.find((g) => g.symbol.startsWith('line') && i.layers[g.key]);
  if (route) {
    layers.push({ kind: 'line', color: route.color, dash: true, label: p.keyDashed });
    if (i.filters.statuses.includes('retired')) layers.push({ kind: 'line', color: theme.retired, dash: false, label: p.keyRetired });
  }
  const keys: KeyGroup[] = [{ title: t.legend, entries: layers }];

  const o = i.overlay;
  const faults: KeyEntry[] = [];
  if (o?.visible && o.shown.length) faults.push({ kind: 'fault', color: FAULT_COLOR, label: r.faultLegend });
  if (o?.visible && o.impaired.length) faults.push({ kind: 'line', color: FAULT_COLOR, dash: true, label: r.impairedLegend });
  if (faults.length) keys.push({ entries: faults });

  if (i.whatIfActive)
    keys.push({
      title: r.legendTitle,
      entries: whatIfKey(r).map((e) => ({ kind: 'fill' as const, ...e })),
    });
  else if (i.choropleth)
    keys.push({ title: i.choropleth.title, entries: i.choropleth.classes.map((c) => ({ kind: 'fill', color: c.color, label: c.label })) });
  // plain land: the two colours that tell the atlas's states from their neighbours
  else
    keys.push({
      entries: [
        { kind: 'fill', color: theme.landFocus, label: p.keyLandFocus },
        { kind: 'fill', color: theme.land, label: p.keyLandOther },
      ],
    });
  keys.push(...(i.extra ?? []));
  return { day, scenario, filters: describeFilters(i.filters, t, i.lang), keys };
}
