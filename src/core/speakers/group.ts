/**
 * Who is quoted in an article: the quotations grouped by speaker. One rule, used by the toolbar
 * badge (how many speakers), the popup (most quoted first) and the in-page panel (in order of
 * first quotation), so that the three never disagree. Pure.
 *
 * A speaker is a dataset entity when the quotation names one; otherwise the name as written,
 * with its case and the spaces around it ignored ("A Trump Spokeswoman " and "a Trump
 * spokeswoman" are one speaker).
 */
import type { Quote } from '../types';

export interface SpeakerGroup {
  /** the entity id, else "name:" + the name trimmed and in lower case */
  key: string;
  /** the name as the group's first quotation writes it (trimmed) */
  name: string;
  entityId: string | null;
  /** a description rather than a name ("a Trump spokeswoman") */
  unnamed: boolean;
  /** the speaker's quotations, in the analysis's order, with their index in Analysis.quotes */
  quotes: Array<{ index: number; quote: Quote }>;
  /** where the speaker's first quotation starts in the article's text */
  first: number;
}

/** The group a speaker belongs to. */
export function speakerKey(speaker: { name: string; entityId: string | null }): string {
  return speaker.entityId ?? `name:${speaker.name.trim().toLowerCase()}`;
}

/** A speaker the article describes but does not name: no dataset entry, and the description starts in lower case. */
export function isUnnamed(name: string, entityId: string | null): boolean {
  if (entityId !== null) return false;
  const first = name.trim().charAt(0);
  return first === '' || (first === first.toLowerCase() && first !== first.toUpperCase());
}

/** The speakers of these quotations, in order of their first quotation in the list. */
export function groupSpeakers(quotes: readonly Quote[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  quotes.forEach((quote, index) => {
    const { name, entityId } = quote.speaker;
    const key = speakerKey(quote.speaker);
    let g = groups.get(key);
    if (!g) {
      g = { key, name: name.trim(), entityId, unnamed: isUnnamed(name, entityId), quotes: [], first: quote.start };
      groups.set(key, g);
    }
    g.quotes.push({ index, quote });
    g.first = Math.min(g.first, quote.start);
  });
  return [...groups.values()];
}

/** The same groups, most quoted first; ties by first appearance in the text. */
export function mostQuotedFirst(groups: readonly SpeakerGroup[]): SpeakerGroup[] {
  return [...groups].sort((a, b) => b.quotes.length - a.quotes.length || a.first - b.first);
}
