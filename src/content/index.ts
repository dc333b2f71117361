/**
 * The content script past the gate: wires the pieces of src/content/ together. Built as its own
 * module (app.js), loaded by the start-up script (loader.ts, the manifest's content.js) once the
 * page has passed the readerable gate, or the reader opens the panel; start() takes over from it.
 *
 *   settle (document idle, then idle time) → extract (readerable gate, Readability on a clone)
 *   → the background's engine analyses the paragraphs (article/analyze: analyze() runs there,
 *   off the page's main thread) → place every mention and quotation as live Ranges
 *   → CSS Custom Highlights → page/report to the background.
 *
 * The page's DOM is never changed; the only node added is the host of a closed shadow root, under a
 * tag name made per page load (host.ts), and only while the card or the panel is shown. Runtime messages are the only input besides the reader's own
 * trusted clicks and keys: nothing the page posts (window messages, custom events) is listened to.
 *
 * Lifecycle, on AbortSignals (as refined-github runs each feature with init(signal)): the script
 * lives on one signal, which holds the runtime message listener; each stretch while the site is on
 * is a child controller of it (`life`), and every listener, observer, timer, highlight and the host
 * element of that stretch is made with its signal (schedule.ts: listen, later, debounce, …), so
 * off (content/settings enabled false: the per-site switch or the global pause) is one abort and
 * on is a new controller. Each analysis runs on a child of `life`, aborted by the next one.
 *
 * How the card is reached:
 *  - a click on a highlighted name opens its card;
 *  - a highlighted name inside a link still follows the link on a plain click: Alt+click opens
 *    the card instead (its default action, e.g. Chromium's "download link", is cancelled);
 *  - the keyboard: the "open-panel" command (Alt+Shift+K unless the reader changed it) opens the
 *    panel listing speakers and names; Enter scrolls to the name and opens its card.
 */
import type { Analysis } from '../core/types';
import { ANALYZE_DEADLINE, noAnswer, REPORT_MS, STATUS_MS } from '../shared/delivery';
import { extensionAlive } from '../shared/browser';
import { listen as listenRuntime, sendFromContent } from '../shared/messaging';
import type { AnalyzeReply, AnalyzeRequest, ContentToBackground } from '../shared/protocol';
import { askAnalysis, type LastAnalysis } from './ask-delta';
import type { SiteStatus } from '../shared/settings';
import type { PageStatus } from '../shared/views';
import { answersRoute } from './answers';
import type { Verdict } from './gate';
import { loadInPage } from './inpage';
import type { LoadModule } from './modules';
import { readArticle } from './read';
import { highlightsSupported, HighlightLayer } from './highlights';
import { hitTest } from './hit-test';
import { Host } from './host';
import {
  type Category,
  cardRequest,
  type CardSubject,
  cardSubject,
  countUnplaced,
  panelRows,
  type PanelRow,
  report,
  visibleCategories,
} from './model';
import { Cancelled, child, deadline, debounce, idle, listen, onAbort, retry, settled, Slicer, TimedOut } from './schedule';
import { ChangeLog, LiveArticle } from './growth';
import { placeTargets, type PlacedTarget } from './place';
import { RangeIndex } from './stale';
import { rangeMatches } from './text-map';
import { Ui } from './ui';
import { RERUN_DEBOUNCE, RERUN_MAX_WAIT, watchMutations, watchNavigation } from './watch';
import { pageMeta } from './page-meta';

const NAME_CATEGORIES: readonly Category[] = ['person', 'organization', 'place', 'event'];
/** Retries of the analysis request and of a report: a background stopped and restarting (about 15 s in all). */
const ANALYZE_RETRIES = [250, 1_000, 3_000, 10_000];
const REPORT_RETRIES = [250, 1_000, 3_000, 10_000];
/**
 * How long the card waits for its details (entity/card: the dataset and the reading memory, which a
 * running background answers from in well under a second, one that starts first in a second or two)
 * before it says they did not come and offers to ask again: a background stopped under the question
 * may never answer, and the card would say "Looking up the dataset…" until it is closed.
 */
const CARD_MS = 10_000;

interface RunState {
  url: string;
  analysis: Analysis;
  /** the paragraphs analyzed (a re-run keeps the ranges of those that read the same) */
  paragraphs: string[];
  placed: PlacedTarget[];
  /** the live element holding the article (worked out when first asked: by the mutation watcher) */
  container: () => Element | null;
  unplaced: number;
  truncated: boolean;
  /** why the in-page parse read the article (the off-page path failed), or null */
  inPage: string | null;
  title: string | null;
  siteName: string | null;
  /** one-line descriptions of the dataset entities found, by id */
  descriptions: Record<string, string>;
}

