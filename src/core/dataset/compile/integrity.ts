/**
 * Step 1 of the compiler: integrity across the parsed files (unique ids, alias conflicts, known
 * entities, topics and stories, reported claims and corrections verbatim in their story).
 */
import { tokenize } from '../../tokenize';
import type { EntityRecord } from '../../types';
import { fold } from '../text';
import { locate } from './common';
import { FILES, type ParsedSources } from './sources';

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

/** Step 1: ids unique, aliases unambiguous, every reference known, every reported claim verbatim. */
export function checkIntegrity(src: ParsedSources, errors: string[]): void {
  duplicates(
    FILES.entities,
    src.entities,
    (e) => e.id,
    (i) => `entities[${i}]`,
    errors,
  );
  duplicates(
    FILES.coverage,
    src.coverage,
    (e) => e.id,
    (i) => `coverage[${i}]`,
    errors,
  );
  duplicates(
    FILES.topics,
    src.topics,
    (e) => e.id,
    (i) => `topics[${i}]`,
    errors,
  );
  duplicates(
    FILES.reported,
    src.reported,
    (e) => e.id,
    (i) => `claims[${i}]`,
    errors,
  );
  duplicates(
    FILES.relations,
    src.relations,
    (e) => e.id,
    (i) => `relations[${i}]`,
    errors,
  );
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
