// A small local news site for the demo (`npm start`) and the end-to-end tests.
// It shows the bundled stories (data/stories/*.txt + *.json) as ordinary news pages, serves test
// fixture pages, the corpus in ../shared/pages when present, and logs every request it gets.
//
//   /                       index of the stories
//   /story/<id>.html        a story as a news page (header, nav, article, footer, sidebar)
//   /fixture/<name>         tests/fixtures/pages/<name> as is
//   /corpus/<name>/         ../shared/pages/<name>/source.html
//   ?bfcache                leaves out `cache-control: no-store` (the back/forward cache may keep the page)
//   ?csp=strict             adds `content-security-policy: default-src 'none'; style-src 'none'`
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const corpusDir = join(root, '..', 'shared', 'pages');

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The stories of the dataset: metadata and paragraphs. */
export function loadStories() {
  const dir = join(root, 'data', 'stories');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const meta = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const text = readFileSync(join(dir, f.replace(/\.json$/, '.txt')), 'utf8');
      return { ...meta, paragraphs: text.split(/\r?\n/).filter((l) => l.trim() !== '') };
    });
}

function storyPage(story) {
  const [first, ...rest] = story.paragraphs;
  // The AP text carries its headline as its first line; Press TV's has none.
  const headline = story.headline ?? `${story.outlet}: ${story.id}`;
  const body = (first === story.headline ? rest : story.paragraphs).map((p) => `      <p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(story.language ?? 'en')}">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(headline)} | ${escapeHtml(story.outlet)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:site_name" content="${escapeHtml(story.outlet)}">
  <meta property="og:title" content="${escapeHtml(headline)}">
  <meta property="og:url" content="${escapeHtml(story.url ?? '')}">
  ${story.date ? `<meta property="article:published_time" content="${escapeHtml(story.date)}">` : ''}
  <style>
    body { font: 18px/1.6 Georgia, serif; margin: 0; color: #222; background: #fff; }
    header, footer { background: #0b2545; color: #fff; padding: 12px 24px; font-family: system-ui, sans-serif; }
    header a, footer a { color: #fff; margin-right: 16px; }
    .wrap { display: flex; gap: 32px; max-width: 1100px; margin: 0 auto; padding: 24px; }
    article { flex: 3; } aside { flex: 1; font: 14px/1.4 system-ui, sans-serif; color: #555; }
    h1 { font-size: 32px; line-height: 1.2; }
    .meta { color: #666; font: 14px system-ui, sans-serif; }
  </style>
</head>
<body>
  <header><strong>${escapeHtml(story.outlet)}</strong> <nav><a href="/">Home</a><a href="/">World</a><a href="/">Politics</a></nav></header>
  <div class="wrap">
    <article>
      <h1>${escapeHtml(headline)}</h1>
      <p class="meta">${story.byline ? `By ${escapeHtml(story.byline)} · ` : ''}${escapeHtml(story.date ?? '')}</p>
${body}
    </article>
    <aside aria-label="More stories"><h2>Most read</h2><ul><li><a href="/">Markets close higher</a></li><li><a href="/">Weather: a cold week ahead</a></li></ul></aside>
  </div>
  <footer>© ${escapeHtml(story.outlet)} (demo page served by Sourcelight's demo server) · <a href="/">About</a></footer>
</body>
</html>
`;
}

function indexPage(stories) {
  const items = stories
    .map(
      (s) =>
        `<li><a href="/story/${encodeURIComponent(s.id)}.html">${escapeHtml(s.headline ?? s.id)}</a> — ${escapeHtml(s.outlet)}, ${escapeHtml(s.date ?? '')}</li>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sourcelight demo</title></head>
<body><h1>Sourcelight demo stories</h1><ul>${items}</ul></body></html>`;
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
};

function safeJoin(base, rel) {
  const p = normalize(join(base, decodeURIComponent(rel)));
  return p.startsWith(base) ? p : null;
}

/**
 * Starts the server on 127.0.0.1. Returns { origin, requests, stories, close }.
 * `requests` lists every request as "METHOD /path" in order (tests read it).
 */
export function startDemoServer({ port = 0, host = '127.0.0.1' } = {}) {
  const stories = loadStories();
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    const headers = {};
    if (url.searchParams.get('csp') === 'strict') {
      headers['content-security-policy'] = "default-src 'none'; style-src 'none'; img-src 'none'";
    }
    const send = (status, body, type = 'text/html; charset=utf-8') => {
      // ?bfcache: cacheable, so that the browser may keep the page in its back/forward cache
      const cache = url.searchParams.has('bfcache') ? {} : { 'cache-control': 'no-store' };
      res.writeHead(status, { 'content-type': type, ...cache, ...headers });
      res.end(body);
    };
    let m;
    if (url.pathname === '/') return send(200, indexPage(stories));
    if ((m = /^\/story\/([\w.-]+)\.html$/.exec(url.pathname))) {
      const story = stories.find((s) => s.id === m[1]);
      return story ? send(200, storyPage(story)) : send(404, 'no such story');
    }
    if ((m = /^\/fixture\/(.+)$/.exec(url.pathname))) {
      const file = safeJoin(join(root, 'tests', 'fixtures', 'pages'), m[1]);
      if (file && existsSync(file))
        return send(200, readFileSync(file), types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream');
      return send(404, 'no such fixture');
    }
    if ((m = /^\/corpus\/([\w.-]+)\/$/.exec(url.pathname))) {
      const file = safeJoin(corpusDir, `${m[1]}/source.html`);
      if (file && existsSync(file)) return send(200, readFileSync(file));
      return send(404, 'no such corpus page');
    }
    if (url.pathname === '/favicon.ico') return send(204, '');
    return send(404, 'not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      const origin = `http://${host}:${addr.port}`;
      resolve({
        origin,
        requests,
        stories,
        storyUrl: (id) => `${origin}/story/${encodeURIComponent(id)}.html`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

/** The names of the pages in ../shared/pages, or [] when the folder is absent. */
export function corpusPages() {
  if (!existsSync(corpusDir)) return [];
  return readdirSync(corpusDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(corpusDir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 8080);
  startDemoServer({ port }).then((s) => console.log(`demo server on ${s.origin}`));
}
