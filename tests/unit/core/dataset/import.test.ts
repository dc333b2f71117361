/** The options page's "import an extra dataset": the same validator, then a merge. */
import { describe, expect, it } from 'vitest';
import { mergeDatasets, validateDatasetImport } from '../../../../src/core/dataset/import';
import type { DatasetBundle } from '../../../../src/core/dataset/types';
import { extraOf, fixtureBundle } from './files';

const shipped = (): DatasetBundle => fixtureBundle();
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const extra = (): DatasetBundle => extraOf(shipped());

describe('validateDatasetImport', () => {
  it('accepts a compiled bundle, as an object or as JSON text', () => {
    const b = shipped();
    expect(validateDatasetImport(b)).toEqual({ ok: true, dataset: b });
    expect(validateDatasetImport(JSON.stringify(extra())).ok).toBe(true);
  });

  it('rejects text that is not JSON, naming the problem', () => {
    const r = validateDatasetImport('{"entities": [');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^import: invalid JSON: /);
  });

  it('gives field paths for malformed content', () => {
    const b = clone(shipped()) as unknown as { claims: Array<Record<string, unknown>>; coverage: Array<Record<string, unknown>> };
    b.claims[2]!.date = '10 Nov 2016';
    b.coverage[0]!.url = 'javascript:alert(1)';
    delete b.claims[4]!.speaker;
    expect(validateDatasetImport(b)).toEqual({
      ok: false,
      errors: [
        'import: claims[2].date: expected YYYY-MM-DD, got "10 Nov 2016"',
        'import: claims[4].speaker: missing (required field)',
        'import: coverage[0].url: expected an absolute http(s) URL, got "javascript:alert(1)"',
      ],
    });
  });

  it('checks references: a relation to a claim the dataset lacks, an unknown speaker', () => {
    const b = clone(shipped());
    b.relations[0]!.to = 'nowhere#nothing';
    b.claims[0]!.speaker.entityId = 'nobody';
    const r = validateDatasetImport(b);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        'import: claims[0].speaker.entityId: unknown entity "nobody"',
        'import: relations[0].to: unknown claim "nowhere#nothing"',
      ]);
  });

  it('with the shipped dataset as base, an extra dataset may point at its entities and claims', () => {
    const x = extra();
    x.coverage[0]!.entities.push('dmitry-peskov');
    x.relations = [{ id: 'test-relation', type: 'same-remark', from: 'test-story#hello', to: shipped().claims[0]!.id, note: 'test' }];
    const alone = validateDatasetImport(x);
    expect(alone.ok).toBe(false);
    if (!alone.ok)
      expect(alone.errors).toEqual([
        `import: relations[0].to: unknown claim "${shipped().claims[0]!.id}"`,
        'import: coverage[0].entities[1]: unknown entity "dmitry-peskov"',
      ]);
    expect(validateDatasetImport(x, 'import', shipped()).ok).toBe(true);
  });
});

describe('mergeDatasets', () => {
  it('adds the extra dataset to the shipped one', () => {
    const base = shipped();
    const { dataset, conflicts } = mergeDatasets(base, extra());
    expect(conflicts).toEqual([]);
    expect(dataset.entities.map((e) => e.id)).toContain('jane-roe');
    expect(dataset.stories.map((s) => s.id)).toEqual([...base.stories.map((s) => s.id), 'test-story']);
    expect(dataset.claims).toHaveLength(base.claims.length + 1);
    expect(dataset.build.counts.claims).toBe(base.claims.length + 1);
    expect(validateDatasetImport(dataset).ok).toBe(true);
  });

  it('merging a dataset with itself changes nothing', () => {
    const base = shipped();
    const { dataset, conflicts } = mergeDatasets(base, clone(base));
    expect(conflicts).toEqual([]);
    expect(dataset.claims).toEqual(base.claims);
    expect(dataset.entities).toEqual(base.entities);
  });

  it('keeps the base on a conflicting id and reports it, and reports a shared alias', () => {
    const x = extra();
    x.entities.push({ ...shipped().entities.find((e) => e.id === 'dmitry-peskov')!, description: 'changed' });
    x.entities[0]!.aliases.push('Dmitri Peskov');
    const { dataset, conflicts } = mergeDatasets(shipped(), x);
    expect(dataset.entities.find((e) => e.id === 'dmitry-peskov')!.description).not.toBe('changed');
    expect(conflicts).toEqual([
      'entity "dmitry-peskov": differs between the datasets; the first is kept',
      'merged: alias "dmitri peskov" points at 2 entities: "dmitry-peskov" and "jane-roe" (mark it in "ambiguous" on "dmitry-peskov" and "jane-roe" if that is meant)',
    ]);
  });
});
