/**
 * The port between the background and Chrome's offscreen document, where pages are read off their
 * main thread: its name, and the shapes that travel on it (checked on both ends).
 */
import type { HtmlArticle } from './article-refs';
import { MAX_PAGE_HTML } from './guards';

export const OFFSCREEN_PORT = 'sourcelight/offscreen';
export const OFFSCREEN_PAGE = 'offscreen.html';

export interface ParseJob {
  id: number;
  html: string;
}
export type ParseDone = { id: number; ok: true; article: HtmlArticle | null } | { id: number; ok: false; error: string };

export function isParseJob(v: unknown): v is ParseJob {
  const o = v as ParseJob | null;
  return typeof o === 'object' && o !== null && Number.isInteger(o.id) && typeof o.html === 'string' && o.html.length <= MAX_PAGE_HTML;
}

export function isParseDone(v: unknown): v is ParseDone {
  const o = v as { id?: unknown; ok?: unknown; article?: unknown; error?: unknown } | null;
  if (typeof o !== 'object' || o === null || !Number.isInteger(o.id)) return false;
  return o.ok === true ? typeof o.article === 'object' : o.ok === false && typeof o.error === 'string';
}
