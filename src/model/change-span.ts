import { localToday } from './time';
import type { ChangeSpan } from './view';

/** The comparison the Changes tab opens with: from the first day of the year five years
 * back to the reader's today. */
export const defaultSpan = (today = localToday()): ChangeSpan => ({ from: `${Number(today.slice(0, 4)) - 5}-01-01`, to: today });
