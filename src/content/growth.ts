/**
 * A page that keeps changing (a live blog, an article that grows as it is loaded) is read again
 * in proportion to what changed. The first run reads the whole page (the gate, the page's HTML
 * sent off the page and parsed there, or the in-page parse); after it, the mutation watcher's
 * records say which nodes changed, and a re-run reads only those: a paragraph whose text nodes
 * are untouched keeps its text and its live pieces, a changed one is read again from its block
 * element, and blocks added inside the article are read and put in document order. Nothing is
 * serialised, no page-wide walk is made. When the change cannot be read that way (the article's
 * container left the page, content moved, text added outside any block, much new text, or the
 * article was cut at the budget), the page is read whole again.
 */
import { MAX_ARTICLE_CHARS } from '../shared/guards';
import { blockElementOf, blocksFrom, readBlock, type TextPiece } from '../shared/dom-text';
import type { Extracted } from './extract';

/** At most this many mutation records are kept between two runs; beyond, the next run reads the page whole. */
const MAX_RECORDS = 2_000;
/** New or changed text above this share of the article (since the last whole read): read the page whole. */
const MAX_CHANGED_SHARE = 0.5;

type Rec = Pick<MutationRecord, 'type' | 'target' | 'addedNodes' | 'removedNodes'>;

/**
 * The page's changes since a mark: text nodes whose text changed, nodes added and removed. A run
 * notes the mark when it reads the page and, when it completes, forgets what came before it (a
 * cancelled run forgets nothing: its successor reads those changes).
 */
export class ChangeLog {
  /** 'spoilt': a change that cannot be read incrementally (content elsewhere, records not kept) */
  private entries: Array<{ kind: 'text' | 'added' | 'removed' | 'spoilt'; node: Node | null }> = [];
  private dropped = 0;

  private spoil(): void {
    if (this.entries.at(-1)?.kind !== 'spoilt') this.entries.push({ kind: 'spoilt', node: null });
  }

  /**
   * Notes a batch of mutation records. Only those inside the article's `container` are kept;
   * `elsewhere` (the watcher saw new content outside the article) or no container means the run
   * after it reads the page whole.
   */
  record(records: readonly Rec[], container: Node | null, ignore: Node | null, elsewhere: boolean): void {
    if (elsewhere || !container) return this.spoil();
    for (const r of records) {
      if (ignore && (r.target === ignore || ignore.contains(r.target))) continue;
      // above the container: it left the page (the next run finds it gone) or was moved whole (its nodes are as they were)
      if (!container.contains(r.target)) continue;
      if (r.type === 'characterData') this.entries.push({ kind: 'text', node: r.target });
      else if (r.type === 'childList') {
        r.addedNodes.forEach((node) => this.entries.push({ kind: 'added', node }));
        r.removedNodes.forEach((node) => this.entries.push({ kind: 'removed', node }));
      }
    }
    if (this.entries.length > MAX_RECORDS) {
      this.dropped += this.entries.length;
      this.entries = [];
      this.spoil();
      this.dropped--; // the marker stands where the dropped records were
    }
  }

  /** Where the log is now. */
  mark(): number {
    return this.dropped + this.entries.length;
  }

  /** The changes since `mark`, or null when they cannot be read incrementally (or were not all kept). */
  since(mark: number): ReadonlyArray<Change> | null {
    if (mark < this.dropped) return null;
    const out: Change[] = [];
    for (const e of this.entries.slice(mark - this.dropped)) {
      if (e.kind === 'spoilt' || !e.node) return null;
      out.push({ kind: e.kind, node: e.node });
    }
    return out;
  }

  /** A run that read the page at `mark` completed: what came before is read. */
  done(mark: number): void {
    const n = Math.min(this.entries.length, Math.max(0, mark - this.dropped));
    this.entries = this.entries.slice(n);
    this.dropped += n;
  }
}

export interface Change {
  kind: 'text' | 'added' | 'removed';
  node: Node;
}

/** The article as the last run read it: its paragraphs with their live pieces. */
interface Base {
  paragraphs: string[];
  pieces: Array<TextPiece[] | undefined>;
  /** new or changed characters since the last whole read */
  drift: number;
}

const textNodes = (n: Node, out: Text[]): void => {
  if (n.nodeType === 3) out.push(n as Text);
  else for (let c = n.firstChild; c; c = c.nextSibling) textNodes(c, out);
};

/** The paragraphs' order in the page: where a node added at `node` goes among paragraphs with a first node. */
function insertionIndex(firsts: ReadonlyArray<{ i: number; node: Node }>, node: Node): number {
  let lo = 0;
  let hi = firsts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const p = firsts[mid] as { i: number; node: Node };
    // does the paragraph's node come before the added one?
    if (node.compareDocumentPosition(p.node) & 2 /* PRECEDING */) lo = mid + 1;
    else hi = mid;
  }
  return lo < firsts.length ? (firsts[lo] as { i: number }).i : Infinity;
}

/**
 * The article read last, and the page's changes read into it. `extracted` is what the last whole
 * read gave (its pieces are led to live nodes when first needed).
 */
export class LiveArticle {
  private base: Base | null = null;

  constructor(
    private readonly extracted: Extracted,
    private readonly container: () => Element | null,
    /** how the page was read whole (and why in the page, if it was) */
    readonly how: { where: 'off-page' | 'in-page' | 'live'; fallbackReason: string | null },
  ) {}

  private baseOf(): Base {
    if (!this.base) {
      const { paragraphs } = this.extracted;
      this.base = { paragraphs, pieces: this.extracted.live(paragraphs.keys()), drift: 0 };
    }
    return this.base;
  }

