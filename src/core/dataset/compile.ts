/**
 * The dataset compiler: source files (already read) → validated, integrity-checked bundle,
 * the names payload for the content script, and a report. Pure: the engine is injected and
 * nothing reads the clock, so the same sources give the same bundle.
 */
import { tokenize } from '../tokenize';
import type { EntityRecord } from '../types';
import * as S from './schema';
import { fnv1a, fold, isIsoDate, normalizeQuote, slug, topicsOf } from './text';
import type {
  Claim,
  ClaimRef,
  CompileReport,
  CompileResult,
  CoverageSource,
  DatasetBundle,
  DatasetEngine,
  DatasetFiles,
  NamesPayload,
  Relation,
  RelationSource,
  ReportedClaimSource,
  ReviewDifference,
  ReviewField,
  ReviewSource,
  StoryInfo,
  StoryMeta,
  Topic,
  TopicSource,
} from './types';

export const FILES = {
  entities: 'data/entities.json',
  coverage: 'data/coverage.json',
  topics: 'data/topics.json',
  reported: 'data/reported-claims.json',
  relations: 'data/relations.json',
  review: 'data/review.json',
} as const;

export const STORY_DIR = 'data/stories/';

interface Story {
  meta: StoryMeta;
  text: string;
  file: string;
}

export interface ParsedSources {
  entities: EntityRecord[];
  stories: Story[];
  coverage: CoverageSource[];
  topics: TopicSource[];
  reported: ReportedClaimSource[];
  relations: RelationSource[];
  review: ReviewSource;
}

/* ------------------------------------------------------------ parsing */

