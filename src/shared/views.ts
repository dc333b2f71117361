/**
 * The views the UI shows: what a page reported, dataset records as the card and the popup show
 * them, a tab's state, the dataset's facts. Types only (and safeUrl, which every view's link
 * goes through); the background maps core results to these (src/background/views.ts).
 */
import type { Analysis, EntityType, QuoteKind } from '../core/types';
import type { Settings, SiteStatus } from './settings';

export type PageStatus = 'not-article' | 'disabled' | 'analyzing' | 'done' | 'error';

/** What the content script found on its page (the analysis itself stays in the background, which made it). */
export interface PageReport {
  url: string;
  title: string | null;
  siteName: string | null;
  status: PageStatus;
  /** names and quotations found (0 unless done) */
  entities: number;
  quotes: number;
  /** results that could not be placed in the page */
  unplaced: number;
  /** the page was larger than the analysis budget: only part of it was analyzed */
  truncated: boolean;
  error: string | null;
  /**
   * why the article was read by the in-page parse (the fallback: the off-page path was
   * unavailable or failed); absent when it was read off the page, or not read
   */
  inPage?: string;
  /**
   * the page load that sent it (its document's time origin, ms) and its place among that load's
   * reports (µs since then, or one more than the last: rises strictly with each report, whichever
   * of the page's scripts sent it; content/model.ts nextSeq); a retried report can arrive after a
   * newer one, and the store keeps the newest (reports.ts)
   */
  load?: number;
  seq?: number;
}

/** Views of dataset records, as the UI shows them (the background maps core query results to these). */
export interface EntityView {
  id: string;
  name: string;
  type: EntityType;
  description: string;
  /** e.g. "Kremlin spokesman (2016-11-10 –)": the dates as a language-neutral span */
  roles: string[];
}
/** Where a prior statement, a report or a repeat comes from: the bundled/imported dataset, or the reader's own reading (the memory). */
export type ViewSource = 'dataset' | 'reading';

export interface PriorStatementView {
  text: string;
  kind: QuoteKind | 'reported';
  outlet: string;
  date: string | null;
  url: string | null;
  storyId: string;
  /** the article's title, when known */
  headline?: string | null;
  /** absent: the dataset */
  source?: ViewSource;
}
export interface CoverageView {
  /** absent: the dataset */
  source?: ViewSource;
  outlet: string;
  headline: string | null;
  date: string | null;
  url: string | null;
  /** what the report covers, one line */
  covers: string;
}
export interface ClaimMatchView {
  /** absent: the dataset; 'reading': an earlier article the reader read reported the same remark ("also reported by") */
  source?: ViewSource;
  /** index of the quote on the page (Analysis.quotes) this match is about */
  quoteIndex: number;
  relation: 'repeats' | 'same-remark' | 'disputes' | 'disputed-by';
  claimText: string;
  speaker: string;
  outlet: string;
  date: string | null;
  url: string | null;
}
/** Two addresses of the same document (the fragment aside). */
export const sameDocument = (a: string, b: string): boolean => a.split('#')[0] === b.split('#')[0];

/** A view's address: http(s) only, else null (no `javascript:` or `data:` link reaches a UI). */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export interface CardData {
  entity: EntityView | null;
  priorStatements: PriorStatementView[];
  relatedCoverage: CoverageView[];
  matches: ClaimMatchView[];
}

/** Everything the popup shows for one tab, in one round trip. */
export interface TabState {
  tabId: number;
  /** the page's address: the report's, else the tab's where the browser lets us see it */
  url: string | null;
  report: PageReport | null;
  /**
   * the page's analysis as the background keeps it (the quotations; the entities without their
   * mentions), when the report is done and the background still has it
   */
  analysis: Analysis | null;
  /** whether Sourcelight runs on the page (null when its address is not known) */
  status: SiteStatus | null;
  paused: boolean;
  /**
   * whether the tab's content script is there, or on its way (the tab still loading: it starts at
   * document_idle): asked (pingContent) only while the page reports nothing, "analyzing", or
   * "disabled" on a site switched on since, else taken to be there (a page whose script went away
   * after it reported keeps what it showed)
   */
  contentScript: boolean;
  /**
   * whether the tab's content script, asked as above, did not answer within the background's bound
   * (PING_MS): present but busy, its page's main thread blocked
   */
  contentBusy: boolean;
  /** prior statements per speaker (entity id, else the speaker group's key), the story being read left out; the reader's own reading first */
  priorStatements: Record<string, PriorStatementView[]>;
  coverage: CoverageView[];
  matches: ClaimMatchView[];
  /** the reading memory: whether it is on, whether the reader has been told what it keeps, and whether this page is in it */
  memory: { on: boolean; noticeSeen: boolean; recorded: string | null } | null;
}

/** Facts about the dataset in use (the bundled one, merged with an imported one). */
export interface DatasetInfo {
  stories: number;
  entities: number;
  claims: number;
  coverage: number;
  /** newest date among the sources (YYYY-MM-DD) */
  buildDate: string;
  /** the imported extra dataset, if any */
  extra: { name: string; importedAt: string; stories: number; entities: number; claims: number; conflicts: string[] } | null;
  /** a stored extra dataset that failed validation and is not in use: its name and the first errors */
  storedProblem: { name: string; errors: string[] } | null;
}

export interface SettingsReply {
  settings: Settings;
  /** what could not be read from storage and was replaced by defaults */
  problems: string[];
}
