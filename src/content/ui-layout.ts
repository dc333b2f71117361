/**
 * Pure layout and keyboard decisions of the in-page UI (no DOM, no browser APIs, no strings):
 * unit-tested in Node apart from the components, which read their words from _locales.
 */

const CARD_WIDTH = 380;

/** Where the card goes for a name's rectangle: below it, inside the viewport horizontally. Pure. */
export function cardPosition(
  rect: { left: number; top: number; bottom: number },
  viewport: { width: number; height: number; scrollX: number; scrollY: number },
): { top: number; left: number } {
  const width = Math.min(CARD_WIDTH, viewport.width - 24);
  const left = Math.max(8, Math.min(rect.left, viewport.width - width - 8));
  const below = viewport.height - rect.bottom;
  // above the name when there is clearly more room there
  const top = below < 240 && rect.top > below ? Math.max(8, rect.top - Math.min(560, viewport.height * 0.7) - 8) : rect.bottom + 8;
  return { top: top + viewport.scrollY, left: left + viewport.scrollX };
}

/** The row index focus moves to for a key, or null when the key is not a move. Pure. */
export function nextIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
