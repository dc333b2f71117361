/**
 * Dataset query results mapped to the views the UI shows (shared/views.ts), and the queries a
 * card or the popup needs, in one pure place. Addresses that are not http(s) are dropped here,
 * so that no page or imported dataset can smuggle a `javascript:` link into the UI.
 */
import { groupSpeakers } from '../core/speakers/group';
import type { Analysis, EntityRecord } from '../core/types';
import {
  claimMatches,
  type ClaimMatch,
  type DatasetBundle,
  findStory,
  type PriorStatement,
  priorStatements,
  type RelatedCoverage,
  relatedCoverage,
} from '../core/dataset';
import type { CardRequest } from '../shared/protocol';
import {
  type CardData,
  type ClaimMatchView,
  type CoverageView,
  type EntityView,
  type PageReport,
  type PriorStatementView,
  safeUrl,
} from '../shared/views';

/** Lists are cut to this many items: the UI shows the best first. */
export const MAX_ITEMS = 20;

export function entityView(e: EntityRecord): EntityView {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    description: e.description,
    // Dates as a language-neutral span: "Kremlin spokesman (2016-11-10 –)", "(– 2020-01-31)".
    roles: e.roles.map((r) => (r.from || r.to ? `${r.title} (${[r.from ?? '', r.to ?? ''].join(' – ').trim()})` : r.title)),
  };
}

export function priorStatementView(p: PriorStatement): PriorStatementView {
  return { text: p.text, kind: p.kind, outlet: p.outlet, date: p.date, url: safeUrl(p.url), storyId: p.story };
}

export function coverageView(c: RelatedCoverage): CoverageView {
  return {
    outlet: c.via && c.via !== c.outlet ? `${c.outlet} (via ${c.via})` : c.outlet,
    headline: c.headline,
    date: c.date,
    url: safeUrl(c.url),
    covers: c.covers,
  };
}

export function matchView(quoteIndex: number, m: ClaimMatch): ClaimMatchView {
  return {
    quoteIndex,
    relation: m.relation,
    claimText: m.claim.summary ?? m.claim.text,
    speaker: m.claim.speaker.name,
    outlet: m.claim.outlet,
    date: m.claim.date,
    url: safeUrl(m.claim.url),
  };
}

/** The dataset story the page is (it is left out of prior statements and coverage), if any. */
export function storyOf(bundle: DatasetBundle, url: string, analysis: Analysis | null): string | null {
  return findStory(bundle, { url, quotes: analysis?.quotes ?? [] })?.id ?? null;
}

export interface PageEnrichment {
  priorStatements: Record<string, PriorStatementView[]>;
  coverage: CoverageView[];
  matches: ClaimMatchView[];
}

/** What the popup shows besides the report: per speaker prior statements, coverage, claim matches. */
export function pageEnrichment(bundle: DatasetBundle, url: string, analysis: Analysis): PageEnrichment {
  const excludeStory = storyOf(bundle, url, analysis);
  const known = new Set(bundle.entities.map((e) => e.id));
  const prior: Record<string, PriorStatementView[]> = {};
  for (const q of analysis.quotes) {
    const id = q.speaker.entityId;
    if (id === null || !known.has(id) || prior[id]) continue;
    prior[id] = priorStatements(bundle, id, { excludeStory }).slice(0, MAX_ITEMS).map(priorStatementView);
  }
  const matches = matchesElsewhere(
    bundle,
    analysis.quotes.map((q, index) => ({ index, text: q.text, entityId: q.speaker.entityId })),
    excludeStory,
  );
  return {
    priorStatements: prior,
    coverage: relatedCoverage(bundle, analysis, { url }).slice(0, MAX_ITEMS).map(coverageView),
    matches: matches.slice(0, MAX_ITEMS * 5),
  };
}

/**
 * The dataset claims that the page's quotes repeat or dispute, in other reports only (the claims
 * of the story being read are on the page already); a claim several quotes lead to is listed once,
 * with the first of them.
 */
