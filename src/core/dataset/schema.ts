/**
 * A small hand-written schema validator for the dataset's source files and bundles.
 * Every error names the file and the field path: `data/coverage.json: coverage[3].date:
 * expected YYYY-MM-DD, got "11/10/2016"`.
 */
import { isHttpUrl, isIsoDate } from './text';

export type Report = (path: string, message: string) => void;
export type Check = (value: unknown, path: string, report: Report) => void;

export function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `an array (${v.length} items)`;
  if (typeof v === 'object') return 'an object';
  const s = JSON.stringify(v);
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

function at(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
}

export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function str(opts: { pattern?: RegExp; what?: string; nonEmpty?: boolean } = {}): Check {
  return (v, path, report) => {
    if (typeof v !== 'string') return report(path, `expected ${opts.what ?? 'a string'}, got ${describe(v)}`);
    if ((opts.nonEmpty ?? true) && v.trim() === '') return report(path, `expected ${opts.what ?? 'a non-empty string'}, got ""`);
    if (opts.pattern && !opts.pattern.test(v))
      report(path, `expected ${opts.what ?? `a string matching ${opts.pattern}`}, got ${describe(v)}`);
  };
}

export const id: Check = str({ pattern: KEBAB, what: 'a kebab-case id' });

export const isoDate: Check = (v, path, report) => {
  if (typeof v !== 'string' || !isIsoDate(v)) report(path, `expected YYYY-MM-DD, got ${describe(v)}`);
};

export const httpUrl: Check = (v, path, report) => {
  if (typeof v !== 'string' || !isHttpUrl(v)) report(path, `expected an absolute http(s) URL, got ${describe(v)}`);
};

export const num =
  (min = -Infinity, max = Infinity): Check =>
  (v, path, report) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
      report(path, `expected a number in [${min}, ${max}], got ${describe(v)}`);
  };

export const int =
  (min = 0): Check =>
  (v, path, report) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min) report(path, `expected an integer >= ${min}, got ${describe(v)}`);
  };

export const bool: Check = (v, path, report) => {
  if (typeof v !== 'boolean') report(path, `expected true or false, got ${describe(v)}`);
};

export function literal(...values: Array<string | number | boolean | null>): Check {
  return (v, path, report) => {
    if (!values.includes(v as string))
      report(path, `expected one of ${values.map((x) => JSON.stringify(x)).join(', ')}, got ${describe(v)}`);
  };
}

export function nullable(c: Check): Check {
  return (v, path, report) => {
    if (v !== null) c(v, path, report);
  };
}

export function anyOf(what: string, ...checks: Check[]): Check {
  return (v, path, report) => {
    for (const c of checks) {
      let failed = false;
      c(v, path, () => (failed = true));
      if (!failed) return;
    }
    report(path, `expected ${what}, got ${describe(v)}`);
  };
}

export function arr(item: Check, opts: { unique?: boolean } = {}): Check {
  return (v, path, report) => {
    if (!Array.isArray(v)) return report(path, `expected an array, got ${describe(v)}`);
    v.forEach((x, i) => item(x, `${path}[${i}]`, report));
    if (opts.unique) {
      const seen = new Set<string>();
      v.forEach((x, i) => {
        const k = JSON.stringify(x);
        if (seen.has(k)) report(`${path}[${i}]`, `duplicate value ${describe(x)}`);
        seen.add(k);
      });
    }
  };
}

/** An object with exactly these fields; keys ending in "?" are optional. Unknown fields are errors. */
export function obj(fields: Record<string, Check>): Check {
  const spec = Object.entries(fields).map(([k, c]) => ({ key: k.replace(/\?$/, ''), optional: k.endsWith('?'), c }));
  const known = new Set(spec.map((s) => s.key));
  return (v, path, report) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return report(path, `expected an object, got ${describe(v)}`);
    const o = v as Record<string, unknown>;
    for (const { key, optional, c } of spec) {
      if (!(key in o)) {
        if (!optional) report(at(path, key), 'missing (required field)');
        continue;
      }
      c(o[key], at(path, key), report);
    }
    for (const k of Object.keys(o)) if (!known.has(k)) report(at(path, k), `unknown field (known: ${[...known].join(', ')})`);
  };
}

/** Runs a check and returns the messages, each prefixed with the file name. */
export function validate(file: string, value: unknown, check: Check, root = ''): string[] {
  const errors: string[] = [];
  check(value, root, (path, message) => errors.push(`${file}: ${path === '' ? '(root)' : path}: ${message}`));
  return errors;
}

/* ---------------------------------------------------------- the schemas */

const text = str();
const nullableText = nullable(str());
const ids = arr(id, { unique: true });

const role = obj({
  title: text,
  phrases: arr(text, { unique: true }),
  from: nullable(isoDate),
  to: nullable(isoDate),
});