/** What the start-up script (loader.ts) hands over. */
export interface Boot {
  /** the site's status, as the background last said */
  status: SiteStatus;
  /** the debug switch (shared/debug.ts) */
  debug: boolean;
  /** the gate's verdict, just passed (null: loaded for the panel; the first analysis gates the page itself) */
  verdict: Verdict | null;
  /** loads another of the content script's modules (the in-page parse) */
  load: LoadModule;
}

/** What the start-up script may ask of the rest once it has handed over. */
export interface App {
  openPanel(): void;
}

class Sourcelight {
  private status: SiteStatus;
  /** while the site is on: aborting it removes everything this stretch added */
  private life: AbortController | null = null;
  private state: RunState | null = null;
  private pageStatus: PageStatus = 'analyzing';
  private run: AbortController | null = null;
  private firstRun = true;
  private readonly layer = new HighlightLayer();
  /** the highlighted ranges by their nodes: a page change checks only those it may have altered */
  private readonly ranges = new RangeIndex();
  private readonly host = new Host();
  private ui: Ui | null = null;
  private rerun: () => void = () => undefined;
  private reporting: AbortController | null = null;
  /** the card's question for its details (the next card's, or the stretch's end, ends it) */
  private carding: AbortController | null = null;
  /** the page's changes (inside the article) since it was read, and the article as read: a re-run reads only what changed */
  private readonly changes = new ChangeLog();
  private article: { live: LiveArticle; mark: number } | null = null;
  /** the last analysis asked for (a re-run sends a delta against it: ask-delta.ts) */
  private lastReply: LastAnalysis | null = null;

  /** the debug switch (shared/debug.ts): User Timing measures, which the page can read, only while it is on */
  private debug = false;

  private readonly signal: AbortSignal;

  /** `root`: the script's whole life; aborted when the extension is gone (orphaned). */
  constructor(
    private readonly root: AbortController,
    private readonly boot: Boot,
  ) {
    this.signal = root.signal;
    this.status = boot.status;
  }

  /**
   * A script whose extension was reloaded or updated under it (Chromium leaves it running) has no
   * runtime any more: its messages throw and its strings are raw keys. It removes its highlights,
   * host and listeners quietly (one abort of its life) and does nothing more. Returns whether it is.
   */
  private orphaned(): boolean {
    if (this.signal.aborted) return true;
    if (extensionAlive()) return false;
    this.root.abort();
    return true;
  }

  private measure(name: string, start: number, duration: number): void {
    if (!this.debug) return;
    try {
      performance.measure(name, { start, duration });
    } catch {
      /* user timing unavailable: nothing to record */
    }
  }

  start(): void {
    const unlisten = listenRuntime([
      answersRoute({
        settings: (s) => this.apply(s),
        reveal: (quoteIndex) => this.reveal({ quote: quoteIndex }) !== null,
        openPanel: () => this.openPanel(),
      }),
    ]);
    onAbort(this.signal, () => {
      try {
        unlisten();
      } catch {
        /* the runtime is gone (orphaned): nothing to remove */
      }
    });
    // back from the back/forward cache: the background may hold the next page's report for this tab
    listen<PageTransitionEvent>(
      window,
      'pageshow',
      (e) => {
        if (e.persisted) void this.restored();
      },
      this.signal,
    );
    this.debug = this.boot.debug;
    this.host.debug = this.debug;
    this.apply(this.status);
  }

  /** Shown again from the back/forward cache: asks for the site's status again and reports this page anew (analyzed again). */
  private async restored(): Promise<void> {
    this.lastReply = null; // the background may hold another page's analysis for this tab now: ask again
    let status = this.status;
    try {
      // (each attempt bounded, as the start-up script's: one whose background was stopped under it may
      // never settle, and the page restored would never be analyzed nor reported again)
      const ask = () => deadline(sendFromContent('site/status', { url: location.href }), STATUS_MS, this.signal);
      status = await retry(ask, undefined, this.signal, noAnswer);
    } catch (e) {
      console.debug('[sourcelight] site status unavailable after restore', e);
    }
    if (this.signal.aborted) return;
    const wasOn = this.life !== null;
    this.apply(status); // turned on: a first analysis; off: reports "disabled"
    if (wasOn && this.life) void this.analyze(this.life.signal);
  }

