/**
 * Reading the CLI's input: a .txt file (each non-empty line a paragraph, offsets into the file's text as read),
 * an .html page (jsdom + Readability, then the article's block texts), or "-" for standard input (sniffed).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Article } from '../core/types';
import { articleFromParagraphs, articleFromText } from '../core/article';
import { blockTexts } from '../shared/dom-text';

/** An input problem: one line for standard error, exit code 2. */
export class InputError extends Error {}

export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (n > 0 && control / n > 0.05) return true;
  // invalid UTF-8 decodes to U+FFFD
  const text = new TextDecoder('utf-8').decode(buf.subarray(0, n));
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  return bad > 0 && bad / Math.max(1, text.length) > 0.02;
}

export function looksHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart();
  return head.startsWith('<') && /<(!doctype|html|head|body|article|div|p|main|section|h1)\b/i.test(head);
}

// jsdom and Readability are loaded only for HTML input: a .txt run does not pay for them.
const load = createRequire(import.meta.url);
const htmlLibs = () => ({
  JSDOM: (load('jsdom') as typeof import('jsdom')).JSDOM,
  Readability: (load('@mozilla/readability') as typeof import('@mozilla/readability')).Readability,
});

/** The article of an HTML page, through Readability; null when there is none. */
export function articleFromHtml(html: string, url?: string): Article | null {
  const { JSDOM, Readability } = htmlLibs();
  const dom = new JSDOM(html, url ? { url } : {});
  const parsed = new Readability(dom.window.document).parse();
  if (!parsed || !parsed.content) return null;
  const frag = JSDOM.fragment(parsed.content);
  const paras = blockTexts(frag);
  const article = articleFromParagraphs(paras, {
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    url: url ?? null,
  });
  // a page whose "article" is a menu or a footer has no sentence of five words
  const hasProse = article.paragraphs.some((p) => article.text.slice(p.start, p.end).split(/\s+/).length >= 5);
  return hasProse ? article : null;
}

export function readInput(file: string, stdin: () => Buffer = () => readFileSync(0)): Article {
  let buf: Buffer;
  try {
    buf = file === '-' ? stdin() : readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `cannot read ${file}: no such file`
        : code === 'EISDIR'
          ? `cannot read ${file}: is a directory`
          : `cannot read ${file}: ${(e as Error).message}`,
    );
  }
  const name = file === '-' ? 'standard input' : file;
  if (buf.length === 0) throw new InputError(`${name} is empty`);
  if (looksBinary(buf)) throw new InputError(`${name} is not text (binary data)`);
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(`${name} is empty`);
  const html = /\.x?html?$/i.test(file) || (file === '-' || !/\.txt$/i.test(file) ? looksHtml(text) : false);
  if (html) {
    const article = articleFromHtml(text);
    if (!article) throw new InputError(`${name}: no article found in the page`);
    return article;
  }
  const article = articleFromText(text);
  if (article.paragraphs.length === 0) throw new InputError(`${name} is empty`);
  return article;
}