  /**
   * The article with `changes` read into it (an Extracted whose pieces are live), how many
   * paragraphs were read, and `commit` (the run completed: later changes are read into this);
   * null: read the page whole.
   */
  update(changes: ReadonlyArray<Change>): { extracted: Extracted; read: number; commit: () => void } | null {
    const container = this.container();
    if (this.extracted.truncated || !container || !container.isConnected) return null;
    const base = this.baseOf();
    const paraOf = new Map<Node, number>();
    base.pieces.forEach((ps, i) => ps?.forEach((p) => p.node && paraOf.set(p.node, i)));
    const blockOf = (i: number): Element | null => {
      const first = base.pieces[i]?.find((p) => p.node?.isConnected)?.node;
      return first ? blockElementOf(first, container) : null;
    };
    const dirty = new Set<number>();
    const added: Node[] = [];
    for (const { kind, node } of changes) {
      if (kind === 'text') {
        const i = paraOf.get(node);
        if (i !== undefined) dirty.add(i);
      } else if (kind === 'removed') {
        if (node.isConnected) return null; // moved, not removed
        const texts: Text[] = [];
        textNodes(node, texts);
        for (const t of texts) {
          const i = paraOf.get(t);
          if (i !== undefined) dirty.add(i);
        }
      } else if (node.isConnected && container.contains(node) && node !== container) added.push(node);
    }
    // the outermost added nodes
    const roots = [...new Set(added)].filter((n, k, all) => !all.some((o, j) => j !== k && o.contains(n)));
    const news: Array<{ at: Node; pieces: TextPiece[]; text: string }> = [];
    const moved = (b: { pieces: TextPiece[] }) => b.pieces.some((p) => p.node && paraOf.has(p.node));
    const readBlocks = new Set<Element>();
    for (const n of roots) {
      const block = blockElementOf(n, container);
      if (block && block !== n) {
        // added inside a block: the paragraph read from it changed; a block the article had not read (an empty one filled) is new
        const b = readBlock(block);
        const i = b.pieces.map((p) => (p.node ? paraOf.get(p.node) : undefined)).find((x) => x !== undefined);
        if (i !== undefined) dirty.add(i);
        else if (!readBlocks.has(block)) {
          readBlocks.add(block);
          if (b.text) news.push({ at: block, pieces: b.pieces, text: b.text });
        }
        continue;
      }
      if (n.nodeType !== 1) {
        if (n.nodeType === 3 && /\S/.test((n as Text).data)) return null; // loose text outside any block
        continue;
      }
      for (const b of blocksFrom(n as Element)) {
        if (moved(b)) return null; // old text in new places
        news.push({ at: n, pieces: b.pieces, text: b.text });
      }
    }
    if (dirty.size === 0 && news.length === 0) return { extracted: this.extractedOf(base), read: 0, commit: () => undefined };

    // the changed paragraphs, read again from their block (gone: the paragraph is removed)
    const changed = new Map<number, { text: string; pieces: TextPiece[] } | null>();
    let changedChars = 0;
    for (const i of dirty) {
      const block = blockOf(i);
      const pieces = base.pieces[i] ?? [];
      const gone = pieces.every((p) => !p.node || !p.node.isConnected);
      if (gone || !block) {
        if (!gone) return null; // still in the page but its block is not found
        changed.set(i, null);
        continue;
      }
      const b = readBlock(block);
      changed.set(i, b.text ? b : null);
      changedChars += b.text.length;
    }
    for (const b of news) changedChars += b.text.length;

    // in document order: each added block before the first paragraph that follows it
    const firsts: Array<{ i: number; node: Node }> = [];
    base.pieces.forEach((ps, i) => {
      // an unchanged paragraph's nodes are all still in the page (none was removed)
      const node = news.length > 0 && !changed.has(i) ? ps?.find((p) => p.node)?.node : undefined;
      if (node) firsts.push({ i, node });
    });
    const before = new Map<number, typeof news>();
    for (const b of news) {
      const at = insertionIndex(firsts, b.at);
      const list = before.get(at);
      if (list) list.push(b);
      else before.set(at, [b]);
    }
    const paragraphs: string[] = [];
    const pieces: Array<TextPiece[] | undefined> = [];
    const put = (text: string, ps: TextPiece[] | undefined) => {
      paragraphs.push(text);
      pieces.push(ps);
    };
    base.paragraphs.forEach((text, i) => {
      for (const b of before.get(i) ?? []) put(b.text, b.pieces);
      if (!changed.has(i)) return put(text, base.pieces[i]);
      const c = changed.get(i);
      if (c) put(c.text, c.pieces);
    });
    for (const b of before.get(Infinity) ?? []) put(b.text, b.pieces);

    const total = paragraphs.reduce((n, p) => n + p.length + 2, 0);
    const drift = base.drift + changedChars;
    if (total > MAX_ARTICLE_CHARS || drift > MAX_CHANGED_SHARE * total) return null;
    const next: Base = { paragraphs, pieces, drift };
    // the run that read it completed: the next reads its changes into this
    return { extracted: this.extractedOf(next), read: dirty.size + news.length, commit: () => (this.base = next) };
  }

  private extractedOf(base: Base): Extracted {
    const { extracted } = this;
    return {
      paragraphs: base.paragraphs,
      truncated: false,
      title: extracted.title,
      byline: extracted.byline,
      siteName: extracted.siteName,
      live: (which) => {
        const out: Array<TextPiece[] | undefined> = [];
        for (const i of which) out[i] = base.pieces[i];
        return out;
      },
      liveNodes: () => base.pieces.flatMap((ps) => (ps ?? []).flatMap((p) => (p.node?.isConnected ? [p.node] : []))),
      container: this.container,
      via: extracted.via,
    };
  }
}
