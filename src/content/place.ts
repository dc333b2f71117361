/**
 * Placing an analysis's targets in the live page: through the live text nodes each paragraph was
 * read from (placeDirect), in batches; what is left, by searching the text (placeSpans: the
 * article's live nodes, its container, the body). On a re-run, a target whose paragraph reads as
 * before keeps the Range it was placed with (reuse.ts): only the targets of new or changed
 * paragraphs are placed, so what the page pays follows what changed.
 */
import { joinParagraphs } from '../core/article';
import type { Extracted } from './extract';
import type { Placed } from './highlights';
import type { Target } from './model';
import { matchParagraphs, reusePlacements } from './reuse';
import { buildTextMap, placeDirect, type Placement, placeSpans, textNodesOf } from './text-map';

/** The body is searched (last resort) over at most this many characters. */
const BODY_MAP_MAX = 2_000_000;
/** Spans placed directly between two chances to yield to the page (a few milliseconds' work at most: schedule.ts's Slicer). */
const DIRECT_BATCH = 50;

export interface PlacedTarget extends Placed {
  target: Target;
}

/** The last run's paragraphs and what it placed (still valid: stale ranges are dropped as the page changes). */
export interface PlacedBefore {
  paragraphs: readonly string[];
  placed: readonly PlacedTarget[];
}

export interface PlaceResult {
  placed: PlacedTarget[];
  /** per target: placed or not */
  found: boolean[];
  /** targets placed by searching the text */
  searched: number;
  /** targets that kept the last run's range */
  reused: number;
}

export async function placeTargets(
  paragraphs: readonly string[],
  targets: readonly Target[],
  extracted: Pick<Extracted, 'live' | 'liveNodes' | 'container'>,
  o: { exclude: Node | null; pause: () => Promise<void>; before: PlacedBefore | null },
): Promise<PlaceResult> {
  const kept = o.before
    ? reusePlacements(
        matchParagraphs(o.before.paragraphs, paragraphs),
        o.before.placed.map((p) => ({ para: p.target.para, from: p.target.from, to: p.target.to, category: p.category })),
        targets,
      )
    : targets.map(() => -1);
  const placements: Array<Placement | null> = targets.map((_, i) => {
    const old = o.before?.placed[kept[i] as number];
    return old ? { range: old.range, exact: old.exact } : null;
  });
  const reused = placements.filter((p) => p !== null).length;
  const fresh = targets.flatMap((_, i) => (placements[i] ? [] : [i]));
  // through the live nodes each paragraph was read from, in batches
  const pieces = extracted.live(new Set(fresh.map((i) => (targets[i] as Target).para)));
  for (let k = 0; k < fresh.length; k += DIRECT_BATCH) {
    if (k > 0) await o.pause();
    const batch = fresh.slice(k, k + DIRECT_BATCH);
    placeDirect(
      paragraphs,
      pieces,
      batch.map((i) => targets[i] as Target),
    ).forEach((p, j) => (placements[batch[j] as number] = p));
  }
  // what is left, by searching the text
  const left = fresh.filter((i) => !placements[i]);
  if (left.length > 0) {
    const searched = await placeSpans(
      joinParagraphs(paragraphs).text,
      left.map((i) => targets[i] as Target),
      [
        () => buildTextMap(extracted.liveNodes()),
        () => {
          const container = extracted.container();
          return container ? buildTextMap(textNodesOf(container, o.exclude)) : null;
        },
        () => buildTextMap(textNodesOf(document.body, o.exclude), BODY_MAP_MAX),
      ],
      o.pause,
    );
    left.forEach((i, k) => (placements[i] = searched[k] ?? null));
  }
  const placed: PlacedTarget[] = [];
  placements.forEach((p, i) => {
    const target = targets[i];
    if (p && target) placed.push({ ...p, category: target.category, target });
  });
  return { placed, found: placements.map((p) => p !== null), searched: left.length, reused };
}
