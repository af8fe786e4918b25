import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The hostile rerun (`npm run hostile`): generated hostile links, corrupted data files and
 * imports, each checked against one oracle (e2e/hostile/oracle.ts). Kept out of the default
 * e2e run (its config ignores e2e/hostile/) so CI time does not grow; same browser, flags
 * and server as the suite. Prints tried/failed per class and writes
 * hostile-results/report.json (git-ignored).
 */
export default defineConfig({
  ...base,
  testDir: 'e2e/hostile',
  testIgnore: [],
  timeout: 600_000,
  expect: { timeout: 15_000 },
  globalSetup: './e2e/hostile/setup.ts',
  globalTeardown: './e2e/hostile/report.ts',
});
