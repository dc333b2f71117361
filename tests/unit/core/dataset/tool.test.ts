/** `npm run dataset` (tools/dataset.ts): same sources, same bytes; errors exit non-zero with messages. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileDataset } from '../../../../src/core/dataset/compile';
import { mergeDatasets, validateDatasetImport } from '../../../../src/core/dataset/import';
import { priorStatements } from '../../../../src/core/dataset/queries';
import type { DatasetBundle } from '../../../../src/core/dataset/types';
import { stableStringify } from '../../../../src/core/dataset/text';
import { engine, main, runDataset } from '../../../../tools/dataset';
import { repoFiles, ROOT } from './files';

const tmp = mkdtempSync(join(tmpdir(), 'sourcelight-dataset-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the dataset tool', () => {
  it('compiling twice gives identical bytes', () => {
    const a = compileDataset(repoFiles(), engine);
    const b = compileDataset(repoFiles(), engine);
    expect(stableStringify(a.bundle)).toBe(stableStringify(b.bundle));
    expect(stableStringify(a.nameIndex)).toBe(stableStringify(b.nameIndex));

    // the order the files were read in does not matter
    const reversed = Object.fromEntries(Object.entries(repoFiles()).reverse());
    expect(stableStringify(compileDataset(reversed, engine).bundle)).toBe(stableStringify(a.bundle));
    // nothing from the machine or the clock
    const bytes = stableStringify(a.bundle) + stableStringify(a.nameIndex);
    expect(bytes).not.toContain(ROOT);
    expect(bytes).not.toContain(new Date().toISOString().slice(0, 10));

    const lines: string[] = [];
    const run1 = runDataset({ root: ROOT, out: join(tmp, 'one'), log: (l) => lines.push(l) });
    const run2 = runDataset({ root: ROOT, out: join(tmp, 'two'), quiet: true });
    expect(run1.ok && run2.ok).toBe(true);
    for (const f of ['bundle.json', 'names.json']) {
      const one = readFileSync(join(tmp, 'one', f));
      expect(one.equals(readFileSync(join(tmp, 'two', f)))).toBe(true);
      expect(one.length).toBeGreaterThan(1000);
    }
    expect(lines.some((l) => /^dataset 2016-11-14 \([0-9a-f]{8}\): \d+ entities, 2 stories, \d+ claims/.test(l))).toBe(true);
    expect(lines.filter((l) => /^ {2}.*(bundle|names)\.json: \d+ bytes \(\d+ gzip\)$/.test(l))).toHaveLength(2);
  });

  it("names.json carries the alias index and the entities' display facts only", () => {
    const names = JSON.parse(readFileSync(join(tmp, 'one', 'names.json'), 'utf8'));
    expect(Object.keys(names).sort()).toEqual(['dataDate', 'entities', 'format', 'index']);
    expect(names.entities.find((e: { id: string }) => e.id === 'dmitry-peskov')).toEqual({
      id: 'dmitry-peskov',
      name: 'Dmitry Peskov',
      type: 'person',
      description: expect.any(String),
    });
    const bundle = JSON.parse(readFileSync(join(tmp, 'one', 'bundle.json'), 'utf8'));
    expect(Object.keys(bundle).sort()).toEqual(['build', 'claims', 'coverage', 'entities', 'relations', 'stories', 'topics']);
  });

  it('exits non-zero with the messages when a source is wrong, and writes nothing', () => {
    const root = join(tmp, 'broken');
    cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
    const file = join(root, 'data/reported-claims.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('five top Russian banks', 'five Russian banks'));
    const errors: string[] = [];
    const r = runDataset({ root, quiet: true, error: (l) => errors.push(l) });
    expect(r.ok).toBe(false);
    expect(errors[0]).toMatch(/^error: data\/reported-claims\.json: claims\[5\]\.text: not found verbatim in story "ap-2016-11-10"/);
    expect(errors.at(-1)).toBe('dataset: 1 error(s); nothing written');
    expect(r.outputs).toEqual([]);
    const err = console.error;
    console.error = () => {};
    try {
      expect(main(['--root', root, '--quiet'])).toBe(1);
      expect(main(['--bogus'])).toBe(2);
    } finally {
      console.error = err;
    }
  });

  it('makes an extra dataset from a folder of its own, which the options page can import and merge', () => {
    const root = join(tmp, 'extra');
    mkdirSync(join(root, 'data/stories'), { recursive: true });
    const json = (f: string, v: unknown): void => writeFileSync(join(root, 'data', f), JSON.stringify(v));
    json('entities.json', {
      version: 1,
      entities: [
        { id: 'anna-lind', type: 'person', name: 'Anna Lind', aliases: [], surnames: ['Lind'], roles: [], description: 'A test minister.' },
      ],
    });
    json('coverage.json', { version: 1, coverage: [] });
    json('topics.json', { version: 1, topics: [] });
    json('reported-claims.json', { version: 1, claims: [] });
    json('relations.json', { version: 1, relations: [] });
    json('stories/test-lind.json', {
      id: 'test-lind',
      outlet: 'Test Gazette',
      headline: null,
      date: '2020-05-01',
      url: null,
      byline: null,
      language: 'en',
    });
    writeFileSync(
      join(root, 'data/stories/test-lind.txt'),
      'Minister Anna Lind spoke on Friday.\n“We will keep the border open,” Lind said.\n',
    );
    const r = runDataset({ root, out: join(root, 'out'), quiet: true });
    expect(r.ok).toBe(true);
    const extra = JSON.parse(readFileSync(join(root, 'out/bundle.json'), 'utf8')) as DatasetBundle;
    const checked = validateDatasetImport(extra, 'test-lind.json');
    expect(checked.ok).toBe(true);
    const shipped = compileDataset(repoFiles(), engine).bundle!;
    const { dataset, conflicts } = mergeDatasets(shipped, extra);
    expect(conflicts).toEqual([]);
    expect(priorStatements(dataset, 'anna-lind')).toMatchObject([
      { story: 'test-lind', outlet: 'Test Gazette', text: 'We will keep the border open,', kind: 'direct' },
    ]);
    expect(priorStatements(dataset, 'dmitry-peskov').length).toBe(priorStatements(shipped, 'dmitry-peskov').length);
  });
});
