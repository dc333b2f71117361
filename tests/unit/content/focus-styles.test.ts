/**
 * Every control of the card shows where the keyboard is: a 2px outline in the focus colour when it is
 * focused from the keyboard (:focus-visible or :focus), not only a change of a 1px border's colour
 * (the close and retry buttons had only that, hard to see in either colour scheme).
 */
import { describe, expect, it } from 'vitest';
import { SHADOW_CSS } from '../../../src/content/styles';

/** The declarations of every rule whose selector list names `selector`. */
function rulesFor(selector: string): string[] {
  const out: string[] = [];
  for (const m of SHADOW_CSS.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = m[1]!.split(',').map((s) => s.trim());
    if (selectors.includes(selector)) out.push(m[2]!);
  }
  return out;
}

describe('the card’s keyboard focus', () => {
  it.each(['.close', '.retry', 'a'])('%s has a 2px outline in the focus colour when focused', (control) => {
    const focused = [...rulesFor(`${control}:focus-visible`), ...rulesFor(`${control}:focus`)];
    expect(focused.some((d) => /outline:\s*2px solid var\(--focus\)/.test(d))).toBe(true);
  });
});
