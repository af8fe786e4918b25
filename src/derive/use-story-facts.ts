import { useAssetIndex } from '../data';
import { useCountries, useFaults, useTimeline } from '../data/queries';
import { storyFacts, type StoryFacts } from './story-facts';

/** The story's figures for React (computed once per data change, see story-facts.ts). */
export function useStoryFacts(): StoryFacts {
  const index = useAssetIndex();
  return storyFacts(index, useCountries().data?.countries, useTimeline().data?.events, useFaults().data?.faults);
}
