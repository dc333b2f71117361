/**
 * The dataset the CLI analyses against: compiled from the package's data/ with the same compiler
 * and engine as `npm run dataset` (in memory, so it is never stale against data/), and the same
 * alias index the extension ships.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDataset } from '../core/dataset/compile';
import type { DatasetBundle } from '../core/dataset/types';
import type { CompiledIndex } from '../core/types';
import { engine, readSources } from './dataset-sources';

/** The folder of Sourcelight's package.json, found by walking up from this file. */
export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'sourcelight') return dir;
    if (dirname(dir) === dir) throw new Error('cannot find the sourcelight package (its package.json) above ' + from);
  }
}

export interface CliDataset {
  bundle: DatasetBundle;
  index: CompiledIndex;
}

let cached: CliDataset | null = null;

export function loadDataset(root: string = packageRoot()): CliDataset {
  if (cached) return cached;
  const { bundle, nameIndex, report } = compileDataset(readSources(root), engine);
  if (!bundle || !nameIndex)
    throw new Error(`the dataset in ${join(root, 'data')} does not compile: ${report.errors[0] ?? 'unknown error'}`);
  cached = { bundle, index: nameIndex.index };
  return cached;
}
