/**
 * The fault log and the corridors for the first view's own readers (the map, the derived
 * view, the overview): the first view draws only faint fault markers, so the two files
 * (about 55 KB gzip) wait until it is done, unless the view asks about them (issue 23: the
 * first view's bytes). A panel that needs them now (the Resilience tab, a cable's fault
 * history) reads useFaults()/useCorridors() directly, and every reader gets them then.
 */
import { useCorridors, useFaults } from '../data/queries';
import type { ViewState } from '../state/store';
import { useView } from '../state/store';

/** Whether a view asks about faults or corridors now: a replayed day or a what-if, the
 * Resilience tab, a comparison, a story, a country, a corridor filter; or the first view is done. */
export const asksAboutFaults = (s: ViewState): boolean =>
  s.firstViewDone ||
  s.panel === 'resilience' ||
  s.whatIf.day !== null ||
  s.whatIf.cut.length > 0 ||
  s.whatIf.corridors.length > 0 ||
  s.whatIf.segments.length > 0 ||
  s.whatIf.national.length > 0 ||
  s.compare.length > 0 ||
  s.story !== null ||
  s.selection?.kind === 'country' ||
  s.filters.through.length > 0 ||
  s.filters.avoiding.length > 0;

export const useFirstViewFaults = () => useFaults({ enabled: useView(asksAboutFaults) });
export const useFirstViewCorridors = () => useCorridors({ enabled: useView(asksAboutFaults) });
