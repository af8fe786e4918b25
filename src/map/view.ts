/** China and the ten ASEAN states: [west, south, east, north]. */
export const REGION_VIEW: [number, number, number, number] = [73, -11, 141, 54];

/** Padding that keeps the region clear of the bottom sheet on narrow screens (the
 * panel covers up to 42% of the height under 700 px, see styles.css). */
export function viewPadding(container: HTMLElement): { top: number; bottom: number; left: number; right: number } {
  const h = container.clientHeight;
  const sheet = window.innerWidth <= 700 ? Math.round(h * 0.42) : 0;
  return { top: 12, left: 12, right: 12, bottom: 12 + sheet };
}
