import { FOCUS } from '../data/iso';
import { NO_WHAT_IF } from '../model/view';
import { selectedAssetOf, selectedCountryOf, type ViewState } from './store';
import { DEFAULT_URL_STATE, type UrlState } from './url-codec';
import type { LinkProblem } from './link-problems';
import { stepView } from './story';

/** The store's view as the URL's state. In a story the step is the whole address (it sets
 * the view), with the language. */
export function toUrlState(v: ViewState): UrlState {
  if (v.story) return { ...DEFAULT_URL_STATE, lang: v.lang, story: v.story };
  return {
    camera: v.camera,
    layers: v.layers,
    filters: v.filters,
    selected: selectedAssetOf(v),
    country: selectedCountryOf(v),
    panel: v.selection?.kind === 'asset' || v.selection?.kind === 'country' ? 'details' : v.panel,
    lang: v.lang,
    choropleth: v.choropleth,
    whatIf: v.whatIf,
    compare: v.compare,
    ...(v.change ? { change: v.change } : {}),
  };
}

/** The URL's state as a store update, plus what it could not use. A URL with both an
 * asset and a country opens the asset; a country outside China and ASEAN is ignored. */
export function fromUrlState(u: UrlState, lang: ViewState['lang']): { view: Partial<ViewState>; ignored: LinkProblem[] } {
  const ignored: LinkProblem[] = [];
  if (u.story) {
    const { step, view } = stepView(u.story);
    // the camera frames the step once the map is there (the story panel asks for it)
    return {
      view: { ...view, camera: null, lang: u.lang ?? lang, story: u.story, command: { seq: -u.story.step, kind: 'fit', bbox: step.bbox } },
      ignored,
    };
  }
  let country = u.country;
  if (country && !(FOCUS as readonly string[]).includes(country)) {
    ignored.push({ code: 'not-a', key: 'country', value: country, expected: 'focus-country' });
    country = null;
  }
  if (u.selected && country) {
    ignored.push({ code: 'asset-and-country' });
    country = null;
  }
  return {
    view: {
      camera: u.camera,
      layers: u.layers,
      filters: u.filters,
      selection: u.selected ? { kind: 'asset', id: u.selected } : country ? { kind: 'country', code: country } : null,
      panel: u.panel === 'list' || u.panel === 'resilience' || u.panel === 'changes' ? u.panel : 'overview',
      lang: u.lang ?? lang,
      choropleth: u.choropleth,
      whatIf: u.whatIf ?? NO_WHAT_IF,
      compare: u.compare ?? [],
      change: u.change ?? null,
      highlight: null,
    },
    ignored,
  };
}
