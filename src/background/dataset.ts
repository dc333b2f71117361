/**
 * The dataset in use: the bundled one (compiled at build time), merged with one extra dataset
 * the reader imported in the options page. The extra file is checked by the dataset compiler's
 * own validator (validateDatasetImport) before anything is stored: an invalid file changes nothing.
 */
import bundled from 'sourcelight:dataset';
import { type DatasetBundle, mergeDatasets, validateDatasetImport } from '../core/dataset';
import { ext } from '../shared/browser';
import type { DatasetInfo } from '../shared/views';

const EXTRA_KEY = 'dataset:extra';

interface StoredExtra {
  name: string;
  importedAt: string;
  bundle: DatasetBundle;
}

let cache: { stamp: string | null; merged: DatasetBundle; conflicts: string[] } | null = null;

/** The last stored extra dataset validated, by its import stamp (every page's analysis asks for the dataset). */
let validated: { stamp: string; extra: StoredExtra | null } | null = null;

async function loadExtra(): Promise<StoredExtra | null> {
  const got = await ext.storage.local.get(EXTRA_KEY);
  const raw = got[EXTRA_KEY] as StoredExtra | undefined;
  if (!raw || typeof raw !== 'object') return null;
  const stamp = `${String(raw.importedAt)}\u0000${String(raw.name)}`;
  if (validated?.stamp === stamp) return validated.extra;
  // validated when first read after an import or a restart: storage is not trusted more than a file
  const checked = validateDatasetImport(raw.bundle, 'stored extra dataset');
  const extra = checked.ok ? { name: String(raw.name), importedAt: String(raw.importedAt), bundle: checked.dataset } : null;
  validated = { stamp, extra };
  return extra;
}

/** The merged dataset (cached for the life of the background; rebuilt when the extra changes). */
export async function currentDataset(): Promise<{ bundle: DatasetBundle; extra: StoredExtra | null; conflicts: string[] }> {
  const extra = await loadExtra();
  const stamp = extra ? `${extra.importedAt}:${extra.bundle.build.sourceHash}` : null;
  if (!cache || cache.stamp !== stamp) {
    const merged = extra ? mergeDatasets(bundled, extra.bundle) : { dataset: bundled, conflicts: [] };
    cache = { stamp, merged: merged.dataset, conflicts: merged.conflicts };
  }
  return { bundle: cache.merged, extra, conflicts: cache.conflicts };
}

export async function datasetInfo(): Promise<DatasetInfo> {
  const { bundle, extra, conflicts } = await currentDataset();
  return {
    stories: bundle.stories.length,
    entities: bundle.entities.length,
    claims: bundle.claims.length,
    coverage: bundle.coverage.length,
    buildDate: bundle.build.dataDate,
    extra: extra
      ? {
          name: extra.name,
          importedAt: extra.importedAt,
          stories: extra.bundle.stories.length,
          entities: extra.bundle.entities.length,
          claims: extra.bundle.claims.length,
          conflicts: conflicts.slice(0, 50),
        }
      : null,
  };
}

/** Validates and stores an extra dataset; throws the validator's errors (one a line) when invalid. */
export async function importDataset(name: string, text: string): Promise<DatasetInfo> {
  const checked = validateDatasetImport(text, name || 'import');
  if (!checked.ok) {
    const shown = checked.errors.slice(0, 20);
    const more = checked.errors.length - shown.length;
    throw new Error([...shown, ...(more > 0 ? [`… and ${more} more`] : [])].join('\n'));
  }
  const stored: StoredExtra = { name: name || 'dataset.json', importedAt: new Date().toISOString(), bundle: checked.dataset };
  await ext.storage.local.set({ [EXTRA_KEY]: stored });
  return datasetInfo();
}

export async function removeDataset(): Promise<DatasetInfo> {
  await ext.storage.local.remove(EXTRA_KEY);
  return datasetInfo();
}