  /** Settings from the background: on/off at once, category switches. */
  private apply(s: SiteStatus): void {
    this.status = s;
    this.layer.setVisible(visibleCategories(s.categories));
    if (s.enabled && !this.life) this.enable();
    else if (!s.enabled && this.life) this.disable();
    else if (!s.enabled) this.send('disabled');
  }

  private enable(): void {
    const life = child(this.signal);
    this.life = life;
    const { signal } = life;
    this.ui = new Ui(
      this.host,
      {
        choose: (row) => this.choose(row),
        // the highlights stay; the popup says why no card opens
        blocked: (e) => this.send('error', e.message.slice(0, 500)),
        retryCard: (subject) => {
          if (this.state) this.loadCard(subject, this.state.url);
        },
      },
      signal,
    );
    onAbort(signal, () => {
      this.ui = null;
      this.layer.teardown();
      this.ranges.clear();
      this.host.teardown();
      this.state = null;
      this.article = null;
    });
    this.rerun = debounce(() => void this.analyze(signal), RERUN_DEBOUNCE, signal, RERUN_MAX_WAIT);
    listen(window, 'click', (e: MouseEvent) => this.onClick(e), signal, true);
    watchNavigation(() => {
      this.clear();
      this.send('analyzing');
      this.rerun();
    }, signal);
    watchMutations(
      document.documentElement,
      () => this.state?.container() ?? null,
      () => this.host.element,
      (v, records) => {
        this.changes.record(records, this.state?.container() ?? null, this.host.element, v.elsewhere);
        if (!v.touched && !v.rerun) return;
        const dropped = this.dropStale(records);
        if (v.rerun || dropped > 0) this.rerun();
      },
      signal,
    );
    void this.analyze(signal);
  }

  /** Off: every highlight, the host element, the watchers and any run in progress go at once. */
  private disable(): void {
    this.life?.abort();
    this.life = null;
    this.send('disabled');
  }

  private clear(): void {
    this.run?.abort();
    this.ui?.close(false);
    this.layer.set([]);
    this.ranges.clear();
    this.state = null;
    this.article = null;
  }

  private send(status: PageStatus, error: string | null = null): void {
    if (this.orphaned()) return;
    this.pageStatus = status;
    const s = this.state;
    const r = report(
      {
        url: location.href,
        status,
        title: s?.title ?? (document.title || null),
        siteName: s?.siteName ?? null,
        unplaced: status === 'done' ? (s?.unplaced ?? 0) : 0,
        truncated: status === 'done' ? (s?.truncated ?? false) : false,
        error,
        ...(status === 'done' && s?.inPage ? { inPage: s.inPage.slice(0, 500) } : {}),
      },
      status === 'done' ? (s?.analysis ?? null) : null,
    );
    // a newer report supersedes one still being retried (a stale "done" must not follow "disabled")
    this.reporting?.abort();
    this.reporting = child(this.signal);
    const { signal } = this.reporting;
    // (each attempt bounded: REPORT_MS; sent again only when unanswered: a refusal is the answer)
    retry(() => deadline(sendFromContent('page/report', r), REPORT_MS, signal), REPORT_RETRIES, signal, noAnswer).catch((e: unknown) => {
      if (!(e instanceof Cancelled) && !this.orphaned()) console.debug('[sourcelight] report failed', e);
    });
  }

  /**
   * The background's analysis of these paragraphs: the last reply stands when the paragraphs are
   * those of the last analysis of this address (a page change elsewhere); a background stopped
   * mid-analysis may never answer, so each attempt has a deadline, then it is asked again.
   */
  private async ask(request: AnalyzeRequest, signal: AbortSignal): Promise<AnalyzeReply> {
    const send = <K extends 'article/analyze' | 'article/analyze-delta'>(kind: K, req: ContentToBackground[K]['request']) =>
      retry(() => deadline(sendFromContent(kind, req), ANALYZE_DEADLINE, signal), ANALYZE_RETRIES, signal, noAnswer);
    const reply = await askAnalysis(this.lastReply, request, {
      full: (req) => send('article/analyze', req),
      delta: (req) => send('article/analyze-delta', req),
    });
    this.lastReply = { url: request.url, paragraphs: request.paragraphs, reply };
    return reply;
  }

