/**
 * Reading the dataset's sources from disk, and the engine they are compiled with. No side
 * effects on import: shared by the CLI and the dataset tool (tools/dataset.ts), which imports it
 * from here: shipped code never imports tools/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../core/analyze';
import { articleFromText } from '../core/article';
import { compileIndex } from '../core/matcher';
import { FILES, STORY_DIR } from '../core/dataset/compile';
import type { DatasetEngine, DatasetFiles } from '../core/dataset/types';

/** The engine the dataset is compiled with: the same analyze() as the page and the CLI. */
export const engine: DatasetEngine<ReturnType<typeof compileIndex>> = { compileIndex, analyze, articleFromText };

/** Reads the dataset's source files under `root` as project-relative path → text. */
export function readSources(root: string): DatasetFiles {
  const files: DatasetFiles = {};
  for (const f of Object.values(FILES)) {
    const p = join(root, f);
    if (existsSync(p)) files[f] = readFileSync(p, 'utf8');
  }
  const dir = join(root, STORY_DIR);
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).sort()) files[STORY_DIR + name] = readFileSync(join(dir, name), 'utf8');
  }
  return files;
}
