/** How the Resilience tab's tables write a figure: as it is, or before→after when the
 * reader's cuts changed it ('–' where there is none). */
export const beforeAfter = (active: boolean, was: number | null | undefined, now: number | null | undefined): string =>
  active && now !== was ? `${was ?? '–'}→${now ?? '–'}` : String(now ?? '–');
