/**
 * The derived view for React: reads the store's view and the loaded data and hands them to
 * deriveView (pure, memoised at module level, so every component shares one result).
 */
import { useEffect, useState } from 'react';
import { useAssetIndex } from '../data';
import { useCorridors, useFaults } from '../data/queries';
import { localToday } from '../model/time';
import { useView } from '../state/store';
import { deriveView, type Derived } from './derive';

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
  const change = useView((s) => s.change);
  const index = useAssetIndex();
  const faults = useFaults().data?.faults;
  const corridors = useCorridors().data?.corridors;
  const today = useToday();
  return deriveView({ filters, layers, whatIf, change }, { index, faults, corridors }, today);
}
