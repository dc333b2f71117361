/** The dataset's source files as the compiler takes them, read from the repository (no /work/shared). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILES, STORY_DIR } from '../../../src/core/dataset/compile';
import type { DatasetFiles } from '../../../src/core/dataset/types';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** data/ as it is in the repository. */
export function repoFiles(): DatasetFiles {
  const files: DatasetFiles = {};
  for (const f of Object.values(FILES)) {
    const p = join(ROOT, f);
    if (existsSync(p)) files[f] = readFileSync(p, 'utf8');
  }
  for (const name of readdirSync(join(ROOT, STORY_DIR)).sort()) files[STORY_DIR + name] = readFileSync(join(ROOT, STORY_DIR, name), 'utf8');
  return files;
}

/** A copy of `files` with one JSON file changed by `edit` (tests reach into any field, hence `any`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function editJson(files: DatasetFiles, file: string, edit: (json: any) => void): DatasetFiles {
  const json = JSON.parse(files[file] ?? 'null');
  edit(json);
  return { ...files, [file]: JSON.stringify(json, null, 2) };
}
