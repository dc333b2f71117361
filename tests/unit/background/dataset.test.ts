/**
 * The background's extra dataset over a fake storage.local: read and validated once, then kept
 * until storage.onChanged says it changed; a corrupt stored copy is reported, not dropped in silence.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatasetBundle } from '../../../src/core/dataset/types';

const fake = vi.hoisted(async () => (await import('../fake-ext')).fakeExt());
vi.mock('../../../src/shared/browser', async () => ({ ext: (await fake).ext }));
vi.mock('sourcelight:dataset', async () => ({ default: (await import('../core/dataset/files')).fixtureBundle() }));

const { local } = await fake;
const bundled = (await import('sourcelight:dataset')).default as DatasetBundle;
const { currentDataset, datasetInfo, EXTRA_KEY, importDataset, removeDataset, watchExtraDataset } =
  await import('../../../src/background/dataset');
watchExtraDataset();

const { extraOf } = await import('../core/dataset/files');
const extra = (): DatasetBundle => extraOf(bundled);

const reads = vi.spyOn(local, 'get');

beforeEach(async () => {
  await removeDataset();
  reads.mockClear();
});

describe('the extra dataset in the background', () => {
  it('is read from storage once and kept: 50 requests, one read', async () => {
    await local.set({ [EXTRA_KEY]: { name: 'x.json', importedAt: '2026-01-01T00:00:00.000Z', bundle: extra() } });
    for (let i = 0; i < 50; i++) expect((await currentDataset()).bundle.entities.length).toBe(bundled.entities.length + 1);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('an import is used at once without a read; a change in storage from elsewhere is read again once', async () => {
    await importDataset('x.json', JSON.stringify(extra()));
    expect((await currentDataset()).extra?.name).toBe('x.json');
    const before = reads.mock.calls.length;
    await local.set({ [EXTRA_KEY]: { name: 'y.json', importedAt: '2026-01-02T00:00:00.000Z', bundle: extra() } });
    expect((await currentDataset()).extra?.name).toBe('y.json');
    expect((await currentDataset()).extra?.name).toBe('y.json');
    expect(reads.mock.calls.length - before).toBe(1);
    await local.remove(EXTRA_KEY);
    expect((await currentDataset()).bundle).toBe(bundled);
  });

  it('a corrupt stored dataset is not used and is reported by name with its errors', async () => {
    const broken = extra() as unknown as { coverage: Array<{ entities: string[] }> };
    broken.coverage[0]!.entities = ['nobody-at-all'];
    await local.set({ [EXTRA_KEY]: { name: 'broken.json', importedAt: '2026-01-01T00:00:00.000Z', bundle: broken } });
    const info = await datasetInfo();
    expect(info.extra).toBeNull();
    expect(info.entities).toBe(bundled.entities.length);
    expect(info.storedProblem?.name).toBe('broken.json');
    expect(info.storedProblem?.errors).toContain('stored extra dataset: coverage[0].entities[0]: unknown entity "nobody-at-all"');
    expect((await removeDataset()).storedProblem).toBeNull();
  });

  it('nothing stored: the bundled dataset, no problem', async () => {
    expect(await datasetInfo()).toMatchObject({ extra: null, storedProblem: null, entities: bundled.entities.length });
  });
});
