// An esbuild plugin for the engine's bundles (the extension's, the CLI's, the benchmark's): each regular-expression
// literal written inside a function of src/core/ becomes one module-level constant, created once when the module
// loads rather than each time the function runs. The engine writes hundreds of them inline (`/^(he|she)$/.test(w)`),
// the way they read best; V8 makes a new RegExp object at every evaluation and its optimising compiler handles the
// functions less well. Measured on the 32 saved pages in a loop (valgrind instruction counts, single-threaded):
// about 11% fewer instructions per pass.
//
// Only literals without the g or y flag are hoisted: those keep no state between uses (lastIndex is neither read
// nor written), so one shared object behaves exactly as a fresh one. The constants go first in the module, on its
// first line (line numbers stay), before any code can run. Tests run the source as written.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** The source with its stateless regular-expression literals inside functions hoisted (unchanged when it has none). */
export function hoistRegExps(source, fileName = 'module.ts') {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const names = new Map();
  const edits = [];
  const visit = (node, inFunction) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && inFunction) {
      const literal = node.getText(sf);
      const flags = literal.slice(literal.lastIndexOf('/') + 1);
      if (!flags.includes('g') && !flags.includes('y')) {
        if (!names.has(literal)) names.set(literal, `__slRe${names.size}`);
        edits.push([node.getStart(sf), node.getEnd(), names.get(literal)]);
      }
    }
    const inner = inFunction || ts.isFunctionLike(node);
    ts.forEachChild(node, (child) => visit(child, inner));
  };
  visit(sf, false);
  if (edits.length === 0) return source;
  let out = source;
  for (const [start, end, name] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + name + out.slice(end);
  return [...names].map(([literal, name]) => `const ${name} = ${literal};`).join(' ') + ' ' + out;
}

/** The plugin: src/core/**.ts through hoistRegExps. */
export const hoistRegExpsPlugin = {
  name: 'sourcelight-hoist-regexps',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/].*\.ts$/ }, (args) => ({
      contents: hoistRegExps(readFileSync(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
