#!/usr/bin/env node
// Behaviour check for refactorings: runs `sourcelight analyze --json` (the built CLI, build/cli.mjs)
// on both dataset stories and on every saved page of ../shared/pages, and writes one JSON file per
// input into a folder. Then compares two such folders.
//
//   node tools/compare-analysis.mjs snapshot DIR     (npm run build first: it runs build/cli.mjs)
//   node tools/compare-analysis.mjs diff DIR_BEFORE DIR_AFTER
//
// `diff` prints each input whose output differs (with the first differing lines) and exits 1 if any
// does, 0 when every output is identical. Run `snapshot` before a change and after it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [cmd, a, b] = process.argv.slice(2);

function inputs() {
  const list = [];
  for (const f of readdirSync(join(root, 'data', 'stories')).sort()) {
    if (f.endsWith('.txt')) list.push({ name: `story-${f.replace(/\.txt$/, '')}`, path: join(root, 'data', 'stories', f) });
  }
  const pages = join(root, '..', 'shared', 'pages');
  if (existsSync(pages)) {
    for (const d of readdirSync(pages).sort()) {
      const src = join(pages, d, 'source.html');
      if (existsSync(src)) list.push({ name: `page-${d}`, path: src });
    }
  } else console.warn(`compare-analysis: ${pages} is absent; only the stories are compared`);
  return list;
}

if (cmd === 'snapshot' && a) {
  const cli = join(root, 'build', 'cli.mjs');
  if (!existsSync(cli)) {
    console.error('compare-analysis: build/cli.mjs is missing: run `npm run build` first');
    process.exit(2);
  }
  mkdirSync(a, { recursive: true });
  let n = 0;
  for (const { name, path } of inputs()) {
    const r = spawnSync(process.execPath, [cli, 'analyze', path, '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
    const body = r.status === 0 ? r.stdout : `exit ${r.status}\n${r.stderr}`;
    writeFileSync(join(a, `${name}.json`), body);
    n++;
  }
  console.log(`compare-analysis: ${n} outputs written to ${a}`);
} else if (cmd === 'diff' && a && b) {
  const names = [...new Set([...readdirSync(a), ...readdirSync(b)])].sort();
  let differ = 0;
  for (const name of names) {
    const pa = join(a, name);
    const pb = join(b, name);
    if (!existsSync(pa) || !existsSync(pb)) {
      console.log(`${name}: only in ${existsSync(pa) ? a : b}`);
      differ++;
      continue;
    }
    const la = readFileSync(pa, 'utf8').split('\n');
    const lb = readFileSync(pb, 'utf8').split('\n');
    const i = la.findIndex((line, k) => line !== lb[k]);
    if (i === -1 && la.length === lb.length) continue;
    differ++;
    const at = i === -1 ? Math.min(la.length, lb.length) : i;
    console.log(`${name}: differs from line ${at + 1}`);
    console.log(`  before: ${(la[at] ?? '<end>').trim().slice(0, 160)}`);
    console.log(`  after:  ${(lb[at] ?? '<end>').trim().slice(0, 160)}`);
  }
  console.log(`compare-analysis: ${names.length - differ} of ${names.length} identical`);
  process.exit(differ ? 1 : 0);
} else {
  console.error('usage: node tools/compare-analysis.mjs snapshot DIR | diff DIR_BEFORE DIR_AFTER');
  process.exit(2);
}
