/**
 * A re-run of a changing page costs the page in proportion to what changed: the engine analyzes
 * the whole article again (speakers depend on context), but a span whose paragraph reads the same
 * as before keeps the live Range it was placed with, and only the rest is placed and registered.
 * These are the pure decisions: which paragraphs are the old ones, and which results keep their
 * ranges. No DOM here: unit-tested in Node.
 */

/**
 * For each paragraph after the change, the index of the same paragraph before it (same text), or
 * -1 when it is new or changed. Matches keep their order (a paragraph is never matched to one
 * before an earlier match), and each old paragraph is matched at most once.
 */
export function matchParagraphs(before: readonly string[], after: readonly string[]): number[] {
  const at = new Map<string, number[]>();
  before.forEach((text, i) => {
    const list = at.get(text);
    if (list) list.push(i);
    else at.set(text, [i]);
  });
  const used = new Map<string, number>(); // per text: how far its list has been taken
  let last = -1;
  return after.map((text) => {
    const list = at.get(text);
    if (!list) return -1;
    let k = used.get(text) ?? 0;
    while (k < list.length && (list[k] as number) <= last) k++;
    if (k >= list.length) return -1;
    used.set(text, k + 1);
    last = list[k] as number;
    return last;
  });
}

/** A span in a paragraph, as the page placed it or is asked to place it. */
export interface ParagraphSpan {
  para: number;
  from: number;
  to: number;
  category: string;
}

const keyOf = (para: number, s: ParagraphSpan): string => `${para}:${s.from}:${s.to}:${s.category}`;

/**
 * Which new targets keep an old placement: for each target, the index in `placed` of the one
 * placed over the same span of the same (unchanged) paragraph, with the same category, or -1 (to
 * be placed). `matched` is matchParagraphs(old paragraphs, new paragraphs). Each old placement is
 * reused at most once.
 */
export function reusePlacements(matched: readonly number[], placed: readonly ParagraphSpan[], targets: readonly ParagraphSpan[]): number[] {
  const byKey = new Map<string, number[]>();
  placed.forEach((p, i) => {
    const k = keyOf(p.para, p);
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  return targets.map((t) => {
    const old = matched[t.para] ?? -1;
    if (old < 0) return -1;
    const list = byKey.get(keyOf(old, t));
    return list?.shift() ?? -1;
  });
}
