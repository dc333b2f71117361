#!/usr/bin/env node
// Scores the engine's analyze() on PolNeAR (2016 US-election news with human attribution annotations), for
// issue 12. Run by hand, never in CI. What it measures and how to read it: docs/attribution-eval.md.
//
//   node tools/eval-attribution.mjs --setup               extract train + dev from the local mirror into corpus/polnear/
//   node tools/eval-attribution.mjs [--split dev|train] [--errors FILE] [--matches FILE] [--json FILE] [--limit N]
//     --errors: misses, false positives and wrong speakers (JSONL, with context); --matches: every matched
//     quotation with its speaker verdict (to audit the speaker test); --json: the figures. All hold corpus text
//     or figures from it: write them under corpus/.
//
// The corpus has no licence: its texts stay under corpus/ (ignored by git) and are never committed. The
// `test` split is reserved: this script never reads, extracts or copies it. The mirror is a bare git
// repository: POLNEAR_MIRROR or --mirror PATH (default /work/.mirror/networkdynamics+PolNeAR/repo).
//
// Per article: the text goes to analyze() as the CLI reads a .txt (each non-empty line a paragraph, offsets
// into the original text), with the CLI's compiled dataset. Gold: every brat event (Attribution and
// Attribution-no-source) with its Content (+ Content2) segments, Cue and Source; one annotation file per
// article, the first in file-name order when several annotators did it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nodeBundle } from './node-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(root, 'corpus', 'polnear');
const SPLITS = ['train', 'dev'];
/** A prediction matches a gold Content when overlap / max(predicted length, gold length) reaches this. */
const THRESHOLD = 0.3;

/* ------------------------------------------------------------------ arguments */

function parseArgs(argv) {
  const o = {
    split: 'dev',
    errors: null,
    matches: null,
    json: null,
    limit: Infinity,
    setup: false,
    mirror: process.env.POLNEAR_MIRROR || '/work/.mirror/networkdynamics+PolNeAR/repo',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) fail(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--split') o.split = val();
    else if (a === '--errors') o.errors = val();
    else if (a === '--json') o.json = val();
    else if (a === '--matches') o.matches = val();
    else if (a === '--limit') o.limit = Number(val());
    else if (a === '--mirror') o.mirror = val();
    else if (a === '--setup') o.setup = true;
    else if (a === '--help' || a === '-h') {
      console.log(
        'usage: node tools/eval-attribution.mjs [--setup] [--split dev|train] [--errors FILE.jsonl] [--matches FILE.jsonl] [--json FILE] [--limit N] [--mirror GITDIR]',
      );
      process.exit(0);
    } else fail(`unknown argument ${a}`);
  }
  if (!SPLITS.includes(o.split)) fail(`--split must be one of ${SPLITS.join(', ')} (the test split is reserved)`);
  return o;
}

function fail(msg) {
  console.error(`eval-attribution: ${msg}`);
  process.exit(2);
}

/* ------------------------------------------------------------------ corpus */

