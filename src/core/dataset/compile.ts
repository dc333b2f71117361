/**
 * The dataset compiler: source files (already read) → validated, integrity-checked bundle,
 * the names payload for the engine (the background runs it), and a report. Pure: the engine is injected and
 * nothing reads the clock, so the same sources give the same bundle.
 *
 * This file runs the steps in order; each lives in compile/:
 *   sources.ts    parse and schema-check the files, pair each story's .txt and .json
 *   integrity.ts  unique ids, alias conflicts, references known, reported claims verbatim
 *   per story:
 *     claims.ts   1. the engine's quotations as claims
 *     review.ts   2. the reviewer's corrections applied
 *     claims.ts   3. reported claims joined, ids given
 *   review.ts     4. what the reviewer accepted, against what the engine gives now
 *   links.ts      5. topics and relations resolved to claim ids
 */
import type { Analysis, Article } from '../types';
import { engineClaims, withReportedClaims } from './compile/claims';
import { byString } from './compile/common';
import { checkIntegrity } from './compile/integrity';
import { linkClaims } from './compile/links';
import { applyCorrections, compareAccepted } from './compile/review';
import { FILES, parseSources } from './compile/sources';
import { fnv1a, isIsoDate, topicsOf } from './text';
import type {
  Claim,
  CompileReport,
  CompileResult,
  DatasetBundle,
  DatasetEngine,
  DatasetFiles,
  NamesPayload,
  ReviewDifference,
  StoryInfo,
} from './types';

export { aliasConflicts, aliasKey, entityAliases } from './compile/integrity';
export { resolveRef } from './compile/links';
export { acceptedFromBundle } from './compile/review';
export { FILES, parseSources, type ParsedSources, STORY_DIR } from './compile/sources';

/**
 * Compiles the dataset. `files` maps project-relative paths ("data/coverage.json",
 * "data/stories/<id>.txt", ...) to their contents. The engine finds the quotations.
 */
export function compileDataset<TIndex>(files: DatasetFiles, engine: DatasetEngine<TIndex>): CompileResult<TIndex> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const differences: ReviewDifference[] = [];
  const fail = (): CompileResult<TIndex> => ({
    bundle: null,
    nameIndex: null,
    report: { ok: false, errors, warnings, reviewDifferences: differences, counts: {} },
  });

  const src = parseSources(files, errors);
  if (!src) return fail();
  checkIntegrity(src, errors);
  if (errors.length > 0) return fail();

  const entityById = new Map(src.entities.map((e) => [e.id, e]));
  let index: TIndex;
  try {
    index = engine.compileIndex(src.entities);
  } catch (e) {
    errors.push(`${FILES.entities}: the engine could not compile the alias index: ${(e as Error).message}`);
    return fail();
  }

  const stories = [...src.stories].sort((a, b) => byString(a.meta.id, b.meta.id));
  const usedIds = new Set<string>();
  const claims: Claim[] = [];
  const storyInfo: StoryInfo[] = [];

  for (const story of stories) {
    const { meta, text, file } = story;
    let analysis: Analysis;
    let article: Article;
    try {
      article = engine.articleFromText(text);
      analysis = engine.analyze(article, index);
    } catch (e) {
      errors.push(`${file}: the engine failed on this story: ${(e as Error).message}`);
      continue;
    }
    const base = { story: meta.id, outlet: meta.outlet, date: meta.date, url: meta.url };

    const quotations = engineClaims(story, analysis.quotes, base, errors); // 1.
    const corrected = applyCorrections(story, article, quotations, src.review.corrections, entityById, differences, errors); // 2.
    claims.push(...withReportedClaims(story, article, corrected, src.reported, base, usedIds, errors)); // 3.

    const found = analysis.entities.map((e) => e.id).filter((x): x is string => x !== null && entityById.has(x));
    const ents = [...new Set(found)].sort(byString);
    storyInfo.push({
      ...meta,
      length: text.length,
      paragraphs: article.paragraphs.length,
      entities: ents,
      events: ents.filter((x) => entityById.get(x)?.type === 'event'),
      topics: [],
    });
  }
  if (errors.length > 0) return fail();

  compareAccepted(src.review, claims, differences, warnings); // 4.
  const { topics, relations } = linkClaims(src, claims, warnings, errors); // 5.
  if (errors.length > 0) return fail();

  const texts = new Map(src.stories.map((s) => [s.meta.id, s.text]));
  for (const s of storyInfo) {
    const fromClaims = claims.filter((c) => c.story === s.id).flatMap((c) => c.topics);
    const fromText = topicsOf(texts.get(s.id) ?? null, new Set(s.events), src.topics);
    s.topics = [...new Set([...fromClaims, ...fromText])].sort(byString);
  }

  const dates = [...src.stories.map((s) => s.meta.date), ...src.coverage.map((c) => c.date)].filter(
    (d): d is string => d !== null && isIsoDate(d),
  );
  const dataDate = dates.sort(byString).at(-1) ?? '1970-01-01';
  const counts = {
    entities: src.entities.length,
    stories: storyInfo.length,
    claims: claims.length,
    quotes: claims.filter((c) => c.source === 'engine').length,
    reportedClaims: claims.filter((c) => c.source === 'reported').length,
    relations: relations.length,
    coverage: src.coverage.length,
    topics: topics.length,
    reviewCorrections: src.review.corrections.length,
  };
  const bundle: DatasetBundle = {
    build: { format: 1, dataDate, sourceHash: sourceHash(files), counts },
    entities: [...src.entities].sort((a, b) => byString(a.id, b.id)),
    stories: storyInfo,
    claims,
    relations,
    coverage: [...src.coverage],
    topics,
  };
  const nameIndex = namesPayload(bundle, index);
  const report: CompileReport = { ok: true, errors, warnings, reviewDifferences: differences, counts };
  return { bundle, nameIndex, report };
}

/** What the background's engine loads (build/data/names.json): the compiled alias index and the entities' display facts. */
export function namesPayload<TIndex>(bundle: Pick<DatasetBundle, 'build' | 'entities'>, index: TIndex): NamesPayload<TIndex> {
  return {
    format: 1,
    dataDate: bundle.build.dataDate,
    index,
    entities: bundle.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, description: e.description })),
  };
}

/** A hash of every source file (path and content, in path order). */
export function sourceHash(files: DatasetFiles): string {
  let h = fnv1a('');
  for (const k of Object.keys(files).sort()) h = fnv1a(`${k}\u0000${files[k] ?? ''}\u0000`, parseInt(h, 16));
  return h;
}
