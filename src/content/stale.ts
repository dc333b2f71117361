/**
 * Which highlighted ranges a page change may have altered, found from the mutation records rather
 * than by reading every range again: a range within one text node changes only when that node's
 * text changes or it leaves the page (a characterData record on it, or a removed subtree holding
 * it); a range over several nodes (a quotation across a link) is checked on any change of the tree.
 * The ranges are indexed by their boundary nodes once, when first seen, so a change costs in
 * proportion to itself, not to the number of highlights.
 */
type Rec = Pick<MutationRecord, 'type' | 'target' | 'removedNodes'>;

export class RangeIndex {
  private readonly byNode = new Map<Node, Set<Range>>();
  private readonly nodesOf = new Map<Range, Node[]>();
  private readonly spanning = new Set<Range>();

  /** Brings the index to `ranges`: only the ranges not indexed yet are read. */
  sync(ranges: Iterable<Range>): void {
    const want = new Set(ranges);
    for (const [r, nodes] of this.nodesOf) {
      if (want.has(r)) continue;
      for (const n of nodes) {
        const set = this.byNode.get(n);
        set?.delete(r);
        if (set?.size === 0) this.byNode.delete(n);
      }
      this.nodesOf.delete(r);
      this.spanning.delete(r);
    }
    for (const r of want) {
      if (this.nodesOf.has(r)) continue;
      const s = r.startContainer;
      const e = r.endContainer;
      const nodes = s === e ? [s] : [s, e];
      if (s !== e) this.spanning.add(r);
      this.nodesOf.set(r, nodes);
      for (const n of nodes) {
        const set = this.byNode.get(n);
        if (set) set.add(r);
        else this.byNode.set(n, new Set([r]));
      }
    }
  }

  /** The ranges a batch of mutation records may have changed (to be read again). */
  affected(records: readonly Rec[]): Set<Range> {
    const out = new Set<Range>();
    const add = (n: Node) => this.byNode.get(n)?.forEach((r) => out.add(r));
    let tree = false;
    const walk = (n: Node): void => {
      add(n);
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    };
    for (const r of records) {
      if (r.type === 'characterData') add(r.target);
      else if (r.type === 'childList') {
        tree = true;
        r.removedNodes.forEach(walk);
      }
    }
    if (tree) for (const r of this.spanning) out.add(r);
    return out;
  }

  clear(): void {
    this.byNode.clear();
    this.nodesOf.clear();
    this.spanning.clear();
  }
}
