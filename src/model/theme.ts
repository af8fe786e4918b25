/**
 * Colours of the atlas. Asset colours are from the Okabe–Ito palette, chosen to stay
 * distinct under the common colour-vision deficiencies; every type also differs in
 * symbol shape or line pattern, so the legend still reads in greyscale.
 */
export const theme = {
  sea: '#dfe9f2',
  land: '#f6f4ef',
  landFocus: '#ffffff',
  /** The coastline: a darker shade of the sea. */
  coast: '#7c9ab5',
  border: '#9a9a9a',
  borderFocus: '#6f6f6f',
  label: '#4a4a4a',
  labelHalo: '#ffffff',
  highlight: '#000000',
  /** The dark edge of a land fibre route in service (a dashed, planned route has none). */
  casing: '#6e2c00',
  /** Retired cables, when the reader asks to see them. */
  retired: '#8a8a8a',
  asset: {
    'submarine-cable': '#0072b2',
    'land-fibre': '#d55e00',
    node: '#cc79a7',
    'cloud-centre': '#009e73',
    '5g': '#e69f00',
  },
} as const;