/** Extracts text/ and attributions/ of train and dev (never test, never corenlp/) from the bare mirror. */
function setup(mirror) {
  if (!existsSync(mirror)) fail(`no PolNeAR mirror at ${mirror} (set POLNEAR_MIRROR or --mirror)`);
  mkdirSync(CORPUS, { recursive: true });
  const paths = SPLITS.flatMap((s) => [`data/${s}/text`, `data/${s}/attributions`]);
  const tar = execFileSync('git', ['--git-dir', mirror, 'archive', '--format=tar', 'HEAD', ...paths], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', CORPUS], { input: tar });
  for (const s of SPLITS)
    console.log(`eval-attribution: ${s}: ${readdirSync(join(CORPUS, 'data', s, 'text')).length} texts in ${join(CORPUS, 'data', s)}`);
}

/** Code-point offsets (brat, written from Python) to UTF-16 offsets (JavaScript strings). */
function offsetMapper(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (n) => n;
  const map = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (n) => map[n] ?? u;
}

/** The gold attributions of one brat file. */
function parseAnn(ann, text) {
  const toU16 = offsetMapper(text);
  const spans = new Map();
  const golds = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t([\w-]+) ([\d; ]+)\t/.exec(line);
    if (t) {
      const segs = t[3]
        .split(';')
        .map((p) => p.trim().split(/\s+/).map(Number))
        .map(([s, e]) => [toU16(s), toU16(e)]);
      spans.set(t[1], { label: t[2], segs });
      continue;
    }
  }
  for (const line of ann.split('\n')) {
    const e = /^E\d+\t(Attribution(?:-no-source)?):(T\d+)((?: [\w-]+:T\d+)*)/.exec(line);
    if (!e) continue;
    const roles = {};
    for (const r of e[3].trim().split(/\s+/).filter(Boolean)) {
      const [role, id] = r.split(':');
      (roles[role.replace(/\d+$/, '')] ??= []).push(spans.get(id));
    }
    const content = (roles.Content ?? [])
      .filter(Boolean)
      .flatMap((s) => s.segs)
      .sort((a, b) => a[0] - b[0]);
    if (content.length === 0) continue;
    const cue = roles.Cue?.[0]?.segs ?? null;
    const source = roles.Source?.[0]?.segs ?? null;
    const segText = (segs) => segs.map(([s, e]) => text.slice(s, e)).join(' … ');
    golds.push({
      content,
      contentText: segText(content),
      cue: cue ? segText(cue) : '',
      cueSegs: cue,
      source: source ? { segs: source, text: segText(source) } : null,
    });
  }
  return golds;
}

