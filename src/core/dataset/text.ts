/**
 * Text helpers of the dataset: folding for alias and quote comparison, tokens, slugs,
 * a small hash and URL normalisation. Pure, no Node or DOM globals.
 */

const MARKS = /[\u0300-\u036f]/g;

/** Case, accents, apostrophes and dashes folded; whitespace collapsed. For alias comparison. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[\u2018\u2019\u201B\u2032\u02BC`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Normalised form of a quotation for comparison: folded, quotation marks and punctuation
 * dropped, ellipses ("...", "…") turned into a segment break "|". Words separated by one space.
 */
export function normalizeQuote(s: string): string {
  return fold(s)
    .replace(/\.\s*\.\s*\.|\u2026/g, ' | ')
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}|]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/(?:\| )+\|/g, '|')
    .trim()
    .replace(/^\|\s*|\s*\|$/g, '')
    .trim();
}

/** Words of a normalised quote (segment breaks dropped). */
export function quoteTokens(s: string): string[] {
  return normalizeQuote(s)
    .split(/[\s|]+/)
    .filter((t) => t.length > 0);
}

/** Segments of a normalised quote between ellipses. */
export function quoteSegments(s: string): string[] {
  return normalizeQuote(s)
    .split('|')
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

/** kebab-case slug of the first `words` words of a text. */
export function slug(s: string, words = 6): string {
  const t = quoteTokens(s).slice(0, words).join('-');
  return t.length > 0 ? t : 'quote';
}

/** Does the folded text contain the keyword as whole words? */
export function keywordHit(foldedText: string, keyword: string): boolean {
  const k = fold(keyword).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${k}(?:$|[^\\p{L}\\p{N}])`, 'u').test(foldedText);
}

/** Topics a text is on: any of a topic's keywords as whole words, or one of its events among `events`. */
export function topicsOf(
  text: string | null,
  events: ReadonlySet<string>,
  topics: ReadonlyArray<{ id: string; keywords: string[]; events: string[] }>,
): string[] {
  const folded = text === null ? null : fold(text);
  return topics
    .filter((t) => t.events.some((e) => events.has(e)) || (folded !== null && t.keywords.some((k) => keywordHit(folded, k))))
    .map((t) => t.id);
}

/** FNV-1a 32-bit hash, hex. */
export function fnv1a(s: string, seed = 0x811c9dc5): string {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid|smid|_ga)$/i;

/**
 * A URL reduced to what identifies the page: scheme and "www." dropped, host lower-cased,
 * default port, fragment, tracking parameters and a trailing slash removed, the remaining
 * query sorted. Returns null for something that is not an http(s) URL.
 */
export function normalizeUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/^(www|m|amp|dev)\./, '');
  let path = u.pathname.replace(/\/+$/, '').replace(/\/amp$/, '');
  if (path === '') path = '';
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length > 0 ? '?' + params.map(([k, v]) => `${k}=${v}`).join('&') : '';
  return host + path + query;
}

/** Strict calendar date check for YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/** An absolute http(s) URL with a host that has a dot. */
export function isHttpUrl(s: string): boolean {
  if (/\s/.test(s)) return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

/** JSON with object keys sorted at every level and a final newline: the same value gives the same bytes. */
export function stableStringify(value: unknown, indent = 0): string {
  return JSON.stringify(sortKeys(value), null, indent) + '\n';
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = sortKeys(x);
    }
    return out;
  }
  return v;
}