export function matchesElsewhere(
  bundle: DatasetBundle,
  quotes: Array<{ index: number; text: string; entityId: string | null }>,
  excludeStory: string | null,
): ClaimMatchView[] {
  const seen = new Set<string>();
  return quotes.flatMap((q) =>
    claimMatches(bundle, { text: q.text, speaker: { entityId: q.entityId } }, { excludeStory })
      .filter((m) => m.claim.story !== excludeStory && !seen.has(m.claim.id) && Boolean(seen.add(m.claim.id)))
      .map((m) => matchView(q.index, m)),
  );
}

/**
 * A card's data: who the entity is, what they said elsewhere, coverage of the page's subject
 * that involves them (else of the page), and the claims the card's quotes repeat or dispute.
 * `analysis` is the one the background made for the card's page (null when it no longer has
 * it: then the card gets what the dataset says of the entity, without coverage or matches).
 */
export function cardData(bundle: DatasetBundle, req: CardRequest, analysis: Analysis | null): CardData {
  const record = req.entityId === null ? undefined : bundle.entities.find((e) => e.id === req.entityId);
  const excludeStory = storyOf(bundle, req.url, analysis);
  const related = analysis ? relatedCoverage(bundle, analysis, { url: req.url }) : [];
  const involving = record ? related.filter((c) => c.shared.entities.includes(record.id)) : [];
  const quotes = req.quotes.flatMap((index) => {
    const q = analysis?.quotes[index];
    return q ? [{ index, text: q.text, entityId: q.speaker.entityId ?? record?.id ?? null }] : [];
  });
  return {
    entity: record ? entityView(record) : null,
    priorStatements: record ? priorStatements(bundle, record.id, { excludeStory }).slice(0, MAX_ITEMS).map(priorStatementView) : [],
    relatedCoverage: (involving.length > 0 ? involving : related).slice(0, MAX_ITEMS).map(coverageView),
    matches: matchesElsewhere(bundle, quotes, excludeStory).slice(0, MAX_ITEMS * 2),
  };
}

/**
 * A card's data with what the reader's own reading adds: earlier statements from the memory first
 * (newest first), then the dataset's; earlier articles read, after the dataset's coverage; the
 * remarks repeated ("also reported by") first among the matches.
 */
export function withReading(
  data: CardData,
  reading: { priorStatements: Record<string, PriorStatementView[]>; coverage: CoverageView[]; matches: ClaimMatchView[] },
): CardData {
  const fromReading = Object.values(reading.priorStatements).flat();
  return {
    ...data,
    priorStatements: [...fromReading, ...data.priorStatements].slice(0, MAX_ITEMS * 2),
    relatedCoverage: [...data.relatedCoverage, ...reading.coverage].slice(0, MAX_ITEMS * 2),
    matches: [...reading.matches, ...data.matches].slice(0, MAX_ITEMS * 5),
  };
}

/** Bounds of what storage.session keeps of one tab's analysis. */
export const SESSION_LIMITS = { quotes: 300, quoteText: 1_000, entities: 300 };

const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * What storage.session keeps of an analysis (and the popup is sent): the quotations and the
 * entities without their mentions, each capped (SESSION_LIMITS), so a very long article's
 * analysis takes a few hundred kilobytes there, never megabytes.
 */
export function keptForSession(analysis: Analysis): Analysis {
  return {
    entities: analysis.entities.slice(0, SESSION_LIMITS.entities).map((e) => ({ ...e, mentions: [] })),
    quotes: analysis.quotes.slice(0, SESSION_LIMITS.quotes).map((q) => ({ ...q, text: cut(q.text, SESSION_LIMITS.quoteText) })),
  };
}

/** Distinct speakers of an analysis, grouped as the popup and the panel list them: the badge's number. */
export function speakerCount(analysis: Analysis | null): number {
  return groupSpeakers(analysis?.quotes ?? []).length;
}

/**
 * The toolbar badge: the number of speakers once the page is analyzed; empty when Sourcelight is
 * off there. `analysis` is the one the background keeps for the reported page.
 */
export function badgeText(report: PageReport | null, analysis: Analysis | null, status: { enabled: boolean } | null): string {
  if (!report || !status?.enabled || report.status !== 'done') return '';
  const n = speakerCount(analysis);
  return n > 0 ? String(n) : '';
}
