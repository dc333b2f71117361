#!/usr/bin/env node
// Builds Sourcelight.
//   node build.mjs                 development build of the extension into dist/ (source maps)
//   node build.mjs --production    minified, no source maps (what ships, what the tests load)
//   node build.mjs --watch         rebuild the extension on change
//   node build.mjs --dataset-only  compile the dataset (data/ -> build/data/) and stop: `npm run dataset`
//
// Order: Node tools (dataset compiler, CLI) -> dataset -> extension bundles -> static files.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBundle } from './tools/node-bundle.mjs';
import { hoistRegExpsPlugin } from './tools/hoist-regexps.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const datasetOnly = args.has('--dataset-only');
const quiet = args.has('--quiet');
const dist = join(root, 'dist');
const buildDir = join(root, 'build');

const log = (...a) => {
  if (!quiet) console.log(...a);
};

/** Node-side tools: bundled so they run on plain node without a TypeScript loader. */
async function buildTools() {
  const tools = [
    ['tools/dataset.ts', 'build/dataset.mjs'],
    ['src/cli/main.ts', 'build/cli.mjs'],
  ];
  for (const [entry, out] of tools) {
    if (!existsSync(join(root, entry))) continue;
    await nodeBundle(join(root, entry), join(root, out), { sourcemap: 'linked' });
  }
}

/** Runs the dataset compiler: data/ -> build/data/{bundle,names}.json. Fails the build on any error. */
function compileDataset() {
  if (!existsSync(join(root, 'tools/dataset.ts'))) return log('no tools/dataset.ts yet: dataset not compiled');
  const tool = join(buildDir, 'dataset.mjs');
  if (!existsSync(tool)) throw new Error('build/dataset.mjs is missing: tools/dataset.ts did not build');
  const r = spawnSync(process.execPath, [tool, ...(quiet ? ['--quiet'] : [])], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`dataset compiler failed (exit ${r.status})`);
}

/** `import bundle from 'sourcelight:dataset'` / `'sourcelight:names'` resolve to the compiled dataset. */
const datasetPlugin = {
  name: 'sourcelight-dataset',
  setup(build) {
    const files = { 'sourcelight:dataset': 'bundle.json', 'sourcelight:names': 'names.json' };
    build.onResolve({ filter: /^sourcelight:(dataset|names)$/ }, (a) => {
      const file = join(buildDir, 'data', files[a.path]);
      if (!existsSync(file)) return { errors: [{ text: `${a.path}: ${file} is missing; run npm run dataset` }] };
      return { path: file };
    });
  },
};

/**
 * The shipped bundles contain no HTML sink (web-ext lint checks): the two libraries that have one
 * are rewritten as they are bundled, and the build fails if a rewrite no longer applies.
 * - Preact keeps innerHTML for dangerouslySetInnerHTML, which our lint forbids: that prop throws,
 *   and clearing children uses textContent.
 * - Readability (run on an inert clone of the page) keeps the page between attempts and re-parses
 *   <noscript> images through innerHTML: the kept page is put back by the content script's lean
 *   parse (or, as HTML, parsed by DOMParser: inert), the noscript markup is parsed by DOMParser and
 *   its nodes moved in.
 */
