/**
 * A re-run's paragraphs as a delta (issue 13 item 9): the page sends what changed since the
 * paragraphs the background last analysed for it, so that the message it serialises on its main
 * thread grows with the change, not with the article. Pure: unit-tested in Node.
 */
import type { ParagraphOp } from './protocol';

/**
 * The ops that rebuild `after` from the old paragraphs, given `matched` (content/reuse.ts's
 * matchParagraphs(before, after): for each new paragraph, its old index or -1): consecutive kept
 * paragraphs become one run `[first, count]`, the others their text.
 */
export function deltaOps(matched: readonly number[], after: readonly string[]): ParagraphOp[] {
  const ops: ParagraphOp[] = [];
  let run: [number, number] | null = null;
  matched.forEach((old, i) => {
    if (old >= 0) {
      if (run && run[0] + run[1] === old) run[1]++;
      else {
        run = [old, 1];
        ops.push(run);
      }
    } else {
      run = null;
      ops.push(after[i] ?? '');
    }
  });
  return ops;
}

/** Whether the ops give back the base unchanged (`count` paragraphs, all kept in order). */
export const unchanged = (ops: readonly ParagraphOp[], count: number): boolean => {
  if (count === 0) return ops.length === 0;
  const [only] = ops;
  return ops.length === 1 && typeof only !== 'string' && only !== undefined && only[0] === 0 && only[1] === count;
};

/**
 * The paragraphs the ops describe against `base`, or null when they do not fit it (a run outside
 * it) or the result is over the limits of a full request.
 */
export function applyOps(
  base: readonly string[],
  ops: readonly ParagraphOp[],
  max: { paragraphs: number; chars: number },
): string[] | null {
  const out: string[] = [];
  let chars = 0;
  for (const op of ops) {
    if (typeof op === 'string') {
      out.push(op);
      chars += op.length;
    } else {
      const [from, count] = op;
      if (from + count > base.length || out.length + count > max.paragraphs) return null;
      for (let i = from; i < from + count; i++) {
        const p = base[i] as string;
        out.push(p);
        chars += p.length;
      }
    }
    if (out.length > max.paragraphs || chars > max.chars) return null;
  }
  return out;
}
