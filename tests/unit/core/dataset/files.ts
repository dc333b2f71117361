/** The dataset's source files as the compiler takes them, read from the repository (no /work/shared). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDataset, FILES, STORY_DIR } from '../../../../src/core/dataset/compile';
import { fakeEngine } from './fake-engine';
import type { DatasetBundle, DatasetFiles } from '../../../../src/core/dataset/types';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..');

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

/** A small extra dataset over `base`: one story of its own with one claim by a new person, one coverage item. */
export function extraOf(base: DatasetBundle): DatasetBundle {
  const e = JSON.parse(JSON.stringify(base)) as DatasetBundle;
  e.entities = [
    { id: 'jane-roe', type: 'person', name: 'Jane Roe', aliases: [], surnames: ['Roe'], roles: [], description: 'A test person.' },
  ];
  e.stories = [{ ...base.stories[0]!, id: 'test-story', entities: ['jane-roe'], events: [], topics: [] }];
  e.claims = [
    {
      ...base.claims[0]!,
      id: 'test-story#hello',
      story: 'test-story',
      text: 'hello',
      speaker: { name: 'Jane Roe', entityId: 'jane-roe' },
      topics: [],
    },
  ];
  delete e.claims[0]!.partOf;
  e.relations = [];
  e.topics = [];
  e.coverage = [{ ...base.coverage[0]!, id: 'test-coverage', entities: ['jane-roe'], events: [], topics: [] }];
  return e;
}

/** The repository's dataset compiled with the fixture entities: stands in for the build's `sourcelight:dataset`. */
export function fixtureBundle(): DatasetBundle {
  return compileDataset(repoFiles(), fakeEngine).bundle!;
}
