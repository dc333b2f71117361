/** The popup's decisions (which state) and the badge: pure, from TabState. */
import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../src/background/views';
import type { Analysis } from '../../../src/core/types';
import { THREE_SPEAKERS } from '../make-quote';
import type { PageReport, TabState } from '../../../src/shared/views';
import {
  errorDetail,
  outletOf,
  popupView,
  QUERY_TIMEOUT_MESSAGE,
  REQUERY_MS,
  requeryAfter,
  startsNewPage,
  type TabChange,
} from '../../../src/popup/model';
import { Unanswered } from '../../../src/shared/delivery';
import { makeReport, makeTabState } from './make-state';

const analysis: Analysis = { entities: [], quotes: THREE_SPEAKERS };

const report = (over: Partial<PageReport> = {}): PageReport => makeReport('apnews.com', { quotes: 6, ...over });
const state = (over: Partial<TabState> = {}): TabState => makeTabState('apnews.com', { report: report(), analysis, ...over });
const off = (reason: 'paused' | 'site-off' | 'not-allowed') => ({ ...state().status!, enabled: false, reason });

describe('popupView', () => {
  it.each<[string, TabState, string]>([
    ['analyzed with results', state(), 'done'],
    ['browser page', state({ url: 'chrome://newtab/', report: null, status: { ...off('not-allowed'), site: '' } }), 'restricted'],
    ['paused wins over a report', state({ status: off('paused') }), 'paused'],
    ['site off', state({ status: off('site-off') }), 'site-off'],
    ['no report, address unknown', state({ url: null, report: null, status: null, contentScript: false }), 'unknown'],
    ['no report, no content script on a web page', state({ report: null, contentScript: false }), 'reload'],
    ['no report yet, the script is running', state({ report: null }), 'analyzing'],
    ['running', state({ report: report({ status: 'analyzing', quotes: 0 }) }), 'analyzing'],
    ['reported off, now on again', state({ report: report({ status: 'disabled', quotes: 0 }) }), 'analyzing'],
    ['not an article', state({ report: report({ status: 'not-article', quotes: 0 }) }), 'not-article'],
    ['failed', state({ report: report({ status: 'error', quotes: 0, error: 'x' }) }), 'error'],
    ['nothing recognised', state({ report: report({ quotes: 0 }), analysis: { entities: [], quotes: [] } }), 'nothing'],
    ['names but no quotations', state({ report: report({ entities: 2, quotes: 0 }), analysis: null }), 'done'],
  ])('%s -> %s', (_n, s, expected) => {
    expect(popupView(s)).toBe(expected);
  });
  it.each<[string, TabState, number, string]>([
    ['analyzing, just now', state({ report: report({ status: 'analyzing', quotes: 0 }) }), 0, 'analyzing'],
    ['analyzing for 29 s', state({ report: report({ status: 'analyzing', quotes: 0 }) }), 29_000, 'analyzing'],
    ['analyzing for 30 s: it did not finish', state({ report: report({ status: 'analyzing', quotes: 0 }) }), 30_000, 'stalled'],
    ['no report for 60 s while the script runs', state({ report: null }), 60_000, 'stalled'],
    ['done stays done whatever the time', state(), 60_000, 'done'],
    [
      'analyzing, the page’s script present but busy (its main thread blocked)',
      state({ report: report({ status: 'analyzing', quotes: 0 }), contentBusy: true }),
      0,
      'busy',
    ],
    [
      'busy for 60 s: busy, not "did not finish"',
      state({ report: report({ status: 'analyzing', quotes: 0 }), contentBusy: true }),
      60_000,
      'busy',
    ],
    ['no report yet, the script busy', state({ report: null, contentBusy: true }), 0, 'busy'],
    ['done, whatever the ping said', state({ contentBusy: true }), 0, 'done'],
    [
      'analyzing, but the page’s script is gone (the extension updated under the page): reload, at once',
      state({ report: report({ status: 'analyzing', quotes: 0 }), contentScript: false }),
      0,
      'reload',
    ],
    [
      'the script gone for 60 s: reload, not "did not finish"',
      state({ report: report({ status: 'analyzing', quotes: 0 }), contentScript: false }),
      60_000,
      'reload',
    ],
    ['an error stays an error', state({ report: report({ status: 'error', quotes: 0, error: 'x' }) }), 60_000, 'error'],
  ])('%s', (_n, s, ms, expected) => {
    expect(popupView(s, ms)).toBe(expected);
  });
  it('busy: asked about again (it says so until the page answers), as while analyzing', () => {
    const busy = state({ report: report({ status: 'analyzing', quotes: 0 }), contentBusy: true });
    expect(requeryAfter(busy, 60_000)).toBe(REQUERY_MS);
  });
  it('outlet: the site name, else the host', () => {
    expect(outletOf(state({ report: report({ siteName: 'The Associated Press' }) }))).toBe('The Associated Press');
    expect(outletOf(state())).toBe('apnews.com');
  });
});

