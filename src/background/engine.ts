/**
 * The engine runs here, in the background, not in the page: the content script sends the
 * article's paragraphs and gets the analysis back. The page's main thread is spared the work
 * (its cost per page is extraction and anchoring only), the compiled names index stays loaded
 * and warm across pages, and an imported extra dataset's people are recognised too (its
 * index is compiled once, when the merged dataset changes).
 */
import names from 'sourcelight:names';
import { analyzeInChunks } from '../core/chunks';
import type { DatasetBundle } from '../core/dataset';
import { compileIndex } from '../core/matcher';
import type { CompiledIndex } from '../core/types';
import type { AnalyzeReply, AnalyzeRequest } from '../shared/protocol';
import { targetsOf } from '../shared/targets';
import { currentDataset } from './dataset';

let engine: { bundle: DatasetBundle; index: CompiledIndex; descriptions: Map<string, string> } | null = null;

function engineFor(bundle: DatasetBundle, extra: boolean): { index: CompiledIndex; descriptions: Map<string, string> } {
  if (engine?.bundle !== bundle) {
    engine = {
      bundle,
      // the bundled index was compiled at build time; a merged dataset's is compiled here, once
      index: extra ? compileIndex(bundle.entities) : names.index,
      descriptions: new Map(bundle.entities.map((e) => [e.id, e.description])),
    };
  }
  return engine;
}

/** Between two chunks of a long article: other messages (the popup's) are answered. */
const yieldToEvents = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function analyzeArticle(req: AnalyzeRequest): Promise<AnalyzeReply> {
  const { bundle, extra } = await currentDataset();
  const { index, descriptions } = engineFor(bundle, extra !== null);
  const t0 = performance.now();
  const { analysis, article } = await analyzeInChunks(
    req.paragraphs,
    index,
    { title: req.title, byline: req.byline, siteName: req.siteName, url: req.url },
    yieldToEvents,
  );
  const ms = performance.now() - t0;
  const found: Record<string, string> = {};
  for (const e of analysis.entities) {
    const d = e.id !== null ? descriptions.get(e.id) : undefined;
    if (e.id !== null && d) found[e.id] = d;
  }
  // the article analyzeInChunks read: the same offsets
  const targets = targetsOf(analysis, article);
  return { analysis, targets, descriptions: found, ms };
}
