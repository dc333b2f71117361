/**
 * `npm run dataset`: compiles data/ into build/data/bundle.json (what the background needs)
 * and build/data/names.json (what the content script needs to find names).
 *
 *   node build/dataset.mjs [--root DIR] [--out DIR] [--quiet] [--strict] [--accept]
 *
 * --strict  differences between the engine's quotations and the reviewed ones are errors
 * --accept  records the current quotations as reviewed (data/review.json "accepted")
 *
 * Deterministic: no clock, keys sorted, so the same sources give the same bytes.
 * Exits 1 on any error, with every message.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { engine, readSources } from '../src/cli/dataset-sources';
import { acceptedFromBundle, compileDataset, FILES } from '../src/core/dataset/compile';
import { stableStringify } from '../src/core/dataset/text';
import type { CompileReport, ReviewSource } from '../src/core/dataset/types';

export { engine, readSources } from '../src/cli/dataset-sources';

export interface DatasetRun {
  ok: boolean;
  report: CompileReport;
  outputs: Array<{ file: string; bytes: number; gzip: number }>;
}

export interface DatasetOptions {
  root?: string;
  out?: string;
  quiet?: boolean;
  strict?: boolean;
  accept?: boolean;
  log?: (line: string) => void;
  error?: (line: string) => void;
}

/** Compiles and writes the bundle; returns what happened (never exits the process). */
export function runDataset(opts: DatasetOptions = {}): DatasetRun {
  const root = resolve(opts.root ?? process.cwd());
  const out = resolve(root, opts.out ?? 'build/data');
  const log = opts.quiet ? (): void => {} : (opts.log ?? ((l: string) => console.log(l)));
  const error = opts.error ?? ((l: string) => console.error(l));
  const files = readSources(root);
  const { bundle, nameIndex, report } = compileDataset(files, engine);
  for (const w of report.warnings) log(`warning: ${w}`);
  for (const d of report.reviewDifferences)
    (opts.strict ? error : log)(`${opts.strict ? 'error' : 'review'}: ${d.story}: ${d.change}: "${d.text.slice(0, 70)}": ${d.detail}`);
  if (!report.ok || !bundle || !nameIndex) {
    for (const e of report.errors) error(`error: ${e}`);
    error(`dataset: ${report.errors.length} error(s); nothing written`);
    return { ok: false, report, outputs: [] };
  }
  mkdirSync(out, { recursive: true });
  const outputs: DatasetRun['outputs'] = [];
  for (const [name, value] of [
    ['bundle.json', bundle],
    ['names.json', nameIndex],
  ] as const) {
    const text = stableStringify(value);
    const bytes = Buffer.from(text, 'utf8');
    writeFileSync(join(out, name), bytes);
    outputs.push({ file: join(out, name), bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  if (opts.accept) {
    const review = JSON.parse(files[FILES.review] ?? '{"version":1,"corrections":[],"accepted":[]}') as ReviewSource;
    review.accepted = acceptedFromBundle(bundle);
    writeFileSync(join(root, FILES.review), JSON.stringify(review, null, 2) + '\n');
    log(`accepted ${review.accepted.length} quotations as reviewed in ${FILES.review}`);
  }
  const c = report.counts;
  log(
    `dataset ${bundle.build.dataDate} (${bundle.build.sourceHash}): ${c.entities} entities, ${c.stories} stories, ` +
      `${c.claims} claims (${c.quotes} quotations, ${c.reportedClaims} reported), ${c.relations} relations, ` +
      `${c.coverage} coverage items, ${c.topics} topics, ${c.reviewCorrections} review corrections`,
  );
  for (const o of outputs) log(`  ${o.file.slice(root.length + 1)}: ${o.bytes} bytes (${o.gzip} gzip)`);
  const failed = opts.strict === true && report.reviewDifferences.length > 0;
  if (failed) error(`dataset: ${report.reviewDifferences.length} review difference(s) (--strict)`);
  return { ok: !failed, report, outputs };
}

/** The command line. Returns the exit code. */
export function main(argv: string[] = process.argv.slice(2)): number {
  const opts: DatasetOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quiet') opts.quiet = true;
    else if (a === '--strict') opts.strict = true;
    else if (a === '--accept') opts.accept = true;
    else if (a === '--root') opts.root = argv[++i];
    else if (a === '--out') opts.out = argv[++i];
    else {
      console.error(`dataset: unknown argument ${a ?? ''}\nusage: dataset [--root DIR] [--out DIR] [--quiet] [--strict] [--accept]`);
      return 2;
    }
  }
  try {
    return runDataset(opts).ok ? 0 : 1;
  } catch (e) {
    console.error(`dataset: ${(e as Error).stack ?? String(e)}`);
    return 1;
  }
}

const invoked = process.argv[1];
if (invoked && import.meta.url === pathToFileURL(resolve(invoked)).href) process.exitCode = main();
