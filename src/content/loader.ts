/**
 * The content script's start-up part, which every page runs (built as loader.js, a module the
 * manifest's one-line content script imports: start.ts): small, so that a page that is not an
 * article, or a site switched off, pays for little more than evaluating it.
 *
 * It answers the background (ping, settings), asks for the site's status, waits for the page to
 * settle and runs the readerable gate (gate.ts). Only when the gate passes, or when the reader opens
 * the panel, does it load the rest (index.ts, built as app.js: the parse off the page, placement,
 * highlights, card and panel), a web-accessible module of the extension's own, and hand over to
 * it: the rest answers the background from then on, and this script stops listening. A page that
 * is not an article is watched as the rest would watch it (a same-document navigation, text
 * added: watch.ts) and gated again when it changes.
 *
 * Nothing here imports the polyfill: the browser is reached through browser-lite.ts.
 */
import { liteAlive, liteListen, liteSend } from '../shared/browser-lite';
import { noAnswer, REPORT_MS, STATUS_MS } from '../shared/delivery';
import type { SiteStatus } from '../shared/settings';
import type { PageStatus } from '../shared/views';
import { answersRoute } from './answers';
import { gate, type Verdict } from './gate';
import type { App, Boot } from './index';
import { report } from './model';
import { APP_MODULE, type LoadModule } from './modules';
import { Cancelled, child, deadline, debounce, idle, listen, retry, settled } from './schedule';
import { RERUN_DEBOUNCE, RERUN_MAX_WAIT, watchMutations, watchNavigation } from './watch';

/** The status when the background cannot be asked (as the rest of the content script assumed before). */
const DEFAULT_STATUS: SiteStatus = {
  enabled: true,
  reason: null,
  site: location.hostname,
  categories: { people: true, organizations: true, places: true, quotations: true },
};
const REPORT_RETRIES = [250, 1_000, 3_000, 10_000];

const withoutDebug = ({ debug: _, ...status }: SiteStatus & { debug?: boolean }): SiteStatus => status;

class Loader {
  constructor(private readonly load: LoadModule) {}

  /** this script's life: aborted at the hand-over, or when the extension is gone */
  private readonly life = new AbortController();
  private status: SiteStatus = DEFAULT_STATUS;
  private debug = false;
  /** while the site is on and the page is gated here: its watchers and checks */
  private watching: AbortController | null = null;
  private reporting: AbortController | null = null;
  private app: Promise<App> | null = null;
  private unlisten: () => void = () => undefined;

  async start(): Promise<void> {
    const { signal } = this.life;
    this.unlisten = liteListen([
      answersRoute({
        settings: (s) => this.apply(s),
        reveal: () => false, // nothing is placed before the rest is loaded
        openPanel: async () => {
          if (this.status.enabled) (await this.handOver(null)).openPanel();
        },
      }),
    ]);
    signal.addEventListener('abort', () => this.unlisten(), { once: true });
    // back from the back/forward cache: the background may hold the next page's report for this tab
    listen<PageTransitionEvent>(window, 'pageshow', (e) => e.persisted && void this.restored(), signal);
    const status = await this.siteStatus();
    this.debug = status?.debug === true;
    if (!signal.aborted) this.apply(status ? withoutDebug(status) : DEFAULT_STATUS);
  }

  private siteStatus(): Promise<(SiteStatus & { debug?: boolean }) | null> {
    // (each attempt bounded: a question whose background was stopped under it may never settle, and the
    // page would then wait for ever, never gated nor analyzed nor reported)
    const ask = () => deadline(liteSend('site/status', { url: location.href }), STATUS_MS, this.life.signal);
    return retry(ask, undefined, this.life.signal, noAnswer).catch((e: unknown) => {
      console.debug('[sourcelight] site status unavailable', e);
      return null;
    });
  }

  /** Shown again from the back/forward cache: the site's status asked again, the page gated again. */
  private async restored(): Promise<void> {
    const status = await this.siteStatus();
    const was = this.watching;
    this.apply(status ? withoutDebug(status) : this.status);
    if (was && this.watching === was) void this.check(was.signal, false);
  }

  private apply(s: SiteStatus): void {
    this.status = s;
    if (this.life.signal.aborted) return;
    if (s.enabled && !this.watching) this.enable();
    else if (!s.enabled) {
      this.watching?.abort();
      this.watching = null;
      this.report('disabled');
    }
  }

  private enable(): void {
    const watching = child(this.life.signal);
    this.watching = watching;
    const { signal } = watching;
    const again = debounce(() => void this.check(signal, false), RERUN_DEBOUNCE, signal, RERUN_MAX_WAIT);
    watchNavigation(() => {
      this.report('analyzing');
      again();
    }, signal);
    // no article here: any text the page adds counts (watch.ts, with no container)
    watchMutations(
      document.documentElement,
      () => null,
      () => null,
      (v) => v.rerun && again(),
      signal,
    );
    void this.check(signal, true);
  }

  /** The gate, once the page has settled (the first time) or is idle; past it, the rest of the content script. */
  private async check(signal: AbortSignal, first: boolean): Promise<void> {
    try {
      this.report('analyzing');
      await (first ? settled(signal) : idle(signal));
      const t0 = performance.now();
      const verdict = gate(document);
      const t1 = performance.now();
      this.measure('sourcelight:gate', t0, t1 - t0);
      if (verdict === 'no') {
        this.measure('sourcelight:total', t0, t1 - t0);
        this.report('not-article');
        return;
      }
      await this.handOver(verdict);
    } catch (e) {
      if (e instanceof Cancelled || signal.aborted) return;
      console.debug('[sourcelight] could not start', e);
      this.report('error', e instanceof Error ? e.message.slice(0, 500) : String(e).slice(0, 500));
    }
  }

  /**
   * Loads the rest of the content script and hands over to it (once): it answers the background
   * from now on; this script's listeners and watchers go. `verdict`: the gate's, just passed (null:
   * loaded for the panel, it gates the page itself).
   */
  private handOver(verdict: Verdict | null): Promise<App> {
    this.app ??= this.load<{ start(boot: Boot): App }>(APP_MODULE).then(
      (m) => {
        this.watching?.abort();
        this.watching = null;
        const app = m.start({ status: this.status, debug: this.debug, verdict, load: this.load });
        this.life.abort(); // in the same task as the rest starts listening: no message falls between
        return app;
      },
      (e: unknown) => {
        this.app = null;
        throw e;
      },
    );
    return this.app;
  }

  private measure(name: string, start: number, duration: number): void {
    if (!this.debug) return;
    try {
      performance.measure(name, { start, duration });
    } catch {
      /* user timing unavailable: nothing to record */
    }
  }

  private report(status: PageStatus, error: string | null = null): void {
    if (this.life.signal.aborted) return;
    if (!liteAlive()) {
      this.life.abort(); // orphaned: the extension was reloaded or updated under this script
      return;
    }
    const r = report({ url: location.href, status, title: document.title || null, error });
    // a newer report supersedes one still being retried
    this.reporting?.abort();
    this.reporting = child(this.life.signal);
    const { signal } = this.reporting;
    // (each attempt bounded: REPORT_MS; sent again only when unanswered: a refusal is the answer)
    retry(() => deadline(liteSend('page/report', r), REPORT_MS, signal), REPORT_RETRIES, signal, noAnswer).catch((e: unknown) => {
      if (!(e instanceof Cancelled) && liteAlive()) console.debug('[sourcelight] report failed', e);
    });
  }
}

/** Started by the manifest's content script (start.ts), which hands over its module loader. */
export function start(load: LoadModule): void {
  void new Loader(load).start();
}
