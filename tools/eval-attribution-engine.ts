/**
 * The engine as tools/eval-attribution.mjs runs it: the public analyze(), the .txt reader's article builder
 * (each non-empty line a paragraph, offsets into the text as given) and the CLI's compiled dataset.
 * Bundled for plain node by tools/node-bundle.mjs; nothing here but re-exports.
 */
export { analyze } from '../src/core/analyze';
export { articleFromText } from '../src/core/article';
export { loadDataset } from '../src/cli/dataset';
