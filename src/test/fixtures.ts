import { ASSET_FILES, COUNTRIES_FILE, OPERATORS_FILE, TIMELINE_FILE } from '../data/files';

/** A small valid dataset (made-up test values, never shipped) that tests break one way at a time. */
export function validDataset(): Record<string, any> {
  const src = [{ title: 'Test source', url: 'https://example.org/x' }];
  const t = (en: string) => ({ zh: `测试${en}`, en });
  const feat = (type: string, id: string, geometry: unknown, extra: Record<string, unknown> = {}) => ({
    type: 'Feature',
    geometry,
    properties: {
      id,
      type,
      name: t(id),
      description: t('desc'),
      countries: ['CN'],
      status: 'operational',
      year: 2020,
      operators: ['Op A'],
      ownerHomes: ['CN'],
      partners: [],
      precision: 'schematic',
      sources: src,
      ...extra,
    },
  });
  const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
  const gap = { kind: 'silent' };
  const codes = ['CN', 'BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'];
  return {
    [ASSET_FILES['submarine-cable']]: fc(
      feat(
        'submarine-cable',
        'cable-a',
        {
          type: 'LineString',
          coordinates: [
            [114, 22],
            [104, 1],
          ],
        },
        { landingPoints: ['lp-a', 'lp-b'] },
      ),
    ),
    [ASSET_FILES['landing-point']]: fc(
      feat('landing-point', 'lp-a', { type: 'Point', coordinates: [114, 22] }),
      feat('landing-point', 'lp-b', { type: 'Point', coordinates: [104, 1] }, { countries: ['SG'] }),
    ),
    [ASSET_FILES['land-fibre']]: fc(
      feat(
        'land-fibre',
        'fibre-a',
        {
          type: 'LineString',
          coordinates: [
            [106.7, 22],
            [106.8, 21.8],
          ],
        },
        { countries: ['CN', 'VN'], year: null },
      ),
    ),
    [ASSET_FILES.node]: fc(feat('node', 'node-a', { type: 'Point', coordinates: [108.3, 22.8] })),
    [ASSET_FILES['cloud-centre']]: fc(
      feat('cloud-centre', 'cloud-a', { type: 'Point', coordinates: [103.8, 1.3] }, { countries: ['SG'], year: 2015 }),
    ),
    [ASSET_FILES['5g']]: fc(
      feat('5g', '5g-a', { type: 'Point', coordinates: [100.5, 13.7] }, { countries: ['TH'], status: 'planned', year: 2024 }),
    ),
    [COUNTRIES_FILE]: {
      countries: codes.map((code) => ({
        code,
        name: t(code),
        gaps: { coverage: gap, technology: gap, dataCentres: gap, digitalDivide: gap },
        indicators: [],
      })),
    },
    [TIMELINE_FILE]: {
      events: [
        {
          id: 'ev-a',
          date: '2015-09',
          title: t('ev'),
          description: t('desc'),
          section: '§1.2(2)',
          assets: ['node-a'],
          sources: [{ title: 'paper', section: '§1.2(2)' }],
        },
      ],
    },
    [OPERATORS_FILE]: { operators: [{ id: 'op-a', name: t('Op A'), home: 'CN', names: ['Op A'] }] },
  };
}
