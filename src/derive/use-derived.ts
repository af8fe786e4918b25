/**
 * The derived view for React: reads the store's view and the loaded data and hands them to
 * deriveView (pure, memoised at module level, so every component shares one result).
 */
import { useEffect, useState } from 'react';
import { useAssetIndex } from '../data';
import { useFirstViewCorridors, useFirstViewFaults } from './first-view';
import { localToday } from '../model/time';
import { useView } from '../state/store';
import { deriveView, exposureDataOf, networkAskFor, routePlacesOf, type Derived } from './derive';
import { routeEdgeIdsOf } from './network';
import { useEdgeLines, useNetworkAnswer } from './use-network';

/** The reader's today, renewed when the local date changes (a page left open overnight). */
export function useToday(): string {
  const [today, setToday] = useState(localToday);
  useEffect(() => {
    const id = setInterval(() => setToday((t) => (localToday() === t ? t : localToday())), 60_000);
    return () => clearInterval(id);
  }, []);
  return today;
}

export function useDerived(): Derived {
  const filters = useView((s) => s.filters);
  const layers = useView((s) => s.layers);
  const whatIf = useView((s) => s.whatIf);
  const selection = useView((s) => s.selection);
  const compare = useView((s) => s.compare);
  const change = useView((s) => s.change);
  const index = useAssetIndex();
  const faults = useFirstViewFaults().data?.faults;
  const corridors = useFirstViewCorridors().data?.corridors;
  const today = useToday();
  const exposureData = exposureDataOf(index, faults, corridors);
  const network = useNetworkAnswer(networkAskFor({ filters, whatIf }, today), exposureData).data;
  // the same inputs as the map's (map-view.tsx), so the memoised parts are shared
  const routeLines = useEdgeLines(routeEdgeIdsOf(network, routePlacesOf({ selection, compare })), exposureData).data;
  return deriveView({ filters, layers, whatIf, selection, compare, change }, { index, faults, corridors, network, routeLines }, today);
}