  /** One analysis of the current page, cancelled by the next (and by `life`). */
  private async analyze(life: AbortSignal): Promise<void> {
    if (this.orphaned()) return;
    this.run?.abort();
    const run = child(life);
    this.run = run;
    const signal = run.signal;
    try {
      this.send('analyzing');
      // the first run on a page the start-up script has just gated: its verdict stands
      const verdict = this.firstRun ? this.boot.verdict : null;
      if (this.firstRun) {
        this.firstRun = false;
        await settled(signal);
      } else await idle(signal);
      if (!highlightsSupported()) throw new Error('this browser has no CSS Custom Highlight API');
      const slicer = new Slicer(signal);
      const url = location.href;
      let busy = 0;
      const t0 = performance.now();

      // the page's changes since the last read, read into it (growth.ts); else the whole page
      const mark = this.changes.mark();
      const tg = performance.now();
      const grown = this.grown(url);
      if (grown) this.measure('sourcelight:update', tg, performance.now() - tg);
      busy += performance.now() - tg;
      // the gate here; the parse off the page (in the page only as the fallback); the analysis in the background
      const { read, busy: readBusy } = await readArticle(document, {
        url,
        exclude: this.host.element,
        signal,
        measure: (name, start, duration) => this.measure(name, start, duration),
        inPage: () => loadInPage(this.boot.load),
        verdict,
        meta: pageMeta(document),
        ask: (request) => this.ask(request, signal),
        deadline: (p) => deadline(p, ANALYZE_DEADLINE, signal),
        ...(grown && this.article ? { known: { extracted: grown.extracted, ...this.article.live.how } } : {}),
      });
      busy += readBusy;
      if (signal.aborted) throw new Cancelled();
      if (!read) {
        this.layer.set([]);
        this.state = null;
        this.article = null;
        this.measure('sourcelight:total', t0, busy);
        this.send('not-article');
        return;
      }
      const { extracted, reply } = read;
      const { paragraphs } = extracted;
      // read off the page: the background kept these paragraphs too, the next re-run's base
      if (read.where === 'off-page') this.lastReply = { url, paragraphs, reply };
      const { analysis, targets } = reply;
      await slicer.step();

      const t4 = performance.now();
      let paused = 0;
      const pause = async (): Promise<void> => {
        const p0 = performance.now();
        await slicer.step();
        paused += performance.now() - p0;
      };
      // a page change while placing left ranges over other text: they are checked below and by the mutation watcher
      const before = this.state?.url === url ? this.state : null;
      const { placed, found, searched, reused } = await placeTargets(paragraphs, targets, extracted, {
        exclude: this.host.element,
        pause,
        before,
      });
      if (signal.aborted) throw new Cancelled();
      const tPlaced = performance.now();
      this.measure('sourcelight:place', t4, tPlaced - t4 - paused);
      this.state = {
        url,
        analysis,
        placed,
        container: extracted.container,
        paragraphs,
        unplaced: countUnplaced(targets, found),
        truncated: extracted.truncated,
        inPage: read.where === 'in-page' ? (read.fallbackReason ?? 'in-page') : null,
        title: extracted.title,
        siteName: extracted.siteName,
        descriptions: reply.descriptions,
      };
      this.layer.set(placed);
      this.ranges.sync(placed.map((p) => p.range));
      // later changes are read into this article
      if (grown && this.article) {
        grown.commit();
        this.article.mark = mark;
      } else
        this.article = {
          live: new LiveArticle(extracted, extracted.container, { where: read.where, fallbackReason: read.fallbackReason }),
          mark,
        };
      this.changes.done(mark);
      const t5 = performance.now();
      this.measure('sourcelight:paint', tPlaced, t5 - tPlaced);
      busy += t5 - t4;
      this.measure('sourcelight:anchor', t4, t5 - t4);
      this.measure('sourcelight:total', t0, busy);
      if (this.debug) {
        try {
          performance.mark('sourcelight:searched', { detail: { searched, reused, targets: targets.length } });
        } catch {
          /* user timing unavailable */
        }
      }
      this.send('done');
    } catch (e) {
      if (e instanceof Cancelled || signal.aborted) return;
      console.debug('[sourcelight] analysis failed', e);
      this.layer.set([]);
      this.state = null;
      this.send('error', e instanceof Error ? e.message.slice(0, 500) : String(e).slice(0, 500));
    } finally {
      run.abort(); // done: leaves no listener on `life`
      if (this.run === run) this.run = null;
    }
  }

  /** The last read with the page's changes read into it, or null (read the page whole). */
  private grown(url: string): ReturnType<LiveArticle['update']> {
    const a = this.article;
    if (!a || this.state?.url !== url) return null;
    const changes = this.changes.since(a.mark);
    return changes ? a.live.update(changes) : null;
  }

