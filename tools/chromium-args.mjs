/**
 * The command-line switches every headless Chromium this project launches gets (the e2e harness,
 * the in-page helpers, the benchmark, `npm start`): no sandbox or GPU in containers, and none of the
 * browser's own background traffic (updates, sync, translation), so that the no-request test sees
 * only what the extension does.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
