/**
 * analyze(article, index): the one entry point the content script, the CLI and the tests call.
 * Tokenise once; match known names; discover unknown people; find quotations; find constructions of saying;
 * then walk the article sentence by sentence, resolving speakers in text order (so that "he" and "the
 * spokesman" mean the speaker met so far), attributing quotations and extracting reported speech.
 */
import type { Analysis, Article, CompiledIndex, EntityHit, Quote, QuoteKind, Speaker, Span } from './types';
import { tokenize, type Token, withoutInvisible } from './tokenize';
import { headingParagraphs, KIND_NAME, KIND_ROLE, KIND_SURNAME, matchTokens, type Mention } from './matcher';
import { findMarkedQuotes, type MarkedQuote } from './quotes';
import { splitSentences } from './sentences';
import { type Gender, PeopleRegistry, type NameContext } from './names';
import { type Construction, type Doc, type Subject, findConstructions, nameBeforeColon, subjectSpan } from './attribution';
import { BARE_CLAUSE_VERBS, DETERMINERS, PRONOUNS, REPORTING_VERBS, SPEAKER_NOUNS, SUBJECT_VERB_FILLERS, TIME_WORDS, TITLES, CONTINUING_VERBS } from './lexicon';

interface Ref {
  key: string | null;
  desc: { text: string; definite: boolean; head: string; group: boolean; gender: Gender } | null;
  bound: Ref | null;
  para: number;
}

interface Resolved {
  ref: Ref;
  via: 'name' | 'pronoun' | 'desc' | 'role';
  mention: Span | null;
}

/** Generic heads a definite description may use for the speaker already in view ("the senior official"). */
const GENERIC_HEADS = new Set(['official', 'aide', 'diplomat', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'minister', 'leader', 'lawmaker', 'executive', 'president', 'chief', 'director', 'adviser', 'advisor', 'officer', 'senator', 'governor', 'mayor', 'coach', 'manager', 'secretary', 'chairman', 'chairwoman', 'ambassador', 'prosecutor', 'commissioner', 'premier', 'chancellor', 'man', 'woman']);

const CLAUSE_BAD_START = new Set(
  `in on at by with from to of for into during after before about as than because if while when where since until
   through via and or but so yet nor whether what how why who which asked according adding saying
   would will could should can may might must was were is are has have had be been did does do`.split(/\s+/),
);

const TIME_PREPS = new Set(['on', 'last', 'this', 'late', 'early', 'earlier', 'later', 'next', 'in', 'at', 'during']);
const OBJECTS = new Set(['reporters', 'journalists', 'lawmakers', 'parliament', 'congress', 'supporters', 'me', 'us', 'him', 'her', 'them', 'you', 'viewers', 'listeners', 'readers', 'delegates', 'students', 'members', 'residents', 'police', 'officials', 'investigators', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'local']);

/** Characters outside ASCII and General Punctuation (where no letter or digit is): only these need the Unicode classes. */
// eslint-disable-next-line no-control-regex
const NOT_ASCII_OR_PUNCT = /[^\x00-\x7f\u2000-\u206f]/;

function wordCount(s: string): number {
  const m = NOT_ASCII_OR_PUNCT.test(s) ? s.match(/[\p{L}\p{N}]+/gu) : s.match(/[A-Za-z0-9]+/g);
  return m ? m.length : 0;
}

