#!/usr/bin/env node
// `npm run bench`: the benchmarks, each printing ratios against a baseline measured in the same run.
//   1. core (Node): analyze() throughput; the matcher at 50 / 1,000 / 100,000 aliases as ratios to
//      50; analyze() as a ratio to Readability's parse of the same pages.   (tools/bench-core.ts)
//   2. reading memory (Node, fake-indexeddb): record and look-up at 100 and 20,000 articles, as
//      ratios to analyze() of the same article, and storage per 1,000 articles. (tools/bench-memory.ts)
//   3. browser (real Chromium): the content script's time per page as a ratio to Readability's
//      parse alone on the same page.                                      (tools/bench-browser.mjs)
// Speed is never asserted in a test; these numbers are read, and recorded in the issues' notes.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBundle } from './node-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2).find((a) => a === 'core' || a === 'memory' || a === 'browser');
let failed = false;

if (!only || only === 'core') {
  const out = join(root, 'build', 'bench-core.mjs');
  await nodeBundle(join(root, 'tools', 'bench-core.ts'), out);
  console.log('━━ core benchmark');
  failed ||= spawnSync(process.execPath, ['--expose-gc', out], { cwd: root, stdio: 'inherit' }).status !== 0;
}
if (!only || only === 'memory') {
  const out = join(root, 'build', 'bench-memory.mjs');
  await nodeBundle(join(root, 'tools', 'bench-memory.ts'), out);
  console.log('\n━━ reading-memory benchmark');
  failed ||= spawnSync(process.execPath, [out, root], { cwd: root, stdio: 'inherit' }).status !== 0;
}
if ((!only || only === 'browser') && existsSync(join(root, 'tools', 'bench-browser.mjs'))) {
  console.log('\n━━ browser benchmark');
  failed ||= spawnSync(process.execPath, [join(root, 'tools', 'bench-browser.mjs')], { cwd: root, stdio: 'inherit' }).status !== 0;
}
process.exit(failed ? 1 : 0);
