/** The default frame, [west, south, east, north]: the ASEAN states (Myanmar to Timor-Leste and
 * the Philippines) and southern China with Hong Kong and Taiwan's coast, where the atlas's
 * assets are; China's empty interior and the north are left to panning (it was [73, -11, 141,
 * 54]: ~40 % of the frame was interior China and Java sat on the bottom edge). */
export const REGION_VIEW: [number, number, number, number] = [91, -12, 130, 33];

/** Padding that keeps the region clear of the bottom sheet on narrow screens (under
 * 700 px the panel covers `sheet` of the height, 42 % unless the reader drags it). */
export function viewPadding(container: HTMLElement, sheetFraction = 0.42): { top: number; bottom: number; left: number; right: number } {
  const h = container.clientHeight;
  const sheet = window.innerWidth <= 700 ? Math.round(h * sheetFraction) : 0;
  return { top: 12, left: 12, right: 12, bottom: 12 + sheet };
}
