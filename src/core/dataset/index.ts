/** The story dataset: compiler, validation, import/merge and queries. */
export * from './types';
export { compileDataset, namesPayload, acceptedFromBundle, aliasConflicts, parseSources, sourceHash, FILES, STORY_DIR } from './compile';
export { validateDatasetImport, mergeDatasets, bundleIntegrity } from './import';
export type { ImportResult, MergeResult } from './import';
export { priorStatements, relatedCoverage, claimMatches, findStory, enrichAnalysis } from './queries';
export type { QuoteLike } from './queries';
export { normalizeQuote, normalizeUrl, stableStringify, fold } from './text';
