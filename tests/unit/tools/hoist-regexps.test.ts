/**
 * The build's hoisting of regular-expression literals (tools/hoist-regexps.mjs): literals inside functions become
 * module-level constants on the first line; those with the g or y flag, and those already at module level, stay.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build tool without type declarations
import { hoistRegExps } from '../../../tools/hoist-regexps.mjs';

const hoist = hoistRegExps as (source: string) => string;

describe('hoistRegExps', () => {
  it('hoists a stateless literal inside a function, once per distinct literal, on the first line', () => {
    const src =
      "const TOP = /x/;\nexport function f(w: string): boolean {\n  return /^(he|she)$/.test(w) || /^(he|she)$/i.test(w) || /^(he|she)$/.test(w + 's');\n}\n";
    const out = hoist(src);
    expect(out.split('\n')).toHaveLength(src.split('\n').length);
    expect(out.split('\n')[0]).toBe('const __slRe0 = /^(he|she)$/; const __slRe1 = /^(he|she)$/i; const TOP = /x/;');
    expect(out).toContain("return __slRe0.test(w) || __slRe1.test(w) || __slRe0.test(w + 's');");
  });

  it('leaves literals with the g or y flag, and source without any, as they are', () => {
    const src = 'export const g = (s: string) => s.replace(/a/g, "b").match(/c/y);\n';
    expect(hoist(src)).toBe(src);
    expect(hoist('const a = 1 / 2 / 3;\n')).toBe('const a = 1 / 2 / 3;\n');
  });

  it('hoists inside methods, arrow functions and nested functions, and the result runs the same', () => {
    const src =
      'class K { m(s) { return /^a+$/.test(s); } }\nconst arrow = (s) => [/b/.exec(s)?.index, () => /c$/.test(s)];\nresult = [new K().m("aaa"), arrow("abc")[0], arrow("abc")[1]()];\n';
    const out = hoist(src);
    expect(out.match(/__slRe\d = /g)).toHaveLength(3);
    const run = (code: string): unknown => new Function(`let result; ${code}; return result;`)();
    expect(run(out)).toEqual(run(src));
  });
});
