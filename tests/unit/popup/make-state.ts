/** The popup tests' TabState and PageReport: a page on `site` with the extension on there, then `over`. */
import type { PageReport, TabState } from '../../../src/shared/views';

export const makeReport = (site: string, over: Partial<PageReport> = {}): PageReport => ({
  url: `https://${site}/a`,
  title: 'T',
  siteName: null,
  status: 'done',
  entities: 0,
  quotes: 0,
  unplaced: 0,
  truncated: false,
  error: null,
  ...over,
});

export const makeTabState = (site: string, over: Partial<TabState> = {}): TabState => ({
  tabId: 1,
  url: `https://${site}/a`,
  report: makeReport(site),
  analysis: null,
  status: {
    enabled: true,
    reason: null,
    site,
    categories: { people: true, organizations: true, places: true, quotations: true },
  },
  paused: false,
  contentScript: true,
  contentBusy: false,
  priorStatements: {},
  coverage: [],
  matches: [],
  memory: null,
  ...over,
});
