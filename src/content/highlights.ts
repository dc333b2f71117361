/**
 * Highlights through the CSS Custom Highlight API: one Highlight per category in the document's
 * registry (namespaced names), painted by one constructed stylesheet adopted by the document.
 * No page node is wrapped, split or changed, and no inline style is needed (a strict CSP allows
 * adopted constructed sheets). teardown() removes every highlight and the sheet; the content script
 * calls it when its run's signal aborts.
 */
import { CATEGORIES, type Category, FLASH_HIGHLIGHT, highlightName } from './model';
import { child, later } from './schedule';
import { PAGE_CSS } from './styles';

export interface Placed {
  range: Range;
  /** compact text the range must keep covering */
  exact: string;
  category: Category;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightLayer {
  private sheet: CSSStyleSheet | null = null;
  private placed: Placed[] = [];
  private visible = new Set<Category>(CATEGORIES);
  private flashing: AbortController | null = null;
  private current = new Map<Category, Highlight>();
  /** the ranges of each registered Highlight (read here, not through the registry) */
  private members = new Map<Category, Set<Range>>();

  private adoptSheet(): void {
    if (this.sheet) return;
    this.sheet = new CSSStyleSheet();
    this.sheet.replaceSync(PAGE_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
  }

  /** Replaces every range (the registry changes only where they differ: see paint). */
  set(placed: Placed[]): void {
    this.placed = placed;
    this.paint();
  }

  setVisible(visible: Set<Category>): void {
    this.visible = visible;
    this.paint();
  }

  isVisible(c: Category): boolean {
    return this.visible.has(c);
  }

  all(): readonly Placed[] {
    return this.placed;
  }

  /** Drops ranges whose text no longer matches; returns how many were dropped. */
  dropStale(matches: (p: Placed) => boolean): number {
    const before = this.placed.length;
    this.placed = this.placed.filter(matches);
    if (this.placed.length !== before) this.paint();
    return before - this.placed.length;
  }

  /** The registered Highlight objects of the given categories (for hit-testing). */
  highlightsOf(categories: readonly Category[]): Set<Highlight> {
    return new Set(categories.map((c) => this.current.get(c)).filter((h): h is Highlight => h !== undefined));
  }

  /**
   * Brings the registry to `placed` and `visible`. A category's Highlight is kept and changed by
   * what differs (ranges added and deleted, against a mirror of its ranges kept here), so a re-run
   * that keeps most ranges registers only the new ones: the cost follows the change, not the page.
   */
  private paint(): void {
    if (!highlightsSupported()) return;
    if (this.placed.length > 0) this.adoptSheet();
    const wanted = new Map<Category, Range[]>();
    for (const p of this.placed) {
      if (!this.visible.has(p.category)) continue;
      const list = wanted.get(p.category);
      if (list) list.push(p.range);
      else wanted.set(p.category, [p.range]);
    }
    for (const c of CATEGORIES) {
      const ranges = wanted.get(c) ?? [];
      const name = highlightName(c);
      const h = this.current.get(c);
      if (ranges.length === 0) {
        if (h) CSS.highlights.delete(name);
        this.current.delete(c);
        this.members.delete(c);
        continue;
      }
      if (!h) {
        const made = new Highlight(...ranges);
        made.priority = c === 'quote' ? 0 : 1;
        CSS.highlights.set(name, made);
        this.current.set(c, made);
        this.members.set(c, new Set(ranges));
        continue;
      }
      const had = this.members.get(c) ?? new Set<Range>();
      const now = new Set(ranges);
      for (const r of had) if (!now.has(r)) h.delete(r);
      for (const r of ranges) if (!had.has(r)) h.add(r);
      this.members.set(c, now);
      // the page may have removed it from its registry: put back
      if (CSS.highlights.get(name) !== h) CSS.highlights.set(name, h);
    }
  }

  /** Briefly marks a range (content/reveal, panel Enter); the signal's abort ends the timer. */
  flash(range: Range, signal: AbortSignal, ms = 1_600): void {
    if (!highlightsSupported()) return;
    this.adoptSheet();
    const h = new Highlight(range);
    h.priority = 2;
    CSS.highlights.set(FLASH_HIGHLIGHT, h);
    this.flashing?.abort();
    later(() => CSS.highlights.delete(FLASH_HIGHLIGHT), ms, (this.flashing = child(signal)).signal);
  }

  teardown(): void {
    this.placed = [];
    this.current.clear();
    this.members.clear();
    this.flashing?.abort();
    this.flashing = null;
    if (highlightsSupported()) {
      for (const c of CATEGORIES) CSS.highlights.delete(highlightName(c));
      CSS.highlights.delete(FLASH_HIGHLIGHT);
    }
    if (this.sheet) {
      const sheet = this.sheet;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = null;
    }
  }
}