function parseJson(files: DatasetFiles, file: string, errors: string[], required = true): unknown {
  const raw = files[file];
  if (raw === undefined) {
    if (required) errors.push(`${file}: missing file`);
    return undefined;
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch (e) {
    errors.push(`${file}: invalid JSON: ${(e as Error).message}`);
    return undefined;
  }
}

/** Parses and schema-validates every source file. Returns null with errors when any file is bad. */
export function parseSources(files: DatasetFiles, errors: string[]): ParsedSources | null {
  const before = errors.length;
  const check = <T>(file: string, schema: S.Check, required = true): T | undefined => {
    const v = parseJson(files, file, errors, required);
    if (v === undefined) return undefined;
    const errs = S.validate(file, v, schema);
    errors.push(...errs);
    return errs.length === 0 ? (v as T) : undefined;
  };
  const entities = check<{ entities: EntityRecord[] }>(FILES.entities, S.entitiesFile);
  const coverage = check<{ coverage: CoverageSource[] }>(FILES.coverage, S.coverageFile);
  const topics = check<{ topics: TopicSource[] }>(FILES.topics, S.topicsFile);
  const reported = check<{ claims: ReportedClaimSource[] }>(FILES.reported, S.reportedClaimsFile);
  const relations = check<{ relations: RelationSource[] }>(FILES.relations, S.relationsFile);
  const review =
    files[FILES.review] === undefined
      ? ({ version: 1, corrections: [], accepted: [] } satisfies ReviewSource)
      : check<ReviewSource>(FILES.review, S.reviewFile);

  const stories: Story[] = [];
  const names = Object.keys(files)
    .filter((f) => f.startsWith(STORY_DIR) && !f.slice(STORY_DIR.length).includes('/'))
    .sort();
  const bases = new Set(names.filter((f) => /\.(txt|json)$/.test(f)).map((f) => f.replace(/\.(txt|json)$/, '')));
  for (const f of names) {
    if (!/\.(txt|json)$/.test(f)) errors.push(`${f}: unexpected file in ${STORY_DIR} (a story is <id>.txt with <id>.json)`);
  }
  for (const base of [...bases].sort()) {
    const txt = files[base + '.txt'];
    const jsonFile = base + '.json';
    if (txt === undefined) {
      errors.push(`${base}.txt: missing (the text of the story ${jsonFile} describes)`);
      continue;
    }
    if (files[jsonFile] === undefined) {
      errors.push(`${jsonFile}: missing (the metadata of ${base}.txt)`);
      continue;
    }
    const meta = check<StoryMeta>(jsonFile, S.storyMeta);
    if (!meta) continue;
    const expected = base.slice(STORY_DIR.length);
    if (meta.id !== expected) errors.push(`${jsonFile}: id: expected "${expected}" (the file's name), got ${S.describe(meta.id)}`);
    if (txt.trim() === '') errors.push(`${base}.txt: empty story text`);
    stories.push({ meta, text: txt, file: base + '.txt' });
  }
  if (stories.length === 0 && errors.length === before) errors.push(`${STORY_DIR}: no stories`);

  if (errors.length > before || !entities || !coverage || !topics || !reported || !relations || !review) return null;
  return {
    entities: entities.entities,
    stories,
    coverage: coverage.coverage,
    topics: topics.topics,
    reported: reported.claims,
    relations: relations.relations,
    review,
  };
}

/* ---------------------------------------------------------- integrity */

function duplicates<T>(file: string, list: T[], key: (t: T) => string, path: (i: number) => string, errors: string[]): void {
  const seen = new Map<string, number>();
  list.forEach((x, i) => {
    const k = key(x);
    const j = seen.get(k);
    if (j !== undefined) errors.push(`${file}: ${path(i)}.id: duplicate id "${k}" (also ${path(j)})`);
    else seen.set(k, i);
  });
}

/**
 * The key the matcher files an alias under, as words: case, accents, apostrophes and
 * romanisation variants folded (Karjakin = Karyakin), a leading "the" dropped.
 */
export function aliasKey(alias: string): string {
  const s = alias.trim().replace(/^the\s+/i, '');
  const words = tokenize(s, [{ start: 0, end: s.length }])
    .filter((t) => t.word)
    .map((t) => t.key);
  return words.length > 0 ? words.join(' ') : fold(alias);
}

/** The folded forms an entity answers to: its name, aliases and surnames. */
export function entityAliases(e: EntityRecord): string[] {
  return [...new Set([e.name, ...e.aliases, ...(e.surnames ?? [])].map(aliasKey))];
}

/** Aliases (folded) shared by two entities where not both mark the alias ambiguous. */
export function aliasConflicts(entities: EntityRecord[], file: string = FILES.entities): string[] {
  const owners = new Map<string, EntityRecord[]>();
  for (const e of entities) {
    for (const a of entityAliases(e)) {
      const list = owners.get(a) ?? [];
      list.push(e);
      owners.set(a, list);
    }
  }
  const errors: string[] = [];
  for (const [alias, list] of [...owners].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (list.length < 2) continue;
    const unmarked = list.filter((e) => !(e.ambiguous ?? []).some((x) => aliasKey(x) === alias));
    if (unmarked.length > 0)
      errors.push(
        `${file}: alias "${alias}" points at ${list.length} entities: ${list.map((e) => `"${e.id}"`).join(' and ')}` +
          ` (mark it in "ambiguous" on ${unmarked.map((e) => `"${e.id}"`).join(' and ')} if that is meant)`,
      );
  }
  return errors;
}

function checkIntegrity(src: ParsedSources, errors: string[]): void {
  duplicates(FILES.entities, src.entities, (e) => e.id, (i) => `entities[${i}]`, errors);
  duplicates(FILES.coverage, src.coverage, (e) => e.id, (i) => `coverage[${i}]`, errors);
  duplicates(FILES.topics, src.topics, (e) => e.id, (i) => `topics[${i}]`, errors);
  duplicates(FILES.reported, src.reported, (e) => e.id, (i) => `claims[${i}]`, errors);
  duplicates(FILES.relations, src.relations, (e) => e.id, (i) => `relations[${i}]`, errors);
  errors.push(...aliasConflicts(src.entities));

  const entity = new Map(src.entities.map((e) => [e.id, e]));
  const topicIds = new Set(src.topics.map((t) => t.id));
  const storyIds = new Set(src.stories.map((s) => s.meta.id));

  src.entities.forEach((e, i) =>
    e.roles.forEach((r, j) => {
      if (r.from && r.to && r.from > r.to)
        errors.push(`${FILES.entities}: entities[${i}].roles[${j}]: "from" ${r.from} is after "to" ${r.to}`);
    }),
  );

  const refEntities = (file: string, path: string, list: string[], wantEvent: boolean): void => {
    list.forEach((id, k) => {
      const e = entity.get(id);
      if (!e) errors.push(`${file}: ${path}[${k}]: unknown entity "${id}"`);
      else if (wantEvent && e.type !== 'event') errors.push(`${file}: ${path}[${k}]: "${id}" is a ${e.type}, not an event`);
    });
  };
  const refTopics = (file: string, path: string, list: string[]): void =>
    list.forEach((id, k) => {
      if (!topicIds.has(id)) errors.push(`${file}: ${path}[${k}]: unknown topic "${id}"`);
    });
  const refStory = (file: string, path: string, id: string): void => {
    if (!storyIds.has(id)) errors.push(`${file}: ${path}: unknown story "${id}"`);
  };

  src.coverage.forEach((c, i) => {
    refEntities(FILES.coverage, `coverage[${i}].entities`, c.entities, false);
    refEntities(FILES.coverage, `coverage[${i}].events`, c.events, true);
    refTopics(FILES.coverage, `coverage[${i}].topics`, c.topics);
  });
  src.topics.forEach((t, i) => {
    refEntities(FILES.topics, `topics[${i}].entities`, t.entities, false);
    refEntities(FILES.topics, `topics[${i}].events`, t.events, true);
    t.claims.forEach((r, k) => {
      if ('story' in r) refStory(FILES.topics, `topics[${i}].claims[${k}].story`, r.story);
    });
  });
  const texts = new Map(src.stories.map((s) => [s.meta.id, s.text]));
  src.reported.forEach((c, i) => {
    refStory(FILES.reported, `claims[${i}].story`, c.story);
    if (c.speaker.entityId !== null && !entity.has(c.speaker.entityId))
      errors.push(`${FILES.reported}: claims[${i}].speaker.entityId: unknown entity "${c.speaker.entityId}"`);
    refTopics(FILES.reported, `claims[${i}].topics`, c.topics);
    const text = texts.get(c.story);
    if (text !== undefined && locate(text, c.text, c.occurrence ?? 0) < 0)
      errors.push(
        `${FILES.reported}: claims[${i}].text: not found verbatim in story "${c.story}"` +
          (c.occurrence ? ` (occurrence ${c.occurrence})` : '') +
          `: ${divergence(text, c.text)}`,
      );
  });
  src.relations.forEach((r, i) => {
    for (const end of ['from', 'to'] as const) {
      const ref = r[end];
      if ('story' in ref) refStory(FILES.relations, `relations[${i}].${end}.story`, ref.story);
    }
  });
  src.review.corrections.forEach((c, i) => {
    refStory(FILES.review, `corrections[${i}].story`, c.story);
    if (c.field === 'speaker.entityId' && typeof c.corrected === 'string' && !entity.has(c.corrected))
      errors.push(`${FILES.review}: corrections[${i}].corrected: unknown entity "${c.corrected}"`);
    const text = texts.get(c.story);
    if (c.field === 'text' && typeof c.corrected === 'string' && text !== undefined && !text.includes(c.corrected))
      errors.push(`${FILES.review}: corrections[${i}].corrected: not found verbatim in story "${c.story}"`);
  });
}

/** Where a text stops matching the story: `the story has "…staff" but the text goes on "'s staff…"`. */
function divergence(story: string, text: string): string {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (story.includes(text.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) return `no part of it appears: "${text.slice(0, 60)}"`;
  const at = story.indexOf(text.slice(0, lo));
  const tail = (s: string): string => JSON.stringify(s.slice(Math.max(0, lo - 20), lo + 15));
  return `the first ${lo} characters match, then the text has ${tail(text)} where the story has ${tail(story.slice(at))}`;
}

/** Offset of the n-th occurrence of `needle` in `hay`, or -1. */
function locate(hay: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k <= n; k++) {
    at = hay.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** A quotation's words appear verbatim in the story (a run over paragraphs: each paragraph's part). */
function verbatim(story: string, quote: string): boolean {
  if (story.includes(quote)) return true;
  const parts = quote
    .split(/\s*\n+\s*|\s*(?:\.\.\.|…)\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return parts.length > 1 && parts.every((p) => story.includes(p));
}

/* --------------------------------------------------------- compiling */

function paragraphAt(paragraphs: Array<{ start: number; end: number }>, offset: number): number {
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p && offset >= p.start && offset < p.end) return i;
  }
  let best = 0;
  paragraphs.forEach((p, i) => {
    if (p.start <= offset) best = i;
  });
  return best;
}

function padded(s: string): string {
  return ` ${normalizeQuote(s).replace(/\|/g, ' ')} `.replace(/\s+/g, ' ');
}

/** Resolves a claim reference to claim ids. Errors name what did not match. */
export function resolveRef(ref: ClaimRef, claims: Claim[], reportedIds: Map<string, string>): { ids: string[]; error?: string } {
  if ('claim' in ref) {
    const id = reportedIds.get(ref.claim) ?? (claims.some((c) => c.id === ref.claim) ? ref.claim : undefined);
    return id ? { ids: [id] } : { ids: [], error: `no claim "${ref.claim}"` };
  }
  const needle = padded(ref.quote);
  const inStory = claims.filter((c) => c.story === ref.story);
  let hits = inStory.filter((c) => padded(c.text).includes(needle));
  if (hits.length > 1 && !ref.all) {
    const exact = hits.filter((c) => padded(c.text) === needle);
    if (exact.length > 0) hits = exact;
    if (hits.length > 1) {
      const quotes = hits.filter((c) => c.source === 'engine');
      if (quotes.length === 1) hits = quotes;
    }
  }
  if (hits.length === 0) return { ids: [], error: `no claim of story "${ref.story}" contains "${ref.quote}"` };
  if (hits.length > 1 && !ref.all)
    return { ids: [], error: `"${ref.quote}" matches ${hits.length} claims of "${ref.story}" (${hits.map((c) => c.id).join(', ')}); quote more words or set "all": true` };
  return { ids: hits.map((c) => c.id) };
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function reviewValue(c: Claim, field: ReviewField): string | boolean | null {
  switch (field) {
    case 'speaker.entityId':
      return c.speaker.entityId;
    case 'speaker.name':
      return c.speaker.name;
    case 'kind':
      return c.kind;
    case 'text':
      return c.text;
    case 'excluded':
      return false;
  }
}

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
    let analysis;
    let article;
    try {
      article = engine.articleFromText(text);
      analysis = engine.analyze(article, index);
    } catch (e) {
      errors.push(`${file}: the engine failed on this story: ${(e as Error).message}`);
      continue;
    }
    const base = { story: meta.id, outlet: meta.outlet, date: meta.date, url: meta.url };

    // 1. the engine's quotations
    let storyClaims: Claim[] = [];
    for (const q of analysis.quotes) {
      if (!verbatim(text, q.text)) {
        errors.push(`${file}: the engine's quotation is not verbatim in the story: "${q.text.slice(0, 80)}"`);
        continue;
      }
      storyClaims.push({
        id: '',
        ...base,
        text: q.text,
        kind: q.kind,
        source: 'engine',
        speaker: { name: q.speaker.name, entityId: q.speaker.entityId },
        paragraph: q.paragraph,
        start: q.start,
        end: q.end,
        confidence: Math.round(q.confidence * 1000) / 1000,
        topics: [],
      });
    }

    // 2. human corrections (data/review.json)
    src.review.corrections.forEach((c, i) => {
      if (c.story !== meta.id) return;
      const needle = padded(c.quoteText);
      const hits = storyClaims.filter((x) => padded(x.text).includes(needle));
      const where = `${FILES.review}: corrections[${i}]`;
      if (hits.length !== 1) {
        differences.push({
          story: c.story,
          text: c.quoteText,
          change: 'correction-stale',
          detail: `${where}: the engine now gives ${hits.length} quotations containing "${c.quoteText}" (the correction applies to exactly one)`,
        });
        return;
      }
      const claim = hits[0]!;
      const now = reviewValue(claim, c.field);
      if (now === c.corrected && c.field !== 'excluded') {
        differences.push({ story: c.story, text: c.quoteText, change: 'correction-unneeded', detail: `${where}: the engine now gives ${c.field} = ${JSON.stringify(now)} itself` });
      } else if (now !== c.engine && c.field !== 'excluded') {
        differences.push({
          story: c.story,
          text: c.quoteText,
          change: 'correction-stale',
          detail: `${where}: the engine gave ${c.field} = ${JSON.stringify(c.engine)} when reviewed, now ${JSON.stringify(now)}; corrected to ${JSON.stringify(c.corrected)}`,
        });
      }
      switch (c.field) {
        case 'excluded':
          if (c.corrected === true) storyClaims = storyClaims.filter((x) => x !== claim);
          return;
        case 'speaker.entityId': {
          claim.speaker.entityId = typeof c.corrected === 'string' ? c.corrected : null;
          const e = claim.speaker.entityId ? entityById.get(claim.speaker.entityId) : undefined;
          if (e) claim.speaker.name = e.name;
          break;
        }
        case 'speaker.name':
          claim.speaker.name = String(c.corrected ?? '');
          break;
        case 'kind':
          if (c.corrected === 'direct' || c.corrected === 'partial' || c.corrected === 'indirect') claim.kind = c.corrected;
          else errors.push(`${where}.corrected: expected "direct", "partial" or "indirect"`);
          break;
        case 'text': {
          const t = String(c.corrected ?? '');
          const at = text.indexOf(t);
          claim.text = t;
          claim.start = at;
          claim.end = at + t.length;
          claim.paragraph = paragraphAt(article.paragraphs, at);
          break;
        }
      }
      claim.reviewed = [...new Set([...(claim.reviewed ?? []), c.field])].sort(byString) as ReviewField[];
    });

    // 3. reported claims: an engine reported-speech quote inside one is the same claim
    const reported = src.reported.filter((r) => r.story === meta.id);
    const reportedClaims: Claim[] = reported.map((r) => {
      const start = locate(text, r.text, r.occurrence ?? 0);
      return {
        id: `${meta.id}#${r.id}`,
        ...base,
        text: r.text,
        kind: 'reported',
        source: 'reported',
        speaker: { name: r.speaker.name, entityId: r.speaker.entityId },
        paragraph: paragraphAt(article.paragraphs, start),
        start,
        end: start + r.text.length,
        confidence: 1,
        topics: [...r.topics].sort(byString),
        summary: r.summary,
      };
    });
    storyClaims = storyClaims.filter((q) => {
      const within = reportedClaims.find((r) => q.start < r.end && r.start < q.end);
      if (!within) return true;
      if (q.kind === 'indirect') return false;
      q.partOf = within.id;
      return true;
    });

    storyClaims.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const c of storyClaims) c.id = uniqueId(`${meta.id}#${slug(c.text)}`, usedIds);
    for (const c of reportedClaims) {
      if (usedIds.has(c.id)) errors.push(`${FILES.reported}: claim id "${c.id}" collides with a quotation's id`);
      usedIds.add(c.id);
    }
    const all = [...storyClaims, ...reportedClaims].sort((a, b) => a.start - b.start || byString(a.id, b.id));
    claims.push(...all);

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

  // 4. what the reviewer accepted, against what the engine gives now
  compareAccepted(src.review, claims, differences, warnings);

  // 5. topics and relations
  const reportedIds = new Map(src.reported.map((r) => [r.id, `${r.story}#${r.id}`]));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const topics: Topic[] = src.topics.map((t, i) => {
    const ids = new Set<string>();
    t.claims.forEach((ref, k) => {
      const r = resolveRef(ref, claims, reportedIds);
      if (r.error) warnings.push(`${FILES.topics}: topics[${i}].claims[${k}]: ${r.error}`);
      r.ids.forEach((x) => ids.add(x));
    });
    for (const c of claims) if (c.topics.includes(t.id)) ids.add(c.id);
    for (const x of ids) {
      const c = claimById.get(x);
      if (c && !c.topics.includes(t.id)) c.topics = [...c.topics, t.id].sort(byString);
    }
    return { ...t, claims: [...ids].sort(byString) };
  });
  // a quote inside a reported claim shares its topics
  for (const c of claims) {
    const parent = c.partOf ? claimById.get(c.partOf) : undefined;
    if (parent) c.topics = [...new Set([...c.topics, ...parent.topics])].sort(byString);
  }
  for (const t of topics) t.claims = claims.filter((c) => c.topics.includes(t.id)).map((c) => c.id).sort(byString);

  const relations: Relation[] = [];
  src.relations.forEach((r, i) => {
    const from = resolveRef(r.from, claims, reportedIds);
    const to = resolveRef(r.to, claims, reportedIds);
    if (from.error) errors.push(`${FILES.relations}: relations[${i}].from: ${from.error}`);
    if (to.error) errors.push(`${FILES.relations}: relations[${i}].to: ${to.error}`);
    const pairs = from.ids.flatMap((f) => to.ids.map((t) => [f, t] as const));
    pairs.forEach(([f, t], n) => {
      if (f === t) errors.push(`${FILES.relations}: relations[${i}]: relates claim "${f}" to itself`);
      relations.push({ id: pairs.length === 1 ? r.id : `${r.id}/${n + 1}`, type: r.type, from: f, to: t, note: r.note });
    });
  });
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

/** What the content script carries: the compiled alias index and the entities' display facts. */
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

function compareAccepted(review: ReviewSource, claims: Claim[], differences: ReviewDifference[], warnings: string[]): void {
  const quotes = claims.filter((c) => c.source === 'engine');
  if (review.accepted.length === 0) {
    if (quotes.length > 0) warnings.push(`${FILES.review}: no accepted quotations recorded yet (run the dataset tool with --accept after reviewing)`);
    return;
  }
  const key = (story: string, text: string): string => `${story}\u0000${normalizeQuote(text)}`;
  const accepted = new Map(review.accepted.map((a) => [key(a.story, a.text), a]));
  const seen = new Set<string>();
  for (const c of quotes) {
    const k = key(c.story, c.text);
    seen.add(k);
    const a = accepted.get(k);
    if (!a) {
      differences.push({ story: c.story, text: c.text, change: 'new', detail: `not reviewed: ${c.kind}, ${c.speaker.name} (${c.speaker.entityId ?? 'no id'})` });
      continue;
    }
    const changes: string[] = [];
    if (a.kind !== c.kind) changes.push(`kind ${a.kind} → ${c.kind}`);
    if (a.speaker !== c.speaker.name) changes.push(`speaker "${a.speaker}" → "${c.speaker.name}"`);
    if (a.entityId !== c.speaker.entityId) changes.push(`entityId ${a.entityId ?? 'null'} → ${c.speaker.entityId ?? 'null'}`);
    if (changes.length > 0) differences.push({ story: c.story, text: c.text, change: 'changed', detail: changes.join('; ') });
  }
  for (const a of review.accepted) {
    if (!seen.has(key(a.story, a.text))) differences.push({ story: a.story, text: a.text, change: 'missing', detail: `reviewed (${a.kind}, ${a.speaker}) but the engine no longer finds it` });
  }
}

/** The `accepted` list that records the current quotations as reviewed. */
export function acceptedFromBundle(bundle: DatasetBundle): ReviewSource['accepted'] {
  return bundle.claims
    .filter((c) => c.source === 'engine')
    .map((c) => ({ story: c.story, text: c.text, kind: c.kind as 'direct' | 'partial' | 'indirect', speaker: c.speaker.name, entityId: c.speaker.entityId }));
}
