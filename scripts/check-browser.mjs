/** Fails early, with instructions, when no Chromium is available for the e2e suite. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let bundled = '';
try {
  bundled = chromium.executablePath();
} catch {
  /* no bundled browser */
}
if (!existsSync(system) && !(bundled && existsSync(bundled))) {
  console.error(`No Chromium found for the end-to-end tests.
Install one of:
  - Debian/Ubuntu: sudo apt-get install chromium   (used from /usr/bin/chromium)
  - anywhere with internet: npx playwright install chromium
or set CHROMIUM_PATH to a Chromium/Chrome binary.`);
  process.exit(1);
}
