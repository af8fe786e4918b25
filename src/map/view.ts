/** The default frame, [west, south, east, north]: the ASEAN states (Myanmar to Timor-Leste and
 * the Philippines) and southern China with Hong Kong and Taiwan's coast, where the atlas's
 * assets are; China's empty interior and the north are left to panning (it was [73, -11, 141,
 * 54]: ~40 % of the frame was interior China and Java sat on the bottom edge). */
export const REGION_VIEW: [number, number, number, number] = [91, -12, 130, 33];

/** On a phone the map's bottom controls (scale, attribution button: 24 px tall and their
 * 10 px margin) sit on the sheet's edge; the frame ends above them, so Timor-Leste's name,
 * the southernmost in the region, is not under them. public/base.css's .land-preview matches. */
export const PHONE_CONTROLS = 28;

/** Padding that keeps the region clear of the bottom sheet on narrow screens (under
 * 700 px the panel covers `sheet` of the height, 42 % unless the reader drags it) and of the
 * controls along its edge. */
export function viewPadding(container: HTMLElement, sheetFraction = 0.42): { top: number; bottom: number; left: number; right: number } {
  const h = container.clientHeight;
  const phone = window.innerWidth <= 700;
  const sheet = phone ? Math.round(h * sheetFraction) + PHONE_CONTROLS : 0;
  return { top: 12, left: 12, right: 12, bottom: 12 + sheet };
}

type Padding = { top: number; bottom: number; left: number; right: number };

/** The keys drawn over the map (route, what-if, choropleth, comparison: app/map-area.tsx):
 * a card stack along the bottom edge on a desktop, the top edge on a phone, reaching `depth`
 * px into the map's free area. */
export interface KeysBand {
  edge: 'top' | 'bottom';
  depth: number;
}

/** How far a key reaches when it is due but not drawn yet (the route key of a chosen country
 * waits for the route model): a two-line card and its gap from the edge. */
export const KEY_RESERVE = 64;

/**
 * The keys' band from where the card stack is (its box and the map's, in page pixels, and the
 * map's padding), or from where it will be: `due` when the view calls for a key, `phone`
 * when the cards sit at the top. Null when there is no key to keep clear of.
 */
export function keysBand(
  cards: { top: number; bottom: number; height: number } | null,
  map: { top: number; bottom: number },
  padding: Pick<Padding, 'top' | 'bottom'>,
  due: boolean,
  phone: boolean,
): KeysBand | null {
  const drawn = cards && cards.height > 0 ? cards : null;
  if (!drawn && !due) return null;
  const edge = drawn ? (drawn.top + drawn.bottom) / 2 < (map.top + map.bottom) / 2 : phone;
  const depth = drawn ? (edge ? drawn.bottom - map.top - padding.top : map.bottom - padding.bottom - drawn.top) : KEY_RESERVE;
  return { edge: edge ? 'top' : 'bottom', depth: Math.max(depth, due ? KEY_RESERVE : 0) };
}

/** The padding for framing a chosen place (on top of the map's own, viewPadding): `room` on
 * every side, and on the keys' side enough to keep the framed box clear of them. */
export function framePadding(room: number, keys: KeysBand | null): Padding {
  const p = { top: room, bottom: room, left: room, right: room };
  if (keys) p[keys.edge] = Math.max(room, Math.ceil(keys.depth) + 8);
  return p;
}
