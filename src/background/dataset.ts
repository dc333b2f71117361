/**
 * The dataset in use: the bundled one (compiled at build time), merged with one extra dataset
 * the reader imported in the options page. The extra file is checked by the dataset compiler's
 * own validator (validateDatasetImport) before anything is stored: an invalid file changes nothing.
 *
 * The stored extra is read from storage.local and validated once per background start, then kept
 * in memory until it changes (storage.onChanged, watchExtraDataset): a page's request never waits
 * for a multi-megabyte read. A stored extra that fails validation is not used, and datasetInfo
 * says so (the options page shows it) instead of dropping it in silence.
 */
import bundled from 'sourcelight:dataset';
import { type DatasetBundle, mergeDatasets, validateDatasetImport } from '../core/dataset';
import { ext } from '../shared/browser';
import type { DatasetInfo } from '../shared/views';

export const EXTRA_KEY = 'dataset:extra';
/** How many of a corrupt stored extra's validation errors the options page is told. */
const SHOWN_ERRORS = 20;

interface StoredExtra {
  name: string;
  importedAt: string;
  bundle: DatasetBundle;
}

interface Loaded {
  extra: StoredExtra | null;
  /** a stored extra that is not in use because it failed validation */
  problem: { name: string; errors: string[] } | null;
  merged: DatasetBundle;
  conflicts: string[];
}

/** The stored extra as read at start (or after its last change), validated and merged. */
let loaded: Promise<Loaded> | null = null;

/** A stored value as it is kept in memory: validated (storage is not trusted more than a file) and merged. */
export function readStoredExtra(raw: unknown): Loaded {
  if (raw === undefined || raw === null) return { extra: null, problem: null, merged: bundled, conflicts: [] };
  const record = typeof raw === 'object' ? (raw as Partial<StoredExtra>) : {};
  const name = typeof record.name === 'string' ? record.name : 'dataset.json';
  const checked = validateDatasetImport(record.bundle, 'stored extra dataset');
  if (!checked.ok) return { extra: null, problem: { name, errors: checked.errors.slice(0, SHOWN_ERRORS) }, merged: bundled, conflicts: [] };
  const extra = { name, importedAt: String(record.importedAt), bundle: checked.dataset };
  const merged = mergeDatasets(bundled, extra.bundle);
  return { extra, problem: null, merged: merged.dataset, conflicts: merged.conflicts };
}

function load(): Promise<Loaded> {
  loaded ??= ext.storage.local.get(EXTRA_KEY).then(
    (got) => readStoredExtra(got[EXTRA_KEY]),
    (e: unknown) => {
      loaded = null; // try again on the next request
      throw e;
    },
  );
  return loaded;
}

/**
 * Forgets the kept extra when storage.local's copy changes (an import or removal here, or from
 * another of the extension's contexts): the next request reads it again. Returns the teardown.
 */
export function watchExtraDataset(): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && EXTRA_KEY in changes) loaded = null;
  };
  ext.storage.onChanged.addListener(listener);
  return () => ext.storage.onChanged.removeListener(listener);
}

/** The merged dataset (kept for the life of the background; rebuilt when the extra changes). */
export async function currentDataset(): Promise<{ bundle: DatasetBundle; extra: StoredExtra | null; conflicts: string[] }> {
  const { merged, extra, conflicts } = await load();
  return { bundle: merged, extra, conflicts };
}

export async function datasetInfo(): Promise<DatasetInfo> {
  const { merged: bundle, extra, conflicts, problem } = await load();
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
    storedProblem: problem,
  };
}

/** Validates and stores an extra dataset; throws the validator's errors (one a line) when invalid. */
export async function importDataset(name: string, text: string): Promise<DatasetInfo> {
  const checked = validateDatasetImport(text, name || 'import');
  if (!checked.ok) {
    const shown = checked.errors.slice(0, SHOWN_ERRORS);
    const more = checked.errors.length - shown.length;
    throw new Error([...shown, ...(more > 0 ? [`… and ${more} more`] : [])].join('\n'));
  }
  const stored: StoredExtra = { name: name || 'dataset.json', importedAt: new Date().toISOString(), bundle: checked.dataset };
  await ext.storage.local.set({ [EXTRA_KEY]: stored });
  loaded = Promise.resolve(readStoredExtra(stored));
  return datasetInfo();
}

export async function removeDataset(): Promise<DatasetInfo> {
  await ext.storage.local.remove(EXTRA_KEY);
  loaded = null;
  return datasetInfo();
}