function articles(split) {
  const dir = join(CORPUS, 'data', split);
  if (!existsSync(join(dir, 'text'))) fail(`${dir} is missing: run with --setup first`);
  const anns = readdirSync(join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const out = [];
  for (const f of readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const stem = f.replace(/\.txt$/, '');
    const ann = anns.find((a) => a.startsWith(stem + '_'));
    if (!ann) continue;
    out.push({ name: stem, text: readFileSync(join(dir, 'text', f), 'utf8'), ann: readFileSync(join(dir, 'attributions', ann), 'utf8') });
  }
  return out;
}

/* ------------------------------------------------------------------ cues */

const IRREGULAR = {
  said: 'say',
  says: 'say',
  saying: 'say',
  told: 'tell',
  tells: 'tell',
  telling: 'tell',
  wrote: 'write',
  written: 'write',
  writes: 'write',
  writing: 'write',
  thought: 'think',
  spoke: 'speak',
  spoken: 'speak',
  felt: 'feel',
  knew: 'know',
  known: 'know',
  made: 'make',
  gave: 'give',
  given: 'give',
  took: 'take',
  saw: 'see',
  seen: 'see',
  found: 'find',
  meant: 'mean',
  held: 'hold',
  heard: 'hear',
  sought: 'seek',
  went: 'go',
  goes: 'go',
  gone: 'go',
  believed: 'believe',
  argued: 'argue',
  argues: 'argue',
  arguing: 'argue',
  denied: 'deny',
  denies: 'deny',
  replied: 'reply',
  replies: 'reply',
  implied: 'imply',
  testified: 'testify',
  accused: 'accuse',
  noted: 'note',
  stated: 'state',
  continued: 'continue',
  continues: 'continue',
  urged: 'urge',
  claimed: 'claim',
  announced: 'announce',
  explained: 'explain',
  insisted: 'insist',
  warned: 'warn',
  asked: 'ask',
  added: 'add',
  adding: 'add',
  adds: 'add',
  hoped: 'hope',
  described: 'describe',
  promised: 'promise',
  vowed: 'vow',
  declared: 'declare',
  tweeted: 'tweet',
  tweets: 'tweet',
  posted: 'post',
  quoted: 'quote',
  shows: 'show',
  showed: 'show',
  shown: 'show',
  finds: 'find',
  suggested: 'suggest',
  acknowledged: 'acknowledge',
  admitted: 'admit',
  conceded: 'concede',
  complained: 'complain',
  responded: 'respond',
  predicted: 'predict',
  repeated: 'repeat',
  echoed: 'echo',
  cited: 'cite',
  citing: 'cite',
  cites: 'cite',
  quoting: 'quote',
  stating: 'state',
  noting: 'note',
  declaring: 'declare',
  describing: 'describe',
  accusing: 'accuse',
  announcing: 'announce',
  pointed: 'point',
  called: 'call',
  calls: 'call',
  reported: 'report',
  reports: 'report',
};
const AUX = new Set(
  `has have had was were is are be been being also later not never did does do would will could should can may
  might must then once again repeatedly often just even still already reportedly publicly privately previously recently
  and or but to he she they it who which that a an the`.split(/\s+/),
);

/** Cues the product treats as speech; PolNeAR also counts beliefs, plans, polls and findings. */
const SPEECH = new Set(
  `say tell write argue deny accuse add claim state announce explain insist warn according-to ask note
  respond reply declare assert contend suggest acknowledge admit tweet post testify vow promise predict repeat recall
  complain urge describe confirm allege charge stress emphasize point-out maintain concede answer remark observe quip
  joke exclaim shout yell chant reiterate caution proclaim boast counter conclude pledge continue quote echo report
  disclose reveal recount retort cite`.split(/\s+/),
);

function lemma(w) {
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (w.endsWith('ied') || w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (/([b-df-hj-np-tv-z])\1(ed|ing)$/.test(w) && !/(ll|ss)(ed|ing)$/.test(w)) return w.replace(/(.)(ed|ing)$/, '');
  if (w.endsWith('ing')) return w.slice(0, -3);
  if (w.endsWith('ed')) return w.slice(0, -2);
  if (w.endsWith('es') && /(ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return w.slice(0, -1);
  return w;
}

/** The cue's verb, roughly: "said" → say, "has told" → tell, "according to" → according-to, "pointed out" → point-out. */
function cueLemma(cue) {
  const words = (
    cue
      .toLowerCase()
      .replace(/[’']/g, "'")
      .match(/[a-z']+/g) ?? []
  )
    .map((w) => w.replace(/'s$|'$/, '').replace(/^'/, ''))
    .filter(Boolean);
  if (words.length === 0) return cue.trim() ? 'punct' : 'none';
  if (words.includes('according')) return 'according-to';
  const content = words.filter((w) => !AUX.has(w));
  const lemmas = content.map(lemma);
  if (lemmas[0] === 'point' && content.includes('out')) return 'point-out';
  return lemmas.find((l) => SPEECH.has(l)) ?? lemmas[0] ?? words.map(lemma)[0];
}

/* ------------------------------------------------------------------ matching */

function overlapSegs(a, b) {
  let n = 0;
  for (const [s1, e1] of a) for (const [s2, e2] of b) n += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return n;
}
const segLen = (segs) => segs.reduce((n, [s, e]) => n + (e - s), 0);

/**
 * One-to-one matching of predictions to gold Contents: pairs scored overlap / max(len), greedily from the best,
 * each kept when the score reaches THRESHOLD. An unmatched prediction lying mostly (≥ half its length) inside
 * a gold Content that another prediction matched is a "split part" (the engine gives "A," said X. "B." as two
 * quotations, PolNeAR as one discontinuous Content): it counts neither as right nor as wrong.
 */
function match(preds, golds) {
  const pairs = [];
  preds.forEach((p, i) => {
    const ps = [[p.start, p.end]];
    golds.forEach((g, j) => {
      const ov = overlapSegs(ps, g.content);
      if (ov > 0) pairs.push({ i, j, score: ov / Math.max(p.end - p.start, segLen(g.content)), inside: ov / Math.max(1, p.end - p.start) });
    });
  });
  pairs.sort((a, b) => b.score - a.score);
  const predTo = new Map();
  const goldTo = new Map();
  for (const pr of pairs) {
    if (pr.score < THRESHOLD) break;
    if (predTo.has(pr.i) || goldTo.has(pr.j)) continue;
    predTo.set(pr.i, pr.j);
    goldTo.set(pr.j, pr.i);
  }
  const split = new Set();
  const fragmentOf = new Map();
  for (const pr of pairs) {
    if (predTo.has(pr.i) || pr.inside < 0.5) continue;
    if (goldTo.has(pr.j)) split.add(pr.i);
    else if (!fragmentOf.has(pr.i)) fragmentOf.set(pr.i, pr.j);
  }
  return { predTo, goldTo, split, fragmentOf };
}

/* ------------------------------------------------------------------ speakers */

const PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'i',
  'we',
  'it',
  'you',
  'him',
  'her',
  'them',
  'me',
  'us',
  'his',
  'their',
  'its',
  'who',
  'which',
  'that',
]);
const STOP = new Set(
  `the a an of for and in at on to from with by his her their its our this that these those who which
  mr mrs ms miss dr sen senator rep representative gov governor president vice former presidential candidate nominee
  democratic republican gop u.s us secretary state rev gen general lt col chairman chairwoman speaker leader mayor
  new york washington`.split(/\s+/),
);

function keyWords(s) {
  return new Set(
    (
      s
        .toLowerCase()
        .replace(/[’']s\b/g, '')
        .match(/[\p{L}][\p{L}.-]*/gu) ?? []
    )
      .map((w) => w.replace(/\.$/, ''))
      .filter((w) => w.length >= 2 && !STOP.has(w) && !PRONOUNS.has(w)),
  );
}

const isPronoun = (s) => PRONOUNS.has(s.trim().toLowerCase());
/** Relative pronouns as a Source: their antecedent is the noun phrase right before them. */
const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);

/** The nearest gold Source before `at` that names someone (not a pronoun): a rough antecedent for "he said". */
function antecedent(golds, at) {
  let best = null;
  for (const g of golds) {
    if (!g.source || isPronoun(g.source.text) || g.source.segs[0][0] >= at) continue;
    // a name: two capitalised words in a row ("Pat Caddell", "Mr. Trump") or one alone ("Caddell")
    if (!/\p{Lu}[\p{L}.'’-]+\s+\p{Lu}\p{L}/u.test(g.source.text) && !/^\s*\p{Lu}[\p{L}'’-]+\s*$/u.test(g.source.text)) continue;
    if (!best || g.source.segs[0][0] > best.segs[0][0]) best = g.source;
  }
  return best;
}

/**
 * Whether the predicted speaker is the gold Source. Right when the mention the engine chose overlaps the Source
 * span, or the speaker's name (or mention) shares a key word (a surname, a head noun; not a title, determiner
 * or pronoun) with the Source text. A pronoun Source ("he said") is compared, past the overlap test, with its
 * rough antecedent: the nearest earlier gold Source that is a name.
 * Returns { judged: false } when the gold has no Source (Attribution-no-source).
 */
function speakerVerdict(q, g, golds, strict = false, text = '') {
  if (!g.source) return { judged: false };
  const sourceClass = isPronoun(g.source.text)
    ? 'pronoun'
    : /^\s*(the|a|an)\s/i.test(g.source.text) || !/\p{Lu}/u.test(g.source.text)
      ? 'description'
      : 'name';
  if (!q.speaker.name) return { judged: true, right: false, why: 'unattributed', sourceClass };
  const m = q.speaker.mention;
  // strict: a pronoun Source is right only when the name the engine resolved it to is its antecedent's
  if (m && overlapSegs([[m.start, m.end]], g.source.segs) > 0 && !(strict && sourceClass === 'pronoun'))
    return { judged: true, right: true, why: 'mention-overlap', sourceClass };
  let target = g.source.text;
  let via = 'source';
  // a relative pronoun ("an architect who said …", "Donald Trump, who says …") stands for the noun phrase right
  // before it, not for the last named Source: right when the engine's mention ends there, or shares a key word with
  // the words of the sentence before it (up to eight)
  if (RELATIVES.has(g.source.text.trim().toLowerCase()) && text) {
    const at = g.source.segs[0][0];
    if (m && m.end <= at && /^[\s,]*$/.test(text.slice(m.end, at)))
      return { judged: true, right: true, why: 'relative-adjacent', sourceClass };
    const before = text
      .slice(Math.max(0, at - 200), at)
      .split(/[.!?\n]/)
      .pop()
      .trim()
      .split(/\s+/)
      .slice(-8)
      .join(' ');
    target = before;
    via = 'relative';
  } else if (sourceClass === 'pronoun') {
    const a = antecedent(golds, g.source.segs[0][0]);
    if (!a) return { judged: true, right: false, why: 'pronoun-no-antecedent', sourceClass };
    target = a.text;
    via = 'antecedent';
  }
  const want = keyWords(target);
  const have = keyWords(q.speaker.name + ' ' + (m && !isPronoun(m.text) ? m.text : ''));
  for (const w of have) if (want.has(w)) return { judged: true, right: true, why: `${via}-word`, sourceClass, compared: target };
  return { judged: true, right: false, why: `${via}-differs`, sourceClass, compared: target };
}

/* ------------------------------------------------------------------ report */

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '–');
const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);

function context(text, s, e, pad = 160) {
  const a = Math.max(0, s - pad);
  const b = Math.min(text.length, e + pad);
  return (a > 0 ? '…' : '') + text.slice(a, b).replace(/\s*\n\s*/g, ' ¶ ') + (b < text.length ? '…' : '');
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.setup) {
    setup(o.mirror);
    if (process.argv.length === 3) return;
  } else if (!existsSync(join(CORPUS, 'data', o.split, 'text'))) {
    console.log('eval-attribution: corpus/polnear/ is empty: extracting train and dev from the mirror first');
    setup(o.mirror);
  }
  const bundle = join(root, 'build', 'eval-attribution-engine.mjs');
  await nodeBundle(join(root, 'tools', 'eval-attribution-engine.ts'), bundle);
  // the module this script has just bundled from the repository's own source
  // eslint-disable-next-line no-unsanitized/method
  const { analyze, articleFromText, loadDataset } = await import(pathToFileURL(bundle).href);
  const { index } = loadDataset(root);

  const errors = [];
  const matched = [];
  const t = { gold: 0, pred: 0, tp: 0, fp: 0, split: 0, fragmentFp: 0, speechGold: 0, speechFound: 0, accGold: 0, accFound: 0 };
  const byLemma = new Map();
  const byKind = new Map();
  const spk = { judged: 0, right: 0, unjudged: 0, byClass: new Map(), speechJudged: 0, speechRight: 0 };
  const buckets = [
    { name: '< 0.5', lo: 0, hi: 0.5, n: 0, right: 0 },
    { name: '0.5–0.75', lo: 0.5, hi: 0.75, n: 0, right: 0 },
    { name: '0.75–0.9', lo: 0.75, hi: 0.9, n: 0, right: 0 },
    { name: '≥ 0.9', lo: 0.9, hi: Infinity, n: 0, right: 0 },
  ];
  const strictSpk = { judged: 0, right: 0, pronouns: 0, pronounsRight: 0 };
  const strictBuckets = buckets.map((b) => ({ ...b }));
  let nArticles = 0;
  const t0 = performance.now();
  for (const art of articles(o.split).slice(0, o.limit)) {
    nArticles++;
    const golds = parseAnn(art.ann, art.text);
    const analysis = analyze(articleFromText(art.text), index);
    const preds = analysis.quotes;
    const { predTo, goldTo, split, fragmentOf } = match(preds, golds);
    t.gold += golds.length;
    t.pred += preds.length;
    t.tp += predTo.size;
    t.split += split.size;
    golds.forEach((g, j) => {
      const l = cueLemma(g.cue);
      const found = goldTo.has(j);
      const e = byLemma.get(l) ?? { n: 0, found: 0 };
      e.n++;
      if (found) e.found++;
      byLemma.set(l, e);
      if (SPEECH.has(l)) {
        t.speechGold++;
        if (found) t.speechFound++;
      }
      if (l === 'according-to') {
        t.accGold++;
        if (found) t.accFound++;
      }
      if (!found) {
        const near = preds.findIndex((p) => overlapSegs([[p.start, p.end]], g.content) > 0);
        errors.push({
          type: 'miss',
          article: art.name,
          cue: g.cue,
          lemma: l,
          speech: SPEECH.has(l),
          source: g.source?.text ?? null,
          content: g.contentText,
          overlapping: near >= 0 ? { text: preds[near].text, kind: preds[near].kind, speaker: preds[near].speaker.name } : null,
          context: context(art.text, g.content[0][0], g.content[g.content.length - 1][1]),
        });
      }
    });
    preds.forEach((q, i) => {
      const k = byKind.get(q.kind) ?? { n: 0, tp: 0 };
      k.n++;
      const j = predTo.get(i);
      if (j !== undefined) k.tp++;
      byKind.set(q.kind, k);
      const predInfo = {
        text: q.text,
        kind: q.kind,
        speaker: q.speaker.name,
        mention: q.speaker.mention?.text ?? null,
        confidence: q.confidence,
      };
      if (j === undefined) {
        if (split.has(i)) return;
        t.fp++;
        const fj = fragmentOf.get(i);
        if (fj !== undefined) t.fragmentFp++;
        errors.push({
          type: 'false-positive',
          article: art.name,
          ...predInfo,
          insideGold: fj !== undefined ? { cue: golds[fj].cue, content: golds[fj].contentText } : null,
          context: context(art.text, q.start, q.end),
        });
        return;
      }
      const g = golds[j];
      const v = speakerVerdict(q, g, golds, false, art.text);
      const vs = speakerVerdict(q, g, golds, true, art.text);
      if (vs.judged) {
        strictSpk.judged++;
        if (vs.right) strictSpk.right++;
        if (vs.sourceClass === 'pronoun') {
          strictSpk.pronouns++;
          if (vs.right) strictSpk.pronounsRight++;
        }
        const b = strictBuckets.find((b) => q.confidence >= b.lo && q.confidence < b.hi);
        if (q.speaker.name) {
          b.n++;
          if (vs.right) b.right++;
        }
      }
      if (!v.judged) {
        spk.unjudged++;
        return;
      }
      spk.judged++;
      if (v.right) spk.right++;
      const c = spk.byClass.get(v.sourceClass) ?? { n: 0, right: 0 };
      c.n++;
      if (v.right) c.right++;
      spk.byClass.set(v.sourceClass, c);
      if (SPEECH.has(cueLemma(g.cue))) {
        spk.speechJudged++;
        if (v.right) spk.speechRight++;
      }
      if (q.speaker.name) {
        const b = buckets.find((b) => q.confidence >= b.lo && q.confidence < b.hi);
        b.n++;
        if (v.right) b.right++;
      }
      matched.push({
        article: art.name,
        ...predInfo,
        right: v.right,
        why: v.why,
        strictRight: vs.right,
        goldSource: g.source.text,
        sourceClass: v.sourceClass,
        comparedWith: v.compared ?? vs.compared ?? null,
        cue: g.cue,
      });
      if (!v.right || !vs.right) {
        errors.push({
          type: v.right ? 'wrong-speaker-strict' : 'wrong-speaker',
          article: art.name,
          ...predInfo,
          why: v.right ? vs.why : v.why,
          goldSource: g.source.text,
          sourceClass: v.sourceClass,
          comparedWith: v.compared ?? vs.compared ?? null,
          cue: g.cue,
          goldContent: g.contentText,
          context: context(art.text, Math.min(q.start, g.source.segs[0][0]), Math.max(q.end, g.source.segs[0][1])),
        });
      }
    });
  }
  const ms = performance.now() - t0;

  const P = t.tp / Math.max(1, t.tp + t.fp);
  const R = t.tp / Math.max(1, t.gold);
  const lemmas = [...byLemma].sort((a, b) => b[1].n - a[1].n);
  const result = {
    split: o.split,
    articles: nArticles,
    threshold: THRESHOLD,
    overlap: 'overlap / max(predicted length, gold Content length)',
    gold: t.gold,
    predicted: t.pred,
    matched: t.tp,
    falsePositives: t.fp,
    falsePositivesInsideAGold: t.fragmentFp,
    splitParts: t.split,
    precision: P,
    recall: R,
    f1: f1(P, R),
    speechRecall: t.speechFound / Math.max(1, t.speechGold),
    speechGold: t.speechGold,
    accordingToRecall: t.accFound / Math.max(1, t.accGold),
    accordingToGold: t.accGold,
    speakerMatch: spk.right / Math.max(1, spk.judged),
    speakerJudged: spk.judged,
    speakerNoGoldSource: spk.unjudged,
    speakerMatchStrict: strictSpk.right / Math.max(1, strictSpk.judged),
    pronounSourcesStrict: { n: strictSpk.pronouns, right: strictSpk.pronounsRight },
    confidenceBucketsStrict: strictBuckets.map(({ name, n, right }) => ({ bucket: name, n, right })),
    speakerMatchSpeech: spk.speechRight / Math.max(1, spk.speechJudged),
    speakerBySourceClass: Object.fromEntries([...spk.byClass].map(([k, v]) => [k, { n: v.n, right: v.right }])),
    confidenceBuckets: buckets.map(({ name, n, right }) => ({ bucket: name, n, right })),
    byKind: Object.fromEntries([...byKind].map(([k, v]) => [k, { predicted: v.n, matched: v.tp }])),
    byCue: lemmas.slice(0, 40).map(([l, v]) => ({ cue: l, speech: SPEECH.has(l), gold: v.n, found: v.found })),
  };

  console.log(
    `PolNeAR ${o.split}: ${nArticles} articles, ${t.gold} gold attributions, ${t.pred} predicted quotations (${(ms / Math.max(1, nArticles)).toFixed(1)} ms/article)`,
  );
  console.log(
    `match: one-to-one, overlap / max(predicted length, gold Content length) ≥ ${THRESHOLD}; split parts of a matched Content ignored (${t.split})`,
  );
  console.log(
    `content spans   P ${pct(t.tp, t.tp + t.fp)}  R ${pct(t.tp, t.gold)}  F1 ${(100 * result.f1).toFixed(1)}   (${t.tp} matched, ${t.fp} false positives of which ${t.fragmentFp} lie inside a missed gold Content)`,
  );
  console.log(
    `recall          speech cues ${pct(t.speechFound, t.speechGold)} (${t.speechFound}/${t.speechGold})   all cues ${pct(t.tp, t.gold)}   "according to" ${pct(t.accFound, t.accGold)} (${t.accFound}/${t.accGold})`,
  );
  console.log(
    `speaker match   ${pct(spk.right, spk.judged)} of ${spk.judged} matched quotations with a gold Source (speech cues ${pct(spk.speechRight, spk.speechJudged)}; ${spk.unjudged} without a Source not judged)`,
  );
  console.log(`  by gold Source: ${[...spk.byClass].map(([k, v]) => `${k} ${pct(v.right, v.n)} (${v.right}/${v.n})`).join('   ')}`);
  console.log(
    `  strict: ${pct(strictSpk.right, strictSpk.judged)}, where a pronoun Source counts only when it is resolved to its antecedent (the nearest earlier gold Source that is a name): pronouns ${pct(strictSpk.pronounsRight, strictSpk.pronouns)} (${strictSpk.pronounsRight}/${strictSpk.pronouns})`,
  );
  console.log(`confidence      ${buckets.map((b) => `${b.name}: ${pct(b.right, b.n)} right (n=${b.n})`).join('   ')}`);
  console.log(`  strict          ${strictBuckets.map((b) => `${b.name}: ${pct(b.right, b.n)} right (n=${b.n})`).join('   ')}`);
  console.log(`by kind         ${[...byKind].map(([k, v]) => `${k} ${v.tp}/${v.n} matched`).join('   ')}`);
  console.log('recall by cue (most frequent 25; * = speech):');
  for (const [l, v] of lemmas.slice(0, 25))
    console.log(
      `  ${(SPEECH.has(l) ? '* ' : '  ') + l.padEnd(16)} ${String(v.found).padStart(5)}/${String(v.n).padEnd(5)} ${pct(v.found, v.n).padStart(5)}`,
    );
  if (o.errors) {
    mkdirSync(dirname(o.errors), { recursive: true });
    writeFileSync(o.errors, errors.map((e) => JSON.stringify({ split: o.split, ...e })).join('\n') + '\n');
    console.log(`errors: ${errors.length} written to ${o.errors} (corpus text: keep it out of git)`);
  }
  if (o.matches) {
    mkdirSync(dirname(o.matches), { recursive: true });
    writeFileSync(o.matches, matched.map((m) => JSON.stringify({ split: o.split, ...m })).join('\n') + '\n');
  }
  if (o.json) writeFileSync(o.json, JSON.stringify(result, null, 2) + '\n');
}

await main();
