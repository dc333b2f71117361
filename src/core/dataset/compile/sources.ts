/**
 * Step 0 of the compiler: the source files (already read) parsed and checked against the schema,
 * and the stories paired up (<id>.txt with <id>.json).
 */
import type { EntityRecord } from '../../types';
import * as S from '../schema';
import type { CoverageSource, DatasetFiles, RelationSource, ReportedClaimSource, ReviewSource, StoryMeta, TopicSource } from '../types';

export const FILES = {
  entities: 'data/entities.json',
  coverage: 'data/coverage.json',
  topics: 'data/topics.json',
  reported: 'data/reported-claims.json',
  relations: 'data/relations.json',
  review: 'data/review.json',
} as const;

export const STORY_DIR = 'data/stories/';

export interface Story {
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
