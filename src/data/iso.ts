/** ISO 3166-1 alpha-2 codes of China, the ten ASEAN states, and the other places the
 * region's cables and partners reach. Extend it when a real source needs another. */
export const ASEAN = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'] as const;
export const FOCUS = ['CN', ...ASEAN] as const;
export const ISO_A2: ReadonlySet<string> = new Set([
  ...FOCUS,
  'HK', 'MO', 'TW', 'JP', 'KR', 'KP', 'MN', 'IN', 'BD', 'LK', 'PK', 'NP', 'BT', 'TL', 'PG', 'AU', 'US', 'GU', 'FR',
  'GB', 'DE', 'IT', 'GR', 'EG', 'SA', 'AE', 'OM', 'YE', 'DJ', 'QA', 'MV', 'RU', 'KZ', 'KG', 'TJ', 'AF',
]);