const QUOTE_MARK = /^[“”"«»]$/;
/** Words that each start with a capital letter or a digit (a name or a title), and nothing else. */
const TITLE_CASE = /^[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*){0,2}$/u;

/** Two to six words that each start with a capital letter or a digit: a title in quotation marks. */
const TITLE_WORDS = /^[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*){1,5}[.,!?]?$/u;

/** How a title is compared: lower case, without a leading "the" and final punctuation. */
function titleKey(s: string): string {
  return s.trim().toLowerCase().replace(/[.,!?]$/, '').replace(/^the\s+/, '');
}

/** A name or title in quotation marks: three words or fewer, each capitalised, in one paragraph. */
function isTitleQuote(q: MarkedQuote): boolean {
  return q.segments.length === 1 && wordCount(q.text) <= 3 && TITLE_CASE.test(q.text.trim());
}

export function analyze(article: Article, index: CompiledIndex): Analysis {
  const text = article.text;
  const tokens = tokenize(text, article.paragraphs);
  const headings = headingParagraphs(article);
  const known = matchTokens(text, tokens, index, { headingParas: headings });

  // quotations and which tokens they cover
  const marked = findMarkedQuotes(article);
  const top = marked.filter((q) => q.depth === 0);
  const ranges: Array<[number, number]> = [];
  for (const q of top) {
    for (const s of q.segments) ranges.push([s.start - 1, s.end + 1]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const inQuote = (off: number): boolean => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = ranges[mid]!;
      if (off < r[0]) hi = mid - 1;
      else if (off >= r[1]) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const quoted = new Uint8Array(tokens.length);
  if (ranges.length > 0) for (let i = 0; i < tokens.length; i++) if (inQuote(tokens[i]!.start)) quoted[i] = 1;
  // a name or title in quotation marks (three words or fewer, each capitalised: the "Blue House" compound)
  // is no quotation: it may sit inside reported speech, and it is not reported as a partial quote there
  const scare = new Uint8Array(tokens.length);
  const shortRanges = top.filter(isTitleQuote).map((q) => [q.segments[0]!.start - 1, q.segments[0]!.end + 1] as const);
  if (shortRanges.length > 0) {
    let r = 0;
    for (let i = 0; i < tokens.length && r < shortRanges.length; i++) {
      const at = tokens[i]!.start;
      while (r < shortRanges.length && at >= shortRanges[r]![1]) r++;
      if (r < shortRanges.length && at >= shortRanges[r]![0]) scare[i] = 1;
    }
  }
  const sents = splitSentences(tokens, inQuote);

  // names the dataset does not know
  const covered = new Uint8Array(tokens.length);
  for (const m of known) if (m.kind !== KIND_ROLE) for (let i = m.first; i <= m.last; i++) covered[i] = 1;
  const lowerSeen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.word && t.cap === 0) lowerSeen.add(t.lower);
  }
  // titles in quotation marks ("The Great Big Lie"): the same words later before "say" are no speaker
  const titles = new Set(top.filter((q) => q.segments.length === 1 && TITLE_WORDS.test(q.text.trim())).map((q) => titleKey(q.text)));
  const nameCtx: NameContext = { tokens, text, covered, initial: sents.initial, lowerSeen, quoted, titles };
  const people = new PeopleRegistry(nameCtx);
  people.discover();

  const knownEndAt = new Map<number, Mention>();
  const knownStartAt = new Map<number, Mention>();
  for (const m of known) {
    const e = knownEndAt.get(m.last);
    if (!e || m.kind === KIND_ROLE || m.first < e.first) knownEndAt.set(m.last, m);
    const s = knownStartAt.get(m.first);
    if (!s || m.last > s.last) knownStartAt.set(m.first, m);
  }
  const doc: Doc = { text, tokens, sents, quoted, scare, titles, known, knownEndAt, knownStartAt, people, nameCtx, index, headings };
  const constructions = findConstructions(doc);

  const ctx = new Resolver(doc, constructions);
  const quotes = ctx.run(top);
  return { entities: entityHits(doc), quotes };
}

/** Known entities and unknown people, each with its mentions, in order of first mention. */
function entityHits(doc: Doc): EntityHit[] {
  const hits: Array<{ first: number; hit: EntityHit }> = [];
  const byEntity = new Map<number, EntityHit>();
  for (const m of doc.known) {
    let hit = byEntity.get(m.entity);
    if (!hit) {
      const e = doc.index.entities[m.entity]!;
      hit = { id: e.id, name: e.name, type: e.type, mentions: [] };
      byEntity.set(m.entity, hit);
      hits.push({ first: m.start, hit });
    }
    hit.mentions.push({ start: m.start, end: m.end, text: m.text });
  }
  for (const p of doc.people.people) {
    if (p.type !== 'person' || p.mentions.length === 0) continue;
    const mentions = p.mentions
      .map((x) => {
        const s = doc.tokens[x.first]!.start;
        const e = doc.tokens[x.last]!.end;
        return { start: s, end: e, text: doc.text.slice(s, e) };
      })
      .sort((a, b) => a.start - b.start);
    hits.push({ first: mentions[0]!.start, hit: { id: null, name: p.name, type: 'person', mentions } });
  }
  hits.sort((a, b) => a.first - b.first);
  return hits.map((h) => h.hit);
}

class Resolver {
  private readonly refs = new Map<string, Ref>();
  private readonly history: Array<{ ref: Ref; para: number }> = [];
  private readonly resolved = new Map<Construction, Resolved | null>();
  private readonly learnedGender = new Map<string, Gender>();
  private readonly textHeads = new Map<string, Set<string>>();
  /** person mentions in text order: [first token, key] */
  private readonly personMentions: Array<{ first: number; key: string }> = [];
  private readonly bySentence = new Map<number, Construction[]>();
  private readonly tokStarts: number[];
  /** first token index of each paragraph */
  private readonly paraFirst: number[] = [];

  constructor(private readonly doc: Doc, private readonly constructions: Construction[]) {
    const { tokens, index, people } = doc;
    this.tokStarts = tokens.map((t) => t.start);
    tokens.forEach((t, i) => {
      if (this.paraFirst[t.para] === undefined) this.paraFirst[t.para] = i;
    });
    for (const c of constructions) {
      const list = this.bySentence.get(c.sent);
      if (list) list.push(c);
      else this.bySentence.set(c.sent, [c]);
    }
    for (const m of doc.known) {
      if (index.entities[m.entity]!.type !== 'person' || m.kind === KIND_ROLE) continue;
      this.personMentions.push({ first: m.first, key: 'e' + m.entity });
      this.collectHeads('e' + m.entity, m.first);
    }
    people.people.forEach((p, i) => {
      if (p.type !== 'person') return;
      for (const m of p.mentions) {
        this.personMentions.push({ first: m.first, key: 'u' + i });
        this.collectHeads('u' + i, m.first);
      }
    });
    this.personMentions.sort((a, b) => a.first - b.first);
    // "Lonechild said she ...": the pronoun that opens the reported clause is the speaker's
    for (const c of constructions) {
      if (c.subject?.kind !== 'key' || c.inverted) continue;
      let k = c.verbLast + 1;
      if (tokens[k]?.lower === 'that') k++;
      const g = PRONOUNS.get(tokens[k]?.lower ?? '');
      if ((g === 'male' || g === 'female') && !this.learnedGender.has(c.subject.key!)) this.learnedGender.set(c.subject.key!, g);
    }
  }

  private collectHeads(key: string, first: number): void {
    const set = this.textHeads.get(key) ?? new Set<string>();
    for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
      const t = this.doc.tokens[k]!;
      if (!t.word) break;
      if (SPEAKER_NOUNS.has(t.lower) || TITLES.has(t.lower)) set.add(t.lower);
      else if (t.cap === 0) break;
    }
    this.textHeads.set(key, set);
  }

  private heads(key: string): Set<string> {
    const out = new Set(this.textHeads.get(key) ?? []);
    if (key.startsWith('e')) for (const h of this.doc.index.entities[Number(key.slice(1))]!.roleHeads) out.add(h);
    else for (const h of this.doc.people.people[Number(key.slice(1))]!.heads) out.add(h);
    return out;
  }

  private refFor(key: string, para: number): Ref {
    let r = this.refs.get(key);
    if (!r) {
      r = { key, desc: null, bound: null, para };
      this.refs.set(key, r);
    }
    return r;
  }

  private final(r: Ref): Ref {
    let x = r;
    while (x.bound) x = x.bound;
    return x;
  }

  private gender(r: Ref): Gender {
    if (r.desc) return r.desc.gender;
    const key = r.key!;
    const learned = this.learnedGender.get(key);
    if (learned) return learned;
    if (key.startsWith('e')) return this.doc.index.entities[Number(key.slice(1))]!.gender;
    return this.doc.people.people[Number(key.slice(1))]!.gender;
  }

  private isGroup(r: Ref): boolean {
    if (r.desc) return r.desc.group;
    const key = r.key!;
    if (key.startsWith('e')) return this.doc.index.entities[Number(key.slice(1))]!.type !== 'person';
    return this.doc.people.people[Number(key.slice(1))]!.type !== 'person';
  }

  private push(ref: Ref, para: number): void {
    this.history.push({ ref, para });
  }

  /** Resolve a construction's subject to a speaker (memoised; uses the history as it stands). */
  private resolve(c: Construction, sentenceSpeaker: Resolved | null): Resolved | null {
    if (this.resolved.has(c)) return this.resolved.get(c)!;
    let out: Resolved | null = null;
    if (c.continuing) out = sentenceSpeaker ?? (c.subject ? this.resolveSubject(c.subject, c.para, c.sent) : this.lastSpeaker(c.para, 0));
    else if (c.subject) out = this.resolveSubject(c.subject, c.para, c.sent);
    this.resolved.set(c, out);
    if (out) this.push(out.ref, c.para);
    return out;
  }

  private lastSpeaker(para: number, maxBack: number): Resolved | null {
    const h = this.history[this.history.length - 1];
    if (!h || para - h.para > maxBack) return null;
    return { ref: h.ref, via: 'name', mention: null };
  }

  /**
   * The person in focus for a pronoun: the subject of the previous sentence of the same paragraph, when that
   * sentence quotes no one ("Liverpool captain Jordan Henderson disagreed. “…,” he said.").
   */
  private focus(sent: number, para: number): Ref | null {
    const { tokens, sents } = this.doc;
    if (sent <= 0) return null;
    // a speaker already met in this paragraph stays in focus
    const last = this.history[this.history.length - 1];
    if (last && last.para === para) return null;
    const start = sents.starts[sent - 1]!;
    const end = sents.starts[sent]! - 1;
    // the previous sentence of this paragraph, or the last of the paragraph before when this one opens it
    if (tokens[start]!.para !== para && tokens[start]!.para !== para - 1) return null;
    for (let k = start; k <= end; k++) if (this.doc.quoted[k]) return null;
    let i = start;
    while (i <= end && !tokens[i]!.word) i++;
    // skip a title run before the name: "Liverpool captain Jordan Henderson"
    for (let k = i; k <= Math.min(end, i + 4); k++) {
      const m = this.doc.knownStartAt.get(k);
      const key = m && m.kind !== KIND_ROLE && this.doc.index.entities[m.entity]!.type === 'person' ? 'e' + m.entity : this.doc.people.startAt.has(k) ? 'u' + this.doc.people.startAt.get(k)! : null;
      if (key) {
        const r = this.refFor(key, para);
        return this.isGroup(r) ? null : r;
      }
      const t = tokens[k]!;
      if (!t.word || (t.cap === 0 && !SPEAKER_NOUNS.has(t.lower) && !TITLES.has(t.lower))) break;
    }
    return null;
  }

  private resolveSubject(s: Subject, para: number, sent = -1): Resolved | null {
    const span = subjectSpan(this.doc, s);
    if (s.kind === 'key') {
      const m = this.doc.knownEndAt.get(s.last);
      const via = m && m.kind === KIND_ROLE ? 'role' : 'name';
      return { ref: this.refFor(s.key!, para), via, mention: span };
    }
    if (s.kind === 'pronoun') {
      const want = s.pronoun!;
      const f = want === 'male' || want === 'female' ? this.focus(sent, para) : null;
      if (f && (this.gender(f) ?? want) === want) return { ref: f, via: 'pronoun', mention: span };
      for (let i = this.history.length - 1; i >= 0 && i >= this.history.length - 40; i--) {
        const r = this.final(this.history[i]!.ref);
        if (want === 'male' || want === 'female') {
          if (this.isGroup(r) || (r.desc && !SPEAKER_NOUNS.has(r.desc.head))) continue;
          const g = this.gender(r);
          if (g && g !== want) continue;
          return { ref: r, via: 'pronoun', mention: span };
        }
        if (this.isGroup(r)) return { ref: r, via: 'pronoun', mention: span };
      }
      // no speaker yet: the nearest person mentioned before who fits
      if (want === 'male' || want === 'female') {
        for (let i = this.personMentions.length - 1; i >= 0; i--) {
          const pm = this.personMentions[i]!;
          if (pm.first >= s.first) continue;
          const r = this.refFor(pm.key, para);
          const g = this.gender(r);
          if (g && g !== want) continue;
          return { ref: r, via: 'pronoun', mention: span };
        }
      }
      return null;
    }
    const d = s.desc!;
    // "the prime minister's spokesman" is somebody's spokesman, not the person last quoted
    const possessive = /['’]s\b/.test(d.text);
    if (d.definite && possessive) {
      for (let i = this.history.length - 1; i >= 0; i--) {
        const r = this.history[i]!.ref;
        if (r.desc && r.desc.text.toLowerCase() === d.text.toLowerCase()) return { ref: r, via: 'desc', mention: span };
      }
    } else if (d.definite) {
      for (let i = this.history.length - 1; i >= 0; i--) {
        const r = this.history[i]!.ref;
        if (r.desc && r.desc.head === d.head) return { ref: r, via: 'desc', mention: span };
      }
      for (let i = this.history.length - 1; i >= 0; i--) {
        const r = this.final(this.history[i]!.ref);
        if (r.key && this.heads(r.key).has(d.head)) return { ref: r, via: 'desc', mention: span };
      }
      for (let i = this.personMentions.length - 1; i >= 0; i--) {
        const pm = this.personMentions[i]!;
        if (pm.first < s.first && this.heads(pm.key).has(d.head)) return { ref: this.refFor(pm.key, para), via: 'desc', mention: span };
      }
      if (GENERIC_HEADS.has(d.head)) {
        for (let i = this.history.length - 1; i >= 0; i--) {
          const r = this.final(this.history[i]!.ref);
          if (!this.isGroup(r) && r.key) return { ref: r, via: 'desc', mention: span };
        }
      }
    }
    const text = /^(A|An|The|One)\s/.test(d.text) ? d.text.charAt(0).toLowerCase() + d.text.slice(1) : d.text;
    return { ref: { key: null, desc: { ...d, text }, bound: null, para }, via: 'desc', mention: span };
  }

  private tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokStarts.length - 1;
    let ans = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokStarts[mid]! <= offset) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }

  run(top: MarkedQuote[]): Quote[] {
    const { doc } = this;
    const { tokens, sents } = doc;
    const out: Array<Quote & { _ref: Ref | null; _via: string }> = [];
    const quotesBySent = new Map<number, MarkedQuote[]>();
    for (const q of top) {
      if (doc.headings.has(q.para)) continue;
      const s = sents.sent[this.tokenAt(q.open)]!;
      const list = quotesBySent.get(s);
      if (list) list.push(q);
      else quotesBySent.set(s, [q]);
    }
    const firstBody = doc.tokens.length ? [...Array(tokens[tokens.length - 1]!.para + 1).keys()].find((p) => !doc.headings.has(p)) ?? 0 : 0;
    const ledeDescs: Ref[] = [];
    const usedTrailing = new Set<Construction>();
    let lastPara = -1;
    let lastQuoteRefByPara = new Map<number, Ref>();

    for (let si = 0; si < sents.starts.length; si++) {
      const startTok = sents.starts[si]!;
      const para = tokens[startTok]!.para;
      if (para !== lastPara) {
        // after the paragraph following the lede: an unnamed lede speaker is the first person named next
        if (lastPara === firstBody + 1 && ledeDescs.length) this.bindLede(ledeDescs, out, firstBody + 1);
        lastPara = para;
      }
      const cons = this.bySentence.get(si) ?? [];
      let sentenceSpeaker: Resolved | null = null;
      const resolvedHere: Array<{ c: Construction; r: Resolved }> = [];
      for (const c of cons) {
        const r = this.resolve(c, sentenceSpeaker);
        if (r) {
          resolvedHere.push({ c, r });
          if (!c.continuing) sentenceSpeaker = r;
          if (para === firstBody && r.ref.desc && !r.ref.desc.definite && !r.ref.desc.group) ledeDescs.push(r.ref);
        }
      }
      // quotations opening in this sentence
      for (const q of quotesBySent.get(si) ?? []) {
        // a name in quotation marks inside a sentence of reported speech belongs to that speech
        if (isTitleQuote(q) && resolvedHere.some(({ c }) => {
          const span = this.indirectClause(c);
          return span !== null && span[0] <= q.start && q.end <= span[1];
        })) continue;
        const openTok = this.tokenAt(q.open);
        const closeTok = this.tokenAt(q.closed ? q.close : Math.max(q.end - 1, q.start));
        const closeSent = sents.sent[closeTok]!;
        const closeCons = closeSent === si ? resolvedHere : (this.bySentence.get(closeSent) ?? []).map((c) => ({ c, r: this.resolve(c, null) })).filter((x): x is { c: Construction; r: Resolved } => x.r !== null);
        let pick: { r: Resolved; conf: number } | null = null;
        // trailing, right after the closing mark
        for (const { c, r } of closeCons) {
          if (c.first <= closeTok) continue;
          let words = 0;
          for (let k = closeTok + 1; k < c.first; k++) if (tokens[k]!.word) words++;
          // “… affairs.” He noted that …: a new sentence of reported speech, not the quote's attribution
          const newSentence = /[.!?…]\s*$/.test(q.text) && !c.inverted && this.indirectClause(c) !== null;
          if (!newSentence && (words <= 3 || (c.subject && c.subject.first > closeTok && words <= 4))) {
            pick = { r, conf: 0.95 };
            usedTrailing.add(c);
          }
          break;
        }
        // leading, before the opening mark
        if (!pick) {
          let best: { c: Construction; r: Resolved } | null = null;
          for (const x of resolvedHere) if (x.c.last < openTok && (!best || x.c.last > best.c.last)) best = x;
          if (best) {
            let words = 0;
            for (let k = best.c.last + 1; k < openTok; k++) if (tokens[k]!.word) words++;
            pick = { r: best.r, conf: words <= 3 ? 0.92 : 0.82 };
          }
        }
        // "Name: “…”"
        if (!pick) {
          const named = nameBeforeColon(doc, openTok);
          const r = named ? this.resolveSubject(named, q.para, si) : null;
          if (r) {
            this.push(r.ref, q.para);
            pick = { r, conf: 0.85 };
          }
        }
        // later in the sentence
        if (!pick) {
          const later = closeCons.find((x) => x.c.first > closeTok);
          if (later) pick = { r: later.r, conf: 0.72 };
        }
        // a title in quotation marks ("The Great Big Lie", “Rez Infinite”) is no quotation unless a verb of saying is right beside it
        if (q.kind === 'partial' && (!pick || pick.conf < 0.9) && TITLE_WORDS.test(q.text.trim())) continue;
        let ref: Ref | null = pick ? pick.r.ref : null;
        let conf = pick ? pick.conf : 0;
        const mention: Span | null = pick ? pick.r.mention : null;
        let via = pick ? pick.r.via : 'none';
        if (!pick) {
          if (q.kind === 'partial' && wordCount(q.text) <= 3) continue; // scare quotes, titles
          let samePara: (typeof out)[number] | undefined;
          for (let k = out.length - 1; k >= 0 && out[k]!.paragraph === q.para; k--) {
            if (out[k]!.kind !== 'indirect' && out[k]!._ref) {
              samePara = out[k];
              break;
            }
          }
          const opensPara = this.opensParagraph(q);
          const prevParaRef = lastQuoteRefByPara.get(q.para - 1);
          if (samePara?._ref) {
            ref = samePara._ref;
            conf = 0.8;
          } else if (opensPara && prevParaRef) {
            ref = prevParaRef;
            conf = 0.75;
          } else if (opensPara && this.endsWithColon(q.para - 1) && this.history.length > 0) {
            // "In a statement, the ministry said:" then the quotation as its own paragraph
            ref = this.history[this.history.length - 1]!.ref;
            conf = 0.85;
          } else if (wordCount(q.text) >= 4) {
            // a short fragment far from any speaker is a title or a name ("“Dune” earned $80 million")
            const h = this.history[this.history.length - 1];
            if (h && q.para - h.para <= (opensPara ? 2 : 1)) {
              ref = h.ref;
              conf = opensPara ? 0.6 : 0.45;
            }
          }
          via = 'continuation';
        }
        // an unattributed fragment is a scare quote or a title, not a quotation
        if (!ref && (q.kind === 'partial' || wordCount(q.text) < 5 || !/[.,!?…:;—-]\s*$/.test(q.text))) continue;
        if (via === 'pronoun') conf *= 0.92;
        else if (via === 'desc') conf *= 0.9;
        if (ref) {
          this.push(ref, q.para);
          lastQuoteRefByPara.set(q.para, ref);
        }
        out.push({
          text: q.text,
          start: q.start,
          end: q.end,
          kind: q.kind,
          speaker: { name: '', entityId: null, mention },
          confidence: ref ? round(conf) : 0.1,
          paragraph: q.para,
          _ref: ref,
          _via: via,
        });
        if (q.segments.length > 1) lastQuoteRefByPara.set(q.segments[q.segments.length - 1]!.para, ref ?? lastQuoteRefByPara.get(q.para)!);
      }
      // reported speech
      for (const { c, r } of resolvedHere) {
        if (usedTrailing.has(c)) continue;
        const span = this.indirectClause(c);
        if (!span) continue;
        const base = r.via === 'name' || r.via === 'role' ? 0.78 : 0.7;
        out.push({
          text: doc.text.slice(span[0], span[1]),
          start: span[0],
          end: span[1],
          kind: 'indirect' as QuoteKind,
          speaker: { name: '', entityId: null, mention: r.mention },
          confidence: base,
          paragraph: para,
          _ref: r.ref,
          _via: r.via,
        });
      }
    }
    if (lastPara === firstBody + 1 && ledeDescs.length) this.bindLede(ledeDescs, out, firstBody + 1);
    lastQuoteRefByPara = new Map();

    out.sort((a, b) => a.start - b.start);
    // a scare quote inside reported speech is part of it, not a quotation of its own
    const reported = out.filter((q) => q.kind === 'indirect');
    if (reported.length > 0) {
      for (let k = out.length - 1; k >= 0; k--) {
        const q = out[k]!;
        if (q.kind === 'partial' && TITLE_CASE.test(q.text.trim()) && reported.some((r) => r.start <= q.start && q.end <= r.end)) out.splice(k, 1);
      }
    }
    return out.map(({ _ref, _via, ...q }) => ({ ...q, speaker: this.speakerOf(_ref, q.speaker.mention) }));
  }

  /** Is token j part of a quotation that reported speech cannot contain (a short one, a scare quote, it can)? */
  private quotedHere(j: number): boolean {
    const { quoted, scare, tokens } = this.doc;
    if (scare[j]) return false;
    return quoted[j] === 1 || QUOTE_MARK.test(tokens[j]!.raw);
  }

  /** Bind unnamed lede speakers ("A high-ranking Russian official says ...") to the first person named in the next paragraph. */
  private bindLede(descs: Ref[], out: Array<Quote & { _ref: Ref | null }>, para: number): void {
    const named = out.find((o) => o.paragraph === para && o._ref && this.final(o._ref).key && !this.isGroup(this.final(o._ref)));
    if (!named?._ref) return;
    const target = this.final(named._ref);
    for (const d of descs) if (!d.bound && d !== target) d.bound = target;
    descs.length = 0;
  }

  private opensParagraph(q: MarkedQuote): boolean {
    const i = this.paraFirst[q.para];
    const p = i === undefined ? undefined : this.doc.tokens[i];
    return p !== undefined && p.start >= q.open - 1 && p.start <= q.open;
  }

  /** Does paragraph p end with a colon ("In a statement, the company said:")? */
  private endsWithColon(p: number): boolean {
    const next = this.paraFirst[p + 1] ?? this.doc.tokens.length;
    const last = this.doc.tokens[next - 1];
    return last !== undefined && last.para === p && last.raw === ':';
  }

  private speakerOf(ref: Ref | null, mention: Span | null): Speaker {
    if (!ref) return { name: '', entityId: null, mention: null };
    const r = this.final(ref);
    if (r.desc) return { name: r.desc.text, entityId: null, mention };
    const key = r.key!;
    if (key.startsWith('e')) {
      const n = Number(key.slice(1));
      const e = this.doc.index.entities[n]!;
      return { name: this.fullestKnown(n) ?? e.name, entityId: e.id, mention };
    }
    return { name: this.doc.people.people[Number(key.slice(1))]!.name, entityId: null, mention };
  }

  private readonly fullest = new Map<number, string | null>();

  /** The fullest name the article gives a registry entity (its canonical name when the article gives no more). */
  private fullestKnown(n: number): string | null {
    let f = this.fullest.get(n);
    if (f === undefined) {
      f = this.fullestUncached(n);
      this.fullest.set(n, f);
    }
    return f;
  }

  private fullestUncached(n: number): string | null {
    let best: string | null = null;
    for (const m of this.doc.known) {
      if (m.entity !== n || (m.kind !== KIND_NAME && m.kind !== KIND_SURNAME)) continue;
      if (!best || wordCount(m.text) > wordCount(best)) best = withoutInvisible(m.text);
    }
    const canonical = this.doc.index.entities[n]!.name;
    if (!best || wordCount(best) <= 1) return canonical;
    return best;
  }

  /** The reported clause of a construction of saying, as [start, end) offsets, or null. */
  private indirectClause(c: Construction): [number, number] | null {
    const { doc } = this;
    const { tokens, quoted } = doc;
    if (doc.headings.has(c.para)) return null;
    if (c.continuing) return this.participleClause(c);
    const ss = doc.sents.starts[c.sent]!;
    const se = (doc.sents.starts[c.sent + 1] ?? tokens.length) - 1;
    if (c.verb === 'according') return this.accordingClause(c, ss, se);
    if (!REPORTING_VERBS.has(c.verb)) return null;
    // "the results suggest that": only people and institutions report speech, except with say/tell/write
    if (c.subject?.kind === 'desc' && !SPEAKER_NOUNS.has(c.subject.desc!.head) && !/^(say|says|said|tell|tells|told|wrote|writes|added|adds|stated|states)$/.test(c.verb)) return null;
    let from = -1;
    let to = se;
    if (!c.inverted) {
      const k = c.verbLast + 1;
      // "said in an interview with Interfax on Thursday that ...", "cautioned, however, that ..."
      let that = -1;
      for (let j = k; j <= Math.min(se, k + 14); j++) {
        const t = tokens[j]!;
        if (quoted[j] || (!t.word && /[.!?;:“"«]/.test(t.raw))) break;
        if (t.word && t.lower === 'that') {
          that = j;
          break;
        }
      }
      const firstAfter = tokens[k];
      const stretchOk = that >= 0 && (that === k || (firstAfter !== undefined && (firstAfter.raw === ',' || TIME_PREPS.has(firstAfter.lower) || TIME_WORDS.has(firstAfter.lower) || SUBJECT_VERB_FILLERS.has(firstAfter.lower) || /^(in|at|on|during|with|to|after|before|from|via|through|repeatedly|also|again)$/.test(firstAfter.lower) || (/^(told|tells|tell|warned|assured|reminded|informed)$/.test(c.verb)))));
      if (stretchOk) from = that + 1;
      else if (BARE_CLAUSE_VERBS.has(c.verb)) {
        let j = k;
        if (/^(told|tells|tell)$/.test(c.verb)) j = this.skipObject(j, se);
        // time: "said Thursday", "said on Thursday", "said last week"
        for (let guard = 0; guard < 3 && j <= se; guard++) {
          const t = tokens[j]!;
          if (t.word && TIME_WORDS.has(t.lower) && !TIME_PREPS.has(t.lower) && !/^(week|month|year|morning|afternoon|evening|night|weekend)$/.test(t.lower)) j++;
          else if (t.word && TIME_PREPS.has(t.lower) && tokens[j + 1]?.word && TIME_WORDS.has(tokens[j + 1]!.lower)) j += 2;
          else break;
        }
        from = j;
      }
      if (from < 0 || from > se) return this.trailingClause(c, ss, se);
      const f = tokens[from]!;
      if (!f.word || CLAUSE_BAD_START.has(f.lower) || quoted[from]) return this.trailingClause(c, ss, se);
      // the clause ends where another speaker's construction begins, at ", but", or at a participle
      for (const other of this.bySentence.get(c.sent) ?? []) {
        if (other.first > from && other.first - 1 < to) to = other.first - 1;
      }
      for (let j = from + 1; j < to; j++) {
        const t = tokens[j]!;
        if (t.raw === ';') {
          to = j - 1;
          break;
        }
        // ", told Reuters": the clause was a relative one ("the source, who said he had spoken to people, told Reuters")
        if (t.raw === ',' && tokens[j + 1] && (tokens[j + 1]!.lower === 'but' || CONTINUING_VERBS.has(tokens[j + 1]!.lower) || tokens[j + 1]!.lower === 'expressing' || tokens[j + 1]!.lower === 'while' || /^(told|said|says|tells)$/.test(tokens[j + 1]!.lower))) {
          to = j - 1;
          break;
        }
      }
    } else {
      // "…, said Jane Doe." with the clause before
      return this.trailingClause(c, ss, se);
    }
    while (to > from && (!tokens[to]!.word || /^(and|but|or)$/.test(tokens[to]!.lower))) to--;
    if (to < from) return null;
    for (let j = from; j <= to; j++) if (this.quotedHere(j)) return null;
    const start = tokens[from]!.start;
    const end = tokens[to]!.end;
    if (wordCount(doc.text.slice(start, end)) < 3) return this.trailingClause(c, ss, se);
    return [start, end];
  }

  /** "No one was injured, according to Fire Chief Robert Dunn." / "According to Park, 30,000 voters were affected." */
  private accordingClause(c: Construction, ss: number, se: number): [number, number] | null {
    const { tokens } = this.doc;
    let from: number;
    let to: number;
    if (c.first === ss || (c.first === ss + 1 && !tokens[ss]!.word)) {
      if (tokens[c.last + 1]?.raw !== ',') return null;
      from = c.last + 2;
      to = se;
    } else {
      return this.trailingClause(c, ss, se);
    }
    while (to > from && !tokens[to]!.word) to--;
    if (to <= from) return null;
    for (let j = from; j <= to; j++) if (this.quotedHere(j)) return null;
    const start = tokens[from]!.start;
    const end = tokens[to]!.end;
    return wordCount(this.doc.text.slice(start, end)) >= 4 ? [start, end] : null;
  }

  /** "…, saying Russia had launched more than 100 drones overnight." */
  private participleClause(c: Construction): [number, number] | null {
    const { tokens, quoted } = this.doc;
    if (!/^(saying|adding|noting|arguing|warning|insisting|claiming|stressing|explaining|acknowledging|admitting|cautioning|stating|declaring|announcing|suggesting|conceding|reiterating|emphasizing|emphasising|asserting|predicting|confirming|denying|complaining)$/.test(c.verb)) return null;
    const se = (this.doc.sents.starts[c.sent + 1] ?? tokens.length) - 1;
    let from = c.verbLast + 1;
    if (tokens[from]?.lower === 'that') from++;
    const f = tokens[from];
    if (!f || !f.word || from > se || CLAUSE_BAD_START.has(f.lower) || quoted[from]) return null;
    let to = se;
    for (let j = from + 1; j < to; j++) {
      const t = tokens[j]!;
      if (t.raw === ';' || (t.raw === ',' && tokens[j + 1] && (tokens[j + 1]!.lower === 'but' || CONTINUING_VERBS.has(tokens[j + 1]!.lower)))) {
        to = j - 1;
        break;
      }
    }
    for (const other of this.bySentence.get(c.sent) ?? []) if (other.first > from && other.first - 1 < to) to = other.first - 1;
    while (to > from && (!tokens[to]!.word || /^(and|but|or)$/.test(tokens[to]!.lower))) to--;
    for (let j = from; j <= to; j++) if (this.quotedHere(j)) return null;
    const start = tokens[from]!.start;
    const end = tokens[to]!.end;
    return wordCount(this.doc.text.slice(start, end)) >= 4 ? [start, end] : null;
  }

  /** "The project will cost $5 million, officials said." */
  private trailingClause(c: Construction, ss: number, se: number): [number, number] | null {
    const { tokens, quoted } = this.doc;
    const comma = tokens[c.first - 1];
    if (!comma || comma.raw !== ',' || c.first - 1 <= ss) return null;
    // after the verb only a short adverbial until the end
    let words = 0;
    for (let j = c.last + 1; j <= se; j++) {
      const t = tokens[j]!;
      if (quoted[j] || (t.word && t.lower === 'that')) return null;
      if (t.word) words++;
    }
    if (words > 8) return null;
    let to = c.first - 2;
    let from = ss;
    while (from < to && !tokens[from]!.word) from++;
    // a dateline: "LONDON —", "WASHINGTON (AP) —"
    for (let k = from; k < Math.min(to, from + 6); k++) {
      const t = tokens[k]!;
      if (t.word && t.cap !== 2) break;
      if (t.raw === '—' || t.raw === '–' || (t.raw === '-' && tokens[k + 1]?.start !== t.end)) {
        from = k + 1;
        break;
      }
    }
    while (to > from && !tokens[to]!.word) to--;
    for (let j = from; j <= to; j++) if (this.quotedHere(j)) return null;
    const f = tokens[from]!;
    if (/^(but|and|or|so|asked|when|if|while|as)$/.test(f.lower) || CLAUSE_BAD_START.has(f.lower)) return null;
    // "…, the ministry said:" introduces what follows
    if (tokens[c.last + 1]?.raw === ':') return null;
    const start = f.start;
    const end = tokens[to]!.end;
    if (wordCount(this.doc.text.slice(start, end)) < 4) return null;
    return [start, end];
  }

  /** Skip the object of "told": "told reporters", "told The Associated Press", "told CBC News". */
  private skipObject(j: number, se: number): number {
    const { tokens } = this.doc;
    const known = this.doc.knownStartAt.get(j);
    if (known) return known.last + 1;
    const t = tokens[j];
    if (!t || !t.word) return j;
    if (DETERMINERS.has(t.lower) || OBJECTS.has(t.lower)) {
      let k = j + 1;
      if (OBJECTS.has(t.lower) && !DETERMINERS.has(t.lower)) return k;
      while (k <= se && tokens[k]!.word && (tokens[k]!.cap > 0 || k === j + 1) && k - j < 5) k++;
      return k;
    }
    if (t.cap > 0) {
      let k = j;
      while (k <= se && tokens[k]!.word && tokens[k]!.cap > 0 && k - j < 5) k++;
      return k;
    }
    return j;
  }
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}

export type { Token };
