/**
 * The places the network model reports on, and the points it measures latency between.
 *
 * Places: China (mainland), the eleven ASEAN states, and Hong Kong, Macau and Taiwan as
 * places of their own (cables land there; a cable landing only in Hong Kong is not a
 * Chinese route). "Outside the region" is every other country: a node whose country is not
 * one of these fifteen places (Japan, Korea, the United States, Guam, India, Sri Lanka,
 * Australia, the Gulf, Europe…).
 */
import { FOCUS } from '../../data/iso';

/** The twelve states the model measures: China and the eleven ASEAN states. */
export const NETWORK_COUNTRIES: readonly string[] = FOCUS;
/** Places of their own that are not among the twelve but are inside the region. */
export const REGION_EXTRA: readonly string[] = ['HK', 'MO', 'TW'];
/** Every place inside the region: the min-cut matrix is over these. */
export const PLACES: readonly string[] = [...FOCUS, ...REGION_EXTRA];
const PLACE_SET = new Set(PLACES);

/** Whether a country code is outside the region (not one of the fifteen places). */
export const isOutside = (code: string | null): boolean => code !== null && !PLACE_SET.has(code);

export interface Hub {
  /** Place code (ISO 3166-1 alpha-2; HK, MO, TW for the places of their own). */
  code: string;
  name: string;
  lon: number;
  lat: number;
}

/**
 * Each place's hub: its capital, or for Hong Kong, Macau and Taiwan the main city. The
 * national network's hub node sits here, and latency is measured between these points.
 * Coordinates: each city's centre as gazetteers (GeoNames, Wikipedia) give it, rounded
 * to 0.01°, the same values as the basemap's city labels (scripts/cities.mjs).
 */
export const HUBS: readonly Hub[] = [
  { code: 'CN', name: 'Beijing', lon: 116.41, lat: 39.9 },
  { code: 'BN', name: 'Bandar Seri Begawan', lon: 114.94, lat: 4.89 },
  { code: 'KH', name: 'Phnom Penh', lon: 104.92, lat: 11.56 },
  { code: 'ID', name: 'Jakarta', lon: 106.85, lat: -6.21 },
  { code: 'LA', name: 'Vientiane', lon: 102.63, lat: 17.98 },
  { code: 'MY', name: 'Kuala Lumpur', lon: 101.69, lat: 3.14 },
  { code: 'MM', name: 'Naypyidaw', lon: 96.13, lat: 19.76 },
  { code: 'PH', name: 'Manila', lon: 120.98, lat: 14.6 },
  { code: 'SG', name: 'Singapore', lon: 103.82, lat: 1.35 },
  { code: 'TH', name: 'Bangkok', lon: 100.5, lat: 13.76 },
  { code: 'TL', name: 'Dili', lon: 125.58, lat: -8.56 },
  { code: 'VN', name: 'Hanoi', lon: 105.83, lat: 21.03 },
  { code: 'HK', name: 'Hong Kong', lon: 114.17, lat: 22.32 },
  { code: 'MO', name: 'Macau', lon: 113.54, lat: 22.2 },
  { code: 'TW', name: 'Taipei', lon: 121.56, lat: 25.03 },
];
export const HUB_BY_CODE: ReadonlyMap<string, Hub> = new Map(HUBS.map((h) => [h.code, h]));

/**
 * Reference towns used only to tell which country a land link's vertex is in (with the
 * hubs above and the landing stations): cities near the region's land borders from the
 * same gazetteer list (scripts/cities.mjs), and the border towns at the positions the land
 * links themselves give them (geodata/land-fibre.geojson: Ruili and Muse, Myawaddy and Mae
 * Sot, Tamu and Moreh, Poipet and Aranyaprathet, Bavet, Siem Reap, Stung Treng, Zhuhai).
 */
export const REFERENCE_TOWNS: readonly Hub[] = [
  { code: 'CN', name: 'Kunming', lon: 102.83, lat: 24.88 },
  { code: 'CN', name: 'Nanning', lon: 108.37, lat: 22.82 },
  { code: 'CN', name: 'Shenzhen', lon: 114.06, lat: 22.54 },
  { code: 'CN', name: 'Guangzhou', lon: 113.26, lat: 23.13 },
  { code: 'VN', name: 'Ho Chi Minh City', lon: 106.63, lat: 10.82 },
  { code: 'VN', name: 'Da Nang', lon: 108.22, lat: 16.05 },
  { code: 'MM', name: 'Yangon', lon: 96.16, lat: 16.87 },
  { code: 'MM', name: 'Mandalay', lon: 96.08, lat: 21.98 },
  { code: 'TH', name: 'Chiang Mai', lon: 98.99, lat: 18.79 },
  { code: 'TH', name: 'Songkhla', lon: 100.59, lat: 7.19 },
  { code: 'LA', name: 'Luang Prabang', lon: 102.13, lat: 19.89 },
  { code: 'KH', name: 'Sihanoukville', lon: 103.52, lat: 10.63 },
  { code: 'MY', name: 'Johor Bahru', lon: 103.76, lat: 1.49 },
  { code: 'CN', name: 'Zhuhai', lon: 113.58, lat: 22.27 },
  { code: 'CN', name: 'Ruili', lon: 97.85, lat: 24.01 },
  { code: 'MM', name: 'Muse', lon: 97.9, lat: 23.99 },
  { code: 'MM', name: 'Myawaddy', lon: 98.51, lat: 16.69 },
  { code: 'TH', name: 'Mae Sot', lon: 98.57, lat: 16.71 },
  { code: 'MM', name: 'Tamu', lon: 94.31, lat: 24.22 },
  { code: 'IN', name: 'Moreh', lon: 94.3, lat: 24.25 },
  { code: 'KH', name: 'Poipet', lon: 102.56, lat: 13.66 },
  { code: 'TH', name: 'Aranyaprathet', lon: 102.51, lat: 13.69 },
  { code: 'KH', name: 'Bavet', lon: 106.12, lat: 11.06 },
  { code: 'KH', name: 'Siem Reap', lon: 103.86, lat: 13.36 },
  { code: 'KH', name: 'Stung Treng', lon: 105.97, lat: 13.53 },
];