describe('startsNewPage: which change of the tab restarts the time analyzing', () => {
  const page = 'https://news.example/harbour';
  it.each<[string, TabChange, string | null, boolean]>([
    ['a reload (Chromium: "loading", no address)', { status: 'loading' }, page, true],
    ['a reload (Firefox: "loading" at the same address)', { status: 'loading', url: page }, page, true],
    ['a reload of a page at an anchor', { status: 'loading', url: `${page}#quay` }, `${page}#quay`, true],
    ['a link followed to another page', { status: 'loading', url: 'https://news.example/ferry' }, page, true],
    ['another address, no status (Firefox)', { url: 'https://news.example/ferry' }, page, true],
    ['another query string is another document', { status: 'complete', url: `${page}?p=2` }, page, true],
    ['a new address, the one before not known', { url: `${page}#quay` }, null, true],
    ['"loading", the address before not known', { status: 'loading' }, null, true],
    ['an in-page anchor (Firefox: a new address, "complete")', { status: 'complete', url: `${page}#quay` }, page, false],
    ['an in-page anchor (Chromium, the address visible: "loading" with it)', { status: 'loading', url: `${page}#quay` }, page, false],
    ['from one anchor to another', { status: 'loading', url: `${page}#dock` }, `${page}#quay`, false],
    ['back from an anchor to the page', { url: page }, `${page}#quay`, false],
    ['"complete"', { status: 'complete' }, page, false],
    ['the same address again, not loading', { status: 'complete', url: page }, page, false],
  ])('%s', (_n, change, before, expected) => {
    expect(startsNewPage(change, before)).toBe(expected);
  });
});

describe('badgeText', () => {
  it('counts distinct speakers when on and analyzed; empty otherwise', () => {
    expect(badgeText(report(), analysis, { enabled: true })).toBe('3');
    expect(badgeText(report(), analysis, { enabled: false })).toBe('');
    expect(badgeText(report({ status: 'analyzing' }), analysis, { enabled: true })).toBe('');
    expect(badgeText(report({ quotes: 0 }), { entities: [], quotes: [] }, { enabled: true })).toBe('');
    // the background no longer has the page's analysis: no number rather than a wrong one
    expect(badgeText(report(), null, { enabled: true })).toBe('');
    expect(badgeText(null, analysis, { enabled: true })).toBe('');
  });
});

describe('errorDetail: a failed page’s error as the popup shows it', () => {
  it.each([
    [null, null],
    ['', null],
    [new Unanswered().message, { key: 'errorBackgroundGone' }],
    [`Error: ${new Unanswered().message}`, { key: 'errorBackgroundGone' }],
    [QUERY_TIMEOUT_MESSAGE, { key: 'errorBackgroundSlow' }],
    ['the page did not arrive whole', { raw: 'the page did not arrive whole' }],
  ])('%j → %j', (error, expected) => {
    expect(errorDetail(error)).toEqual(expected);
  });
});