  /** Drops the ranges whose text changed (of those the records may have changed: stale.ts); returns how many. */
  private dropStale(records: readonly MutationRecord[]): number {
    const s = this.state;
    if (!s) return 0;
    const maybe = this.ranges.affected(records);
    if (maybe.size === 0) return 0;
    const dropped = this.layer.dropStale((p) => !maybe.has(p.range) || rangeMatches(p.range, p.exact));
    if (dropped > 0) {
      const keep = new Set(this.layer.all());
      s.placed = s.placed.filter((p) => keep.has(p));
      s.unplaced += dropped;
    }
    return dropped;
  }

  /* ------------------------------------------------------------- the card */

  private onClick(e: MouseEvent): void {
    const s = this.state;
    if (!s || !this.ui || !e.isTrusted || this.orphaned() || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (this.host.contains(e)) return;
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return; // the reader is selecting text
    const names = s.placed.filter((p) => p.target.kind === 'mention' && this.layer.isVisible(p.category));
    if (names.length === 0) return;
    const i = hitTest(
      e.clientX,
      e.clientY,
      names.map((p) => p.range),
      this.layer.highlightsOf(NAME_CATEGORIES),
    );
    const hit = names[i];
    if (!hit || hit.target.kind !== 'mention') return;
    const inLink = e.target instanceof Element && e.target.closest('a[href], [role="link"]') !== null;
    if (inLink && !e.altKey) return; // a plain click follows the link
    if (inLink) e.preventDefault();
    this.openCard({ entity: hit.target.entity }, hit.range.getBoundingClientRect());
  }

  private openCard(target: { entity: number } | { speaker: string }, rect: DOMRect): void {
    const s = this.state;
    if (!s || !this.ui) return;
    const subject = cardSubject(s.analysis, target);
    if (!subject) return;
    const description = (subject.entityId && s.descriptions[subject.entityId]) || null;
    this.ui.openCard(subject, description, rect);
    this.loadCard(subject, s.url);
  }

  /** `url`: the address the analysis was made for (the background keeps it under that address). */
  private loadCard(subject: CardSubject, url: string): void {
    if (!this.life) return;
    this.carding?.abort();
    const carding = child(this.life.signal);
    this.carding = carding;
    deadline(sendFromContent('entity/card', cardRequest(subject, url)), CARD_MS, carding.signal)
      .then(
        (data) => this.ui?.cardDetails(subject, { state: 'ready', data }),
        (e: unknown) => {
          if (e instanceof Cancelled) return;
          console.debug('[sourcelight] card details unavailable', e);
          this.ui?.cardDetails(subject, { state: e instanceof TimedOut ? 'late' : 'unavailable' });
        },
      )
      .finally(() => carding.abort());
  }

  /* ------------------------------------------------------- keyboard panel */

  openPanel(): void {
    if (!this.ui) return;
    const s = this.state;
    if (!s) {
      this.ui.openPanel([], this.pageStatus);
      return;
    }
    const placedMentions = new Set<string>();
    const placedQuotes = new Set<number>();
    for (const p of s.placed) {
      if (p.target.kind === 'mention') placedMentions.add(`${p.target.entity}:${p.target.mention}`);
      else placedQuotes.add(p.target.quote);
    }
    const rows = panelRows(
      s.analysis,
      (e, m) => placedMentions.has(`${e}:${m}`),
      (q) => placedQuotes.has(q),
    );
    this.ui.openPanel(rows, null);
  }

  private choose(row: PanelRow): void {
    const range = row.reveal ? this.reveal(row.reveal) : null;
    const rect = range?.getBoundingClientRect() ?? new DOMRect(window.innerWidth / 2 - 190, 80, 0, 0);
    if (row.entity !== null) this.openCard({ entity: row.entity }, rect);
    else if (row.speaker !== null) this.openCard({ speaker: row.speaker }, rect);
  }

  /** Scrolls a quotation or a mention into view and flashes it; returns its range, or null when it is not placed. */
  private reveal(what: { quote: number } | { entity: number; mention: number }): Range | null {
    const s = this.state;
    if (!s || !this.life) return null;
    const p = s.placed.find((x) =>
      'quote' in what
        ? x.target.kind === 'quote' && x.target.quote === what.quote
        : x.target.kind === 'mention' && x.target.entity === what.entity && x.target.mention === what.mention,
    );
    if (!p) return null;
    const el = p.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
    this.layer.flash(p.range, this.life.signal);
    return p.range;
  }
}

/** Takes over from the start-up script: listens to the background, and analyzes the page while its site is on. */
export function start(boot: Boot): App {
  // the script's own life: ended by the page's, or when the extension is gone (orphaned())
  const app = new Sourcelight(new AbortController(), boot);
  app.start();
  return { openPanel: () => app.openPanel() };
}