const sinkRewrites = [
  {
    file: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.module\.js$/,
    rules: [
      [/(\w+)\.innerHTML=(\w+)\.__html/g, '$1.textContent=(()=>{throw new Error("dangerouslySetInnerHTML is disabled in Sourcelight")})()'],
      [/(\w+)\.innerHTML=""/g, '$1.textContent=""'],
    ],
  },
  {
    file: /[\\/]node_modules[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/,
    rules: [
      // the page as Readability kept it before its first pass: in the content script's lean parse a BodyKeeper
      // (src/shared/readability-text.ts) that puts the body back from the live page; else HTML, parsed inert
      [
        'page.innerHTML = pageCacheHtml;',
        'if (typeof pageCacheHtml === "string") page.replaceChildren(...new DOMParser().parseFromString(pageCacheHtml, "text/html").body.childNodes); else pageCacheHtml.restore();',
      ],
      [
        'tmp.innerHTML = noscript.innerHTML;',
        'tmp.replaceChildren(...new DOMParser().parseFromString(noscript.innerHTML, "text/html").body.childNodes);',
      ],
    ],
  },
];
const noHtmlSinksPlugin = {
  name: 'sourcelight-no-html-sinks',
  setup(build) {
    for (const { file, rules } of sinkRewrites) {
      build.onLoad({ filter: file }, (a) => {
        let code = readFileSync(a.path, 'utf8');
        for (const [pattern, replacement] of rules) {
          const next = code.replace(pattern, replacement);
          if (next === code)
            return { errors: [{ text: `${a.path}: rewrite ${pattern} no longer applies; update sinkRewrites in build.mjs` }] };
          code = next;
        }
        if (/\.innerHTML\s*=(?!=)/.test(code))
          return { errors: [{ text: `${a.path}: an innerHTML assignment is left; update sinkRewrites in build.mjs` }] };
        return { contents: code, loader: 'js' };
      });
    }
  },
};

/**
 * webextension-polyfill as its own module.exports. An `import` of a CommonJS module makes esbuild
 * copy every property of the exported object into a namespace object; where the browser has its
 * own promise-based `browser` (the polyfill then exports it as it is), reading every property's
 * descriptor makes Chromium set up every API namespace (chrome.app among them) in each page's
 * content script: about 2 ms on every page load, article or not. A require() takes the object as it is.
 */
const polyfillPlugin = {
  name: 'sourcelight-polyfill',
  setup(build) {
    build.onResolve({ filter: /^webextension-polyfill$/ }, () => ({ path: 'webextension-polyfill', namespace: 'sourcelight-polyfill' }));
    build.onLoad({ filter: /.*/, namespace: 'sourcelight-polyfill' }, () => ({
      contents:
        "// eslint-disable-next-line\nconst api = require('webextension-polyfill/dist/browser-polyfill.js');\nexport default api;\n",
      loader: 'js',
      resolveDir: root,
    }));
  },
};

const entries = [
  ['src/background/index.ts', 'background.js'],
  // the manifest's content script: one import of the start-up part (a module: esmEntries)
  ['src/content/start.ts', 'content.js'],
  ['src/popup/index.tsx', 'popup.js'],
  ['src/options/index.tsx', 'options.js'],
  ['src/offscreen/index.ts', 'offscreen.js'],
];

/**
 * The content script's modules (web-accessible resources, see src/content/modules.ts): its
 * start-up part, imported by the manifest's one-line content script on every page; the rest once
 * a page has passed the gate; the in-page parse when the off-page path fails.
 */
const esmEntries = () => ({
  loader: join(root, 'src/content/loader.ts'),
  app: join(root, 'src/content/index.ts'),
  inpage: join(root, 'src/content/inpage-module.ts'),
});

function extensionOptions() {
  return {
    entryPoints: Object.fromEntries(
      entries.filter(([src]) => existsSync(join(root, src))).map(([src, out]) => [out.replace(/\.js$/, ''), join(root, src)]),
    ),
    outdir: dist,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', 'firefox140'],
    minify: production,
    sourcemap: production ? false : 'linked',
    legalComments: production ? 'none' : 'inline',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'text' },
    define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
    plugins: [datasetPlugin, noHtmlSinksPlugin, polyfillPlugin, hoistRegExpsPlugin],
    logLevel: 'warning',
    metafile: true,
  };
}

function copyStatic() {
  mkdirSync(dist, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  manifest.version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  writeFileSync(join(dist, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  cpSync(join(root, '_locales'), join(dist, '_locales'), { recursive: true });
  mkdirSync(join(dist, 'icons'), { recursive: true });
  for (const f of readdirSync(join(root, 'icons'))) {
    if (/\.(png|svg)$/.test(f)) cpSync(join(root, 'icons', f), join(dist, 'icons', f));
  }
  for (const dir of ['src/popup', 'src/options', 'src/offscreen']) {
    if (!existsSync(join(root, dir))) continue;
    for (const f of readdirSync(join(root, dir))) {
      if (/\.(html|css)$/.test(f)) cpSync(join(root, dir, f), join(dist, f));
    }
  }
}

function reportSizes(metafile) {
  const rows = Object.entries(metafile.outputs)
    .filter(([f]) => f.endsWith('.js'))
    .map(([f, o]) => `${f.replace(/^.*dist\//, 'dist/')} ${(o.bytes / 1024).toFixed(1)} KiB`);
  log(rows.join('\n'));
}

async function main() {
  await buildTools();
  compileDataset();
  if (datasetOnly) return;
  if (!watch) rmSync(dist, { recursive: true, force: true });
  copyStatic();
  if (watch) {
    const ctx = await esbuild.context({
      ...extensionOptions(),
      plugins: [
        datasetPlugin,
        noHtmlSinksPlugin,
        hoistRegExpsPlugin,
        {
          name: 'static',
          setup: (b) =>
            b.onEnd(() => {
              copyStatic();
              log(`rebuilt ${new Date().toLocaleTimeString()}`);
            }),
        },
      ],
    });
    // the content script's modules too
    const modules = await esbuild.context({
      ...extensionOptions(),
      entryPoints: esmEntries(),
      format: 'esm',
      plugins: [datasetPlugin, noHtmlSinksPlugin, polyfillPlugin, hoistRegExpsPlugin],
    });
    await Promise.all([ctx.watch(), modules.watch()]);
    log('watching src/ (Ctrl+C to stop)');
    return;
  }
  const result = await esbuild.build(extensionOptions());
  const modules = await esbuild.build({ ...extensionOptions(), entryPoints: esmEntries(), format: 'esm' });
  Object.assign(result.metafile.outputs, modules.metafile.outputs);
  reportSizes(result.metafile);
  mkdirSync(buildDir, { recursive: true });
  writeFileSync(join(buildDir, 'meta.json'), JSON.stringify(result.metafile));
  log(`built ${production ? 'production' : 'development'} extension in ${resolve(dist)}`);
}

main().catch((e) => {
  console.error(`build failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
