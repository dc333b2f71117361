// One way to bundle a Node-side entry (the CLI, the dataset compiler, the core benchmark) so it runs
// on plain node without a TypeScript loader. Used by build.mjs, tools/bench.mjs and the CLI test.
import * as esbuild from 'esbuild';
import { hoistRegExpsPlugin } from './hoist-regexps.mjs';

/** Bundles `entry` (absolute) into `outfile` (absolute) as an ES module for Node 20. */
export function nodeBundle(entry, outfile, options = {}) {
  return esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['jsdom', '@mozilla/readability', 'esbuild', 'puppeteer-core'],
    // bundled CommonJS dependencies call require(): give the ES module one
    banner: { js: "import { createRequire as __slCreateRequire } from 'node:module'; const require = __slCreateRequire(import.meta.url);" },
    logLevel: 'warning',
    ...options,
    // (SOURCELIGHT_HOIST=0 leaves the engine's regular expressions where they are written: to measure the difference)
    plugins: [...(process.env.SOURCELIGHT_HOIST === '0' ? [] : [hoistRegExpsPlugin]), ...(options.plugins ?? [])],
  });
}
