import { rmSync } from 'node:fs';
import { RESULTS_DIR } from './oracle';

/** A fresh record for each run. */
export default function setup(): void {
  rmSync(RESULTS_DIR, { recursive: true, force: true });
}
