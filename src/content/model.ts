/**
 * Pure decisions about an analysis, for the page: which highlights the reader's switches show,
 * how unplaced results are counted, what the panel lists, what a card asks for, and the report
 * (the spans to place, targets, come from the background: src/shared/targets.ts). No DOM, no
 * browser APIs: unit-tested in Node.
 */
import { groupSpeakers, speakerKey } from '../core/speakers/group';
import type { Analysis, EntityType, Quote } from '../core/types';
import type { CardRequest } from '../shared/protocol';
import type { Categories } from '../shared/settings';
import type { PageReport } from '../shared/views';
import type { Category, Target } from '../shared/targets';

export { CATEGORIES, type Category, type Target } from '../shared/targets';

/** The CSS Custom Highlight name of a category (namespaced: the registry is the page's). */
export const highlightName = (c: Category): string => `sourcelight-${c}`;
export const FLASH_HIGHLIGHT = 'sourcelight-flash';

/** Which categories the reader's switches show. Events follow the organisations switch. */
export function visibleCategories(c: Categories): Set<Category> {
  const out = new Set<Category>();
  if (c.people) out.add('person');
  if (c.organizations) out.add('organization').add('event');
  if (c.places) out.add('place');
  if (c.quotations) out.add('quote');
  return out;
}

/** Results not placed: each mention not placed, and each quotation none of whose parts was placed. */
export function countUnplaced(targets: readonly Target[], placed: readonly boolean[]): number {
  let n = 0;
  const quotes = new Map<number, boolean>();
  targets.forEach((t, i) => {
    if (t.kind === 'mention') {
      if (!placed[i]) n++;
    } else quotes.set(t.quote, (quotes.get(t.quote) ?? false) || placed[i] === true);
  });
  for (const ok of quotes.values()) if (!ok) n++;
  return n;
}

/* ----------------------------------------------------------------- panel */

export interface PanelRow {
  key: string;
  group: 'speakers' | 'names';
  label: string;
  /** the second line, as numbers (the panel words it in the reader's language) */
  detail: { quotes: number } | { type: EntityType; mentions: number };
  /** the entity (index in Analysis.entities) whose card opens, if any */
  entity: number | null;
  /** the speaker's name when the row is a speaker without an entity */
  speaker: string | null;
  /** where Enter scrolls to: a quote index or a mention */
  reveal: { quote: number } | { entity: number; mention: number } | null;
}

/**
 * The panel: speakers (with how many quotations), then every name found (with its type and how
 * many mentions), each in order of first appearance. `placedMention(e, m)` says which mentions
 * are in the page (Enter scrolls to the first of them).
 */
export function panelRows(
  analysis: Analysis,
  placedMention: (entity: number, mention: number) => boolean,
  placedQuote: (quote: number) => boolean,
): PanelRow[] {
  const rows: PanelRow[] = [];
  const entityIndex = new Map(analysis.entities.map((e, i) => [e.id ?? `name:${e.name}`, i]));
  const firstMention = (e: number): number => {
    const m = analysis.entities[e]?.mentions.findIndex((_, j) => placedMention(e, j)) ?? -1;
    return m;
  };
  for (const s of groupSpeakers(analysis.quotes)) {
    const entity = entityIndex.get(s.entityId ?? `name:${s.name}`) ?? null;
    const q = s.quotes.find(({ index }) => placedQuote(index))?.index;
    const m = entity !== null ? firstMention(entity) : -1;
    rows.push({
      key: `s:${s.key}`,
      group: 'speakers',
      label: s.name,
      detail: { quotes: s.quotes.length },
      entity,
      speaker: entity === null ? s.name : null,
      reveal: entity !== null && m >= 0 ? { entity, mention: m } : q !== undefined ? { quote: q } : null,
    });
  }
  const order = analysis.entities
    .map((e, i) => ({ i, first: Math.min(...e.mentions.map((m) => m.start)) }))
    .sort((a, b) => a.first - b.first);
  for (const { i } of order) {
    const e = analysis.entities[i];
    if (!e || e.mentions.length === 0) continue;
    const m = firstMention(i);
    rows.push({
      key: `e:${e.id ?? e.name}`,
      group: 'names',
      label: e.name,
      detail: { type: e.type, mentions: e.mentions.length },
      entity: i,
      speaker: null,
      reveal: m >= 0 ? { entity: i, mention: m } : null,
    });
  }
  return rows;
}

