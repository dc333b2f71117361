/** What the popup shows, decided from the background's TabState: pure, unit-tested. */
import type { Analysis, Quote } from '../core/types';
import type { TabState } from '../shared/views';

export interface SpeakerGroup {
  /** entity id, else "name:" + the name as written */
  key: string;
  name: string;
  entityId: string | null;
  /** a description rather than a name ("a Trump spokeswoman") */
  unnamed: boolean;
  quotes: Array<{ index: number; quote: Quote }>;
}

/** A speaker the article describes but does not name: no dataset entry, and the description starts in lower case. */
export function isUnnamed(name: string, entityId: string | null): boolean {
  if (entityId !== null) return false;
  const first = name.trim().charAt(0);
  return first === '' || (first === first.toLowerCase() && first !== first.toUpperCase());
}

/** The speakers of an article, most quoted first; ties by first appearance. */
export function speakerGroups(analysis: Analysis | null): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup & { first: number }>();
  (analysis?.quotes ?? []).forEach((quote, index) => {
    const { name, entityId } = quote.speaker;
    const key = entityId ?? `name:${name.trim().toLowerCase()}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, name: name.trim(), entityId, unnamed: isUnnamed(name, entityId), quotes: [], first: quote.start };
      groups.set(key, g);
    }
    g.quotes.push({ index, quote });
    g.first = Math.min(g.first, quote.start);
  });
  return [...groups.values()]
    .sort((a, b) => b.quotes.length - a.quotes.length || a.first - b.first)
    .map(({ first: _first, ...g }) => g);
}

export type PopupView =
  | 'restricted'
  | 'unknown'
  | 'reload'
  | 'paused'
  | 'site-off'
  | 'analysing'
  | 'not-article'
  | 'error'
  | 'nothing'
  | 'done';

/** Which state the popup is in, most decisive first. */
export function popupView(state: TabState): PopupView {
  if (state.status?.reason === 'not-allowed') return 'restricted';
  if (state.status?.reason === 'paused') return 'paused';
  if (state.status?.reason === 'site-off') return 'site-off';
  const report = state.report;
  if (!report) {
    if (state.contentScript) return 'analysing';
    return state.url === null ? 'unknown' : 'reload';
  }
  switch (report.status) {
    case 'disabled': // reported while off; the site is on now, so the page is being analysed again
    case 'analysing':
      return 'analysing';
    case 'not-article':
      return 'not-article';
    case 'error':
      return 'error';
    case 'done': {
      const a = report.analysis;
      return !a || (a.quotes.length === 0 && a.entities.length === 0) ? 'nothing' : 'done';
    }
  }
}

/** The site name to show: the page's, else its host. */
export function outletOf(state: TabState): string {
  if (state.report?.siteName) return state.report.siteName;
  if (state.status?.site) return state.status.site;
  try {
    return state.url ? new URL(state.url).hostname : '';
  } catch {
    return '';
  }
}