export const entityRecord = obj({
  id,
  type: literal('person', 'organization', 'place', 'event'),
  name: text,
  aliases: arr(text),
  'surnames?': arr(text),
  roles: arr(role),
  description: text,
  'ambiguous?': arr(text),
  'gender?': literal('male', 'female'),
});

export const entitiesFile = obj({ version: literal(1), entities: arr(entityRecord) });

const storyMetaFields = {
  id,
  outlet: text,
  headline: nullableText,
  date: isoDate,
  url: nullable(httpUrl),
  byline: nullableText,
  language: str({ pattern: /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, what: 'a language tag like "en"' }),
  'origin?': nullableText,
  'notes?': nullableText,
};

export const storyMeta = obj(storyMetaFields);

export const coverageItem = obj({
  id,
  outlet: text,
  via: nullableText,
  headline: nullableText,
  date: nullable(isoDate),
  url: nullable(httpUrl),
  byline: nullableText,
  covers: text,
  entities: ids,
  events: ids,
  topics: ids,
  'notes?': nullableText,
});

export const coverageFile = obj({ version: literal(1), coverage: arr(coverageItem) });

export const claimRef = anyOf(
  'a claim reference: { "claim": id } or { "story": id, "quote": text, "all"?: true }',
  obj({ claim: str() }),
  obj({ story: id, quote: text, 'all?': bool }),
);

/** Reports the inner errors of a claim reference (anyOf only says it did not fit). */
export const claimRefDetailed: Check = (v, path, report) => {
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && 'claim' in v) return obj({ claim: str() })(v, path, report);
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && ('story' in v || 'quote' in v))
    return obj({ story: id, quote: text, 'all?': bool })(v, path, report);
  claimRef(v, path, report);
};

const topicFields = {
  id,
  name: text,
  description: text,
  entities: ids,
  events: ids,
  keywords: arr(text, { unique: true }),
};

export const topicSource = obj({ ...topicFields, claims: arr(claimRefDetailed) });

export const topicsFile = obj({ version: literal(1), topics: arr(topicSource) });

export const reportedClaim = obj({
  id,
  story: id,
  speaker: obj({ entityId: nullable(id), name: text }),
  text,
  'occurrence?': int(0),
  summary: text,
  topics: ids,
});

export const reportedClaimsFile = obj({ version: literal(1), claims: arr(reportedClaim) });

export const relationSource = obj({
  id,
  type: literal('same-remark', 'disputes'),
  from: claimRefDetailed,
  to: claimRefDetailed,
  note: text,
});

export const relationsFile = obj({ version: literal(1), relations: arr(relationSource) });

const reviewValue = anyOf('a string, true/false or null', str({ nonEmpty: false }), bool, literal(null));

export const reviewCorrection = obj({
  story: id,
  quoteText: text,
  field: literal('speaker.entityId', 'speaker.name', 'kind', 'text', 'excluded'),
  engine: reviewValue,
  corrected: reviewValue,
  note: text,
});

export const reviewAccepted = obj({
  story: id,
  text,
  kind: literal('direct', 'partial', 'indirect'),
  speaker: text,
  entityId: nullable(id),
});

export const reviewFile = obj({ version: literal(1), corrections: arr(reviewCorrection), accepted: arr(reviewAccepted) });

/* ----------------------------------------------------- the compiled bundle */

const claimKind = literal('direct', 'partial', 'indirect', 'reported');

export const claim = obj({
  id: str(),
  story: id,
  outlet: text,
  date: isoDate,
  url: nullable(httpUrl),
  text,
  kind: claimKind,
  source: literal('engine', 'reported'),
  speaker: obj({ name: text, entityId: nullable(id) }),
  paragraph: int(0),
  start: int(0),
  end: int(0),
  confidence: num(0, 1),
  topics: ids,
  'summary?': text,
  'partOf?': str(),
  'reviewed?': arr(literal('speaker.entityId', 'speaker.name', 'kind', 'text', 'excluded')),
});

export const storyInfo = obj({
  ...storyMetaFields,
  length: int(0),
  paragraphs: int(0),
  entities: ids,
  events: ids,
  topics: ids,
});

export const relation = obj({ id: str(), type: literal('same-remark', 'disputes'), from: str(), to: str(), note: text });

export const topic = obj({ ...topicFields, claims: arr(str(), { unique: true }) });

export const bundle = obj({
  build: obj({
    format: literal(1),
    dataDate: isoDate,
    sourceHash: str({ pattern: /^[0-9a-f]{8}$/, what: '8 hex digits' }),
    counts: (v, path, report) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return report(path, `expected an object, got ${describe(v)}`);
      for (const [k, n] of Object.entries(v)) int(0)(n, at(path, k), report);
    },
  }),
  entities: arr(entityRecord),
  stories: arr(storyInfo),
  claims: arr(claim),
  relations: arr(relation),
  coverage: arr(coverageItem),
  topics: arr(topic),
});
