/**
 * Step 5 of the compiler: the links between claims. Topics gather their claims (named in
 * data/topics.json, or carried by a reported claim; a quote inside a reported claim shares its
 * topics) and data/relations.json's relations are resolved to claim ids.
 */
import type { Claim, ClaimRef, Relation, Topic } from '../types';
import { byString, padded } from './common';
import { FILES, type ParsedSources } from './sources';

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
    return {
      ids: [],
      error: `"${ref.quote}" matches ${hits.length} claims of "${ref.story}" (${hits.map((c) => c.id).join(', ')}); quote more words or set "all": true`,
    };
  return { ids: hits.map((c) => c.id) };
}

/** Step 5: topics with their claims (claims' topics updated in place) and relations by claim id. */
export function linkClaims(
  src: Pick<ParsedSources, 'topics' | 'relations' | 'reported'>,
  claims: Claim[],
  warnings: string[],
  errors: string[],
): { topics: Topic[]; relations: Relation[] } {
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
  for (const t of topics)
    t.claims = claims
      .filter((c) => c.topics.includes(t.id))
      .map((c) => c.id)
      .sort(byString);

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
  return { topics, relations };
}