/* ------------------------------------------------------------------ card */

/** What the card says about a person/thing in this article, before the background's details arrive. */
export interface CardSubject {
  /** entity index, or null for a speaker the dataset does not know */
  entity: number | null;
  entityId: string | null;
  name: string;
  type: EntityType | null;
  /** their quotations in this article */
  quotes: Array<{ index: number; text: string; kind: Quote['kind']; confidence: number }>;
}

export function cardSubject(analysis: Analysis, target: { entity: number } | { speaker: string }): CardSubject | null {
  if ('entity' in target) {
    const e = analysis.entities[target.entity];
    if (!e) return null;
    const key = speakerKey({ name: e.name, entityId: e.id });
    const quotes = analysis.quotes.map((q, index) => ({ q, index })).filter(({ q }) => speakerKey(q.speaker) === key);
    return {
      entity: target.entity,
      entityId: e.id,
      name: e.name,
      type: e.type,
      quotes: quotes.map(({ q, index }) => ({ index, text: q.text, kind: q.kind, confidence: q.confidence })),
    };
  }
  const key = speakerKey({ name: target.speaker, entityId: null });
  const quotes = analysis.quotes.map((q, index) => ({ q, index })).filter(({ q }) => speakerKey(q.speaker) === key);
  if (quotes.length === 0) return null;
  return {
    entity: null,
    entityId: null,
    name: target.speaker,
    type: null,
    quotes: quotes.map(({ q, index }) => ({ index, text: q.text, kind: q.kind, confidence: q.confidence })),
  };
}

const MAX_CARD_QUOTES = 50;

/** The card's question to the background: `url` is the address the analysis was made for. */
export function cardRequest(subject: CardSubject, url: string): CardRequest {
  return { entityId: subject.entityId, url: url.slice(0, 8_192), quotes: subject.quotes.slice(0, MAX_CARD_QUOTES).map((q) => q.index) };
}

/* ---------------------------------------------------------------- report */

/**
 * Where a page load's last report number is kept: on the content script's global, which the
 * start-up script (loader.js) and the rest (app.js) share, each bundling this module. (Not seen by
 * the page: the content script's global is its own, the isolated world's.)
 */
const LAST_SEQ = Symbol.for('sourcelight.report-seq');

/**
 * The next report number of this page load: the document's clock (µs), or one past the last number
 * when the clock has not moved on since. Browsers round performance.now() (Firefox to 1 ms, with
 * resistFingerprinting to 16.7 ms, 100 ms in older versions): the clock alone gives two reports of
 * one task or of a short while (the start-up script's "analyzing" and the gate's "not-article")
 * the same number, and the background would keep whichever arrived last, a retried older one too.
 */
function nextSeq(): number {
  const slot = globalThis as { [LAST_SEQ]?: number };
  const seq = Math.max(Math.floor(performance.now() * 1_000), (slot[LAST_SEQ] ?? -1) + 1);
  slot[LAST_SEQ] = seq;
  return seq;
}

/**
 * The report: how the page's analysis went; of the analysis itself only how many names and
 * quotations it found. Each carries its page load and a number that rises strictly with each report
 * of that load (nextSeq, shared by the loader and the full script): a report retried after
 * REPORT_MS may arrive after a newer one, and the background keeps the newest (reports.ts).
 */
export function report(fields: Partial<PageReport> & Pick<PageReport, 'url' | 'status'>, analysis: Analysis | null = null): PageReport {
  return {
    title: null,
    siteName: null,
    unplaced: 0,
    truncated: false,
    error: null,
    ...fields,
    entities: analysis?.entities.length ?? 0,
    quotes: analysis?.quotes.length ?? 0,
    load: Math.round(performance.timeOrigin),
    seq: nextSeq(),
  };
}
