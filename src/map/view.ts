/** China and the eleven ASEAN states (Timor-Leste since 2025): [west, south, east, north]. */
export const REGION_VIEW: [number, number, number, number] = [73, -11, 141, 54];

/** Padding that keeps the region clear of the bottom sheet on narrow screens (under
 * 700 px the panel covers `sheet` of the height, 42 % unless the reader drags it). */
export function viewPadding(container: HTMLElement, sheetFraction = 0.42): { top: number; bottom: number; left: number; right: number } {
  const h = container.clientHeight;
  const sheet = window.innerWidth <= 700 ? Math.round(h * sheetFraction) : 0;
  return { top: 12, left: 12, right: 12, bottom: 12 + sheet };
}
