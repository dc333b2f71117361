/**
 * Interviews and transcripts set out paragraph by paragraph, without quotation marks, which the rest of the engine
 * does not see:
 * - questions and answers: a paragraph opened by "Q:" (or "Q.", "Question:", or a bold "Q" run into its first word,
 *   "QWhy should …") is the interviewer's; one opened by "A:" ("A.", "Answer:") or by the interviewee's name
 *   ("Okafor: …") is the interviewee's words. Only with two questions and two answers at least, so that a lone
 *   "A: …" or an initial ("A. Smith") is never read as one;
 * - a transcript: paragraphs opened by a speaker's name in capitals ("JAKE TAPPER: …", "FALLIN: …"), two at least,
 *   each the words of the person it names: a name the article gives (the surname in capitals is enough), or the
 *   label itself, written in ordinary case, when two labels give it ("WALLACE:" twice is "Wallace").
 * A paragraph without a label between two labelled ones continues the last answer or speech (not after the last one:
 * what closes an article is rarely still the interview). The interviewee of "A:" is the person the paragraphs
 * before the first question (the title and the introduction) name most often, the earliest on a tie, never the
 * byline's author; with no one named there, answers stay out. Questions after "Q:" are not reported: the interviewer
 * is rarely named.
 */
import type { Doc } from '../doc';
import { foldWord } from '../fold';
import { COMMON_WORDS, DAYS_MONTHS, LINK_LABELS, TITLES } from '../lexicon';
import type { Article, Quote, Speaker } from '../types';
import { firstTokenOf } from '../tokenize';

const QUESTION = /^(?:(?:Q|Question|QUESTION)\s*[:.]\s+|Q(?=[A-Z“"‘']\p{Ll}))/u;
const ANSWER = /^(?:A|Answer|ANSWER)\s*[:.]\s+/;
/** a name as a label: one to three capitalised words and a colon ("Okafor: ", "LENA OKAFOR: ") */
const NAME_LABEL = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*:\s+/u;
/**
 * a transcript's label: a name in capitals ("TAPPER: ", "JAKE TAPPER: ", "SEN. TIM KAINE: "), a title of two words
 * before it too ("HEALTH MINISTER JULIE MOREAU: ")
 */
const CAPS_LABEL = /^((?:\p{Lu}{2,5}\.\s+)?\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’.-]*){0,4})\s*:\s+/u;

/** Confidence of an answer: its label names the speaker; "A:" and the person the introduction names; a continuation. */
export const INTERVIEW_CONFIDENCE = { named: 0.9, answer: 0.85, continued: 0.75 } as const;

interface Person {
  speaker: Omit<Speaker, 'mention'>;
  /** folded key of the name's last word (see surnameKey), to match a label */
  surname: string;
  /** mentions in all, mentions before the first question, and where the first was */
  total: number;
  intro: number;
  first: number;
  /** where each mention starts (its first token) */
  at: number[];
}

/** a question, or any paragraph that closes the speech before it; an answer or a speech, and whose */
type Line = { kind: 'question' } | { kind: 'answer'; who: Person | undefined; label: string; confidence: number } | null;

/** An opening quotation mark a transcript's paragraphs may each begin with ("\"WALLACE: …"), and a closing one at the end. */
const OPEN_MARK = /^["“«]\s*(?=\p{Lu}|[([])/u;
const CLOSE_MARK = /\s*["”»]$/u;
/** Words in one pair of quotation marks, with no mark between them: the marks and the spaces inside them. */
const WHOLE_QUOTE = /^(["“«]\s*)(?=\S)[^"“”«»]*?(\s*["”»])$/u;

/**
 * The answers of an interview and the speeches of a transcript, as direct quotations (none in other articles), with the
 * questions of an asker the introduction names ("… between commission counsel Imogen Forsythe and Mancini: / Q: …"), and
 * the quotations found before that they replace: those that begin at or before an answer's words and run into them
 * (a transcript quoted paragraph by paragraph, "\"WALLACE: … / \"PENCE: …", read as one long quotation).
 */
export function interviewQuotes(article: Article, doc: Doc, quotes: ReadonlyArray<Quote>): { add: Quote[]; drop: Set<Quote> } {
  // (each paragraph cut from the text and trimmed once, its opening mark's pattern run only where '"', '“' or '«' opens it)
  const marks: number[] = [];
  const paras: string[] = [];
  for (const p of article.paragraphs) {
    const s = article.text.slice(p.start, p.end).trimStart();
    const c = s.charCodeAt(0);
    const mark = c === 34 || c === 0x201c || c === 0xab ? (OPEN_MARK.exec(s)?.[0].length ?? 0) : 0;
    marks.push(mark);
    paras.push(mark > 0 ? s.slice(mark) : s);
  }
  let questions = paras.map((s) => QUESTION.test(s));
  let qa = questions.filter(Boolean).length >= 2;
  // an interview whose answers are labelled with the interviewee's name in ordinary case and whose questions with
  // another label, the outlet's or the interviewer's ("CP: …" / "Abernethy: …"): the other label asks
  if (!qa) {
    const asks = askingLabels(doc, paras);
    if (asks) {
      questions = asks;
      qa = true;
    }
  }
  // a transcript whose labels are names in ordinary case, two people of the article taking turns ("Marisa Delgado: …" /
  // "Oren Castellanos: …"): each labelled paragraph is its person's
  const named = !qa && namedTurns(doc, paras);
  // (most articles have neither two questions nor two labels in capitals: nothing more to read but a list of what each
  // official said)
  if (!qa && !named && paras.filter((s) => CAPS_LABEL.test(s)).length < 2) return listedRemarks(article, doc, paras, marks, quotes);
  const firstQuestion = qa ? questions.indexOf(true) : paras.length;
  const people = peopleOf(doc, firstQuestion);
  // (the byline's author, by the folded keys of the name's words: "By Tom Reyes")
  const byline = new Set(
    (article.byline ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(foldWord),
  );
  const byAuthor = (p: Person): boolean => p.speaker.name.split(/\s+/).every((w) => byline.has(foldWord(w)));
  const interviewee = people.filter((p) => p.intro > 0 && !byAuthor(p)).sort((a, b) => b.intro - a.intro || a.first - b.first)[0];
  const questioner = qa && interviewee ? askerOf(doc, people, interviewee, firstQuestion - 1) : undefined;

  // a name only a label gives counts when two labels give it ("KATE BOULDUAN:", then "BOULDUAN:"; not a dateline,
  // "NEW DELHI:")
  const labels = new Map<string, number>();
  for (const s of paras) {
    const m = CAPS_LABEL.exec(s);
    if (m) labels.set(surnameKey(m[1]!), (labels.get(surnameKey(m[1]!)) ?? 0) + 1);
  }
  const invented = new Map<string, Person>();
  const lines: Line[] = paras.map((s, i) => {
    if (doc.headings.has(i) || i === 0) return null;
    // a stage direction closes the speech before it: "(BEGIN VIDEO CLIP.)", "[CROSSTALK]"
    if (/^[([].*[)\]][.]?$/u.test(s.trimEnd())) return { kind: 'question' };
    if (qa && questions[i]) return { kind: 'question' };
    const a = qa && i > firstQuestion ? ANSWER.exec(s) : null;
    if (a) return { kind: 'answer', who: interviewee, label: a[0], confidence: INTERVIEW_CONFIDENCE.answer };
    const caps = CAPS_LABEL.exec(s);
    const m = caps ?? ((qa && i > firstQuestion) || named ? NAME_LABEL.exec(s) : null);
    if (!m) return null;
    let who = byLabel(people, m[1]!);
    // (a person the article names only in its labels is written as the fullest label gives them: "PREMIER NORA OKORO:",
    // then "OKORO:" -> "Nora Okoro")
    if (who && caps && !/\p{Ll}/u.test(who.speaker.name)) {
      const full = fromLabel(m[1]!);
      if (full?.speaker.name.includes(' ') && !invented.has(full.surname)) invented.set(full.surname, full);
      who = invented.get(who.surname) ?? who;
    }
    who ??= invented.get(surnameKey(m[1]!));
    if (!who && caps && (labels.get(surnameKey(m[1]!)) ?? 0) >= 2) {
      who = fromLabel(m[1]!);
      if (who) invented.set(who.surname, who);
    }
    // (a label of no one known closes the speech before it)
    return who ? { kind: 'answer', who, label: m[0], confidence: INTERVIEW_CONFIDENCE.named } : caps ? { kind: 'question' } : null;
  });
  const answers = lines.filter((l) => l?.kind === 'answer').length;
  if (answers < 2) return { add: [], drop: new Set<Quote>() };
  const lastLabelled = lines.reduce((last, l, i) => (l?.kind === 'answer' ? i : last), -1);

  const out: Quote[] = [];
  const drop = new Set<Quote>();
  // a paragraph's words from `start` to `end` as a quotation of the speaker, in place of those found before that run into them
  const emit = (i: number, from: number, to: number, speaker: Speaker, confidence: number): void => {
    // (words wholly in quotation marks, "A: “We have no choice.”", are the quotation inside them, found before: it is
    // replaced, not given twice, once with its marks)
    const whole = WHOLE_QUOTE.exec(article.text.slice(from, to));
    const start = whole ? from + whole[1]!.length : from;
    const end = whole ? to - whole[2]!.length : to;
    for (const x of quotes) if (x.start <= start && x.end > start) drop.add(x);
    out.push({ text: article.text.slice(start, end), start, end, kind: 'direct', speaker, confidence, paragraph: i });
  };
  let current: Person | undefined;
  paras.forEach((s, i) => {
    const line = lines[i];
    if (line?.kind === 'question' || doc.headings.has(i)) {
      current = undefined;
      // (a question is the asker's the introduction names: "The following exchange took place between commission counsel
      // Imogen Forsythe and Mancini: / Q: Did you consider refusing to sail?")
      const q = questioner && questions[i] ? QUESTION.exec(s) : null;
      if (q && questioner) {
        const range = article.paragraphs[i]!;
        const start = range.end - s.length + q[0].length;
        const end = range.end - (s.length - s.trimEnd().length);
        const label = q[0].trim().replace(/[:.]$/, '');
        const mention = { start: start - q[0].length, end: start - q[0].length + label.length, text: label };
        if (end > start) emit(i, start, end, { ...questioner.speaker, mention }, INTERVIEW_CONFIDENCE.answer);
      }
      return;
    }
    const range = article.paragraphs[i]!;
    const lead = range.end - range.start - s.length;
    let label = 0;
    let confidence: number = INTERVIEW_CONFIDENCE.continued;
    let mention: Speaker['mention'] = null;
    if (line) {
      current = line.who;
      label = line.label.length;
      confidence = line.confidence;
      const name = line.label.replace(/\s*[:.]\s*$/, '');
      const at = range.start + lead;
      mention = { start: at, end: at + name.length, text: name };
    } else if (i > lastLabelled || !/\p{L}/u.test(s)) return;
    if (!current) return;
    // (a paragraph that opens with the speaker's surname is the writer's, not the speaker's: "Kowalczyk-Reyes's business
    // partner, Maren Holt, joined the conversation" between two answers closes the speech)
    if (!line && (opensWith(doc, i, current.surname) || reportsOther(doc, quotes, i, range, current.surname))) {
      current = undefined;
      return;
    }
    const start = range.start + lead + label;
    const body = s.trimEnd();
    const end = range.start + lead + (marks[i] ? body.replace(CLOSE_MARK, '') : body).length;
    if (end > start) emit(i, start, end, { ...current.speaker, mention }, confidence);
  });
  return { add: out, drop };
}

/**
 * The one who asks an interview's questions, when the paragraph `para` just before the first question names them as
 * the asker of the person answering: "… between commission counsel Imogen Forsythe and Mancini:", "… questioned by
 * counsel Ana Vik:" (a person other than the interviewee, right after "between" or "by", past a role or two in lower
 * case); undefined otherwise.
 */
function askerOf(doc: Doc, people: ReadonlyArray<Person>, interviewee: Person, para: number): Person | undefined {
  const { tokens } = doc;
  for (const p of people) {
    if (p === interviewee) continue;
    for (const k of p.at) {
      if (tokens[k]!.para !== para) continue;
      let j = k - 1;
      while (j > 0 && k - j <= 3 && tokens[j]!.word && tokens[j]!.cap === 0 && !/^(between|by)$/.test(tokens[j]!.lower)) j--;
      if (/^(between|by)$/.test(tokens[j]?.lower ?? '') && tokens[j]!.cap === 0) return p;
    }
  }
  return undefined;
}

/** an item of a list of what officials said: a bullet, if any, and a name with its title ("- Police Supt. Dale Hruska: ") */
const LISTED_LABEL = /^((?:[-•*–]\s+)?)(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})\s*:\s+(?!["“«‘'])/u;

/** Confidence of an item of such a list: its label names the speaker, the words are the writer's summary. */
const LISTED_CONFIDENCE = 0.85;

/**
 * The items of a list of what officials said, outside an interview or a transcript: two paragraphs in a row at least,
 * each opened by a label (after a bullet, if any) that names a person the article names elsewhere too, then three words
 * or more not in quotation marks ("What officials said: / - Benitez: Seven people were taken to hospital. / - Schaefer:
 * The city will pay for a ferry."), each its person's words as the writer sums them up (indirect).
 */
function listedRemarks(
  article: Article,
  doc: Doc,
  paras: ReadonlyArray<string>,
  marks: ReadonlyArray<number>,
  quotes: ReadonlyArray<Quote>,
): { add: Quote[]; drop: Set<Quote> } {
  const drop = new Set<Quote>();
  const labelled = paras.map((s, i) => {
    if (i === 0 || marks[i] || doc.headings.has(i)) return null;
    // (a label's colon stands within its five words: most paragraphs have none there, and are passed over at once)
    const colon = s.indexOf(':');
    if (colon < 0 || colon > 90) return null;
    const m = LISTED_LABEL.exec(s);
    return m && (s.slice(m[0].length).match(/\p{L}+/gu) ?? []).length >= 3 ? m : null;
  });
  if (!labelled.some((m, i) => m && labelled[i + 1])) return { add: [], drop };
  const people = peopleOf(doc, paras.length);
  const who = labelled.map((m) => {
    const p = m ? byLabel(people, m[2]!) : undefined;
    // (named outside its label too: the label's own mention is one)
    return p && p.total >= 2 ? p : undefined;
  });
  const add: Quote[] = [];
  paras.forEach((s, i) => {
    const m = labelled[i];
    const p = who[i];
    if (!m || !p || !(who[i - 1] || who[i + 1])) return;
    const range = article.paragraphs[i]!;
    const lead = range.end - range.start - s.length;
    const at = range.start + lead + m[1]!.length;
    const start = range.start + lead + m[0].length;
    // (the writer's own sentence, its full stop outside, as after "said")
    const end = range.start + lead + s.trimEnd().replace(/[.;]$/, '').length;
    for (const q of quotes) if (q.start <= start && q.end > start) drop.add(q);
    add.push({
      text: article.text.slice(start, end),
      start,
      end,
      kind: 'indirect',
      speaker: { ...p.speaker, mention: { start: at, end: at + m[2]!.length, text: m[2]! } },
      confidence: LISTED_CONFIDENCE,
      paragraph: i,
    });
  });
  return { add, drop };
}

/**
 * The paragraphs of an interview set out as "CP: …" / "Abernethy: …" that ask: two paragraphs at least open with a
 * label naming a person of the article in ordinary case (not a transcript's capitals), and two at least with one other
 * label that names no one of the article (the outlet, "CP:", or an interviewer it does not name); null otherwise.
 */
function askingLabels(doc: Doc, paras: ReadonlyArray<string>): boolean[] | null {
  const labelled = paras.map((s, i) => (i > 0 && !doc.headings.has(i) ? (NAME_LABEL.exec(s)?.[1] ?? null) : null));
  if (labelled.filter(Boolean).length < 4) return null;
  const people = peopleOf(doc, paras.length);
  const answers = labelled.filter((l) => l && !/^\p{Lu}[\p{Lu}'’.-]+$/u.test(l) && byLabel(people, l)).length;
  const others = new Map<string, number>();
  for (const l of labelled) if (l && !byLabel(people, l)) others.set(l, (others.get(l) ?? 0) + 1);
  const asker = [...others].sort((a, b) => b[1] - a[1])[0];
  if (answers < 2 || !asker || asker[1] < 2) return null;
  return labelled.map((l) => l === asker[0]);
}

/**
 * Whether paragraphs open with labels in ordinary case that name two people of the article or more, each twice at
 * least, four such paragraphs in all, each of three words or more and none a quotation in marks after its label
 * ("Ada Berg: “…”" is read as a quotation elsewhere).
 */
function namedTurns(doc: Doc, paras: ReadonlyArray<string>): boolean {
  const labels: string[] = [];
  for (let i = 1; i < paras.length; i++) {
    const m = doc.headings.has(i) ? null : NAME_LABEL.exec(paras[i]!);
    const rest = m ? paras[i]!.slice(m[0].length) : '';
    // (words said, three at least: not a tally, "Clinton: 547.")
    if (!m || /^\p{Lu}[\p{Lu}'’.-]+$/u.test(m[1]!) || /^["“«]/u.test(rest) || (rest.match(/\p{L}+/gu) ?? []).length < 3) continue;
    labels.push(m[1]!);
  }
  // (most articles have no four such paragraphs: their people are not counted)
  if (labels.length < 4) return false;
  const people = peopleOf(doc, paras.length);
  const turns = new Map<Person, number>();
  let all = 0;
  for (const label of labels) {
    const who = byLabel(people, label);
    if (!who) continue;
    turns.set(who, (turns.get(who) ?? 0) + 1);
    all++;
  }
  return all >= 4 && [...turns.values()].filter((n) => n >= 2).length >= 2;
}

/** The folded key of a name's last word, as the tokens carry it ("FALLIN", "Mary Fallin" -> "falin"; "OYELARAN-BRANDT" -> "brandt"). */
function surnameKey(name: string): string {
  return foldWord(name.split(/[\s-]+/).pop()!);
}

/**
 * Whether paragraph `para` opens with the surname `surname` (a double one whole: "Oyelaran-Brandt"), as the writer's
 * third person does.
 */
function opensWith(doc: Doc, para: number, surname: string): boolean {
  const { tokens } = doc;
  let k = firstTokenOf(tokens, para);
  while (k < tokens.length && tokens[k]!.para === para && !tokens[k]!.word) k++;
  while (tokens[k + 1]?.raw === '-' && tokens[k + 2]?.word && tokens[k + 1]!.start === tokens[k]!.end) k += 2;
  return tokens[k]?.para === para && tokens[k]!.key === surname;
}

/**
 * Whether paragraph `para` is the writer's report of someone else's words: a quotation found in it is given to a
 * speaker its own words name (outside quotation marks), not the interviewee, and no "I", "we" or "my" of the
 * interviewee's speech stands outside its quotation marks ("Port Wendell's union president, Gary Nkemelu, said in a
 * separate interview that …" between two answers).
 */
function reportsOther(
  doc: Doc,
  quotes: ReadonlyArray<Quote>,
  para: number,
  range: { start: number; end: number },
  surname: string,
): boolean {
  const other = quotes.some((q) => {
    const m = q.speaker.mention;
    return (
      q.start >= range.start &&
      q.end <= range.end &&
      m !== null &&
      m.start >= range.start &&
      m.end <= range.end &&
      /^\p{Lu}/u.test(m.text) &&
      surnameKey(q.speaker.name) !== surname
    );
  });
  if (!other) return false;
  const { tokens } = doc;
  for (let k = firstTokenOf(tokens, para); k < tokens.length && tokens[k]!.para === para; k++)
    if (!doc.quoted[k] && /^(i|we|me|us|my|our|i'm|we're|i've|we've|i'd|we'd|i'll|we'll)$/.test(tokens[k]!.lower)) return false;
  return true;
}

/** The person of the article a label names by surname, the most often named of them on a tie ("CLINTON:"). */
function byLabel(people: ReadonlyArray<Person>, label: string): Person | undefined {
  const key = surnameKey(label);
  return people.filter((p) => p.surname === key).sort((a, b) => b.total - a.total)[0];
}

/** A name in capitals the article gives nowhere else, as written in ordinary case: "JAKE TAPPER" -> "Jake Tapper", "WALLACE" -> "Wallace". */
function fromLabel(label: string): Person | undefined {
  const words = label.split(/\s+/).filter((w) => !/\.$/.test(w));
  // (a title before the name is no part of it, with the words that qualify it when two words are left: "MAYOR BRANDT"
  // -> "Brandt", "PUBLIC SAFETY MINISTER OMAR BELLAMY" -> "Omar Bellamy")
  let title = 0;
  while (title < words.length - 1 && TITLES.has(words[title]!.toLowerCase())) title++;
  for (let k = title; k < words.length - 2; k++) if (TITLES.has(words[k]!.toLowerCase())) title = k + 1;
  words.splice(0, title);
  // (not a label of the page: "EDITOR'S NOTE:", "READ MORE:", "UPDATE MONDAY:")
  const lower = words.map((w) => w.toLowerCase());
  if (
    words.length === 0 ||
    lower.some(
      (w) =>
        COMMON_WORDS.has(w) ||
        LINK_LABELS.has(w) ||
        DAYS_MONTHS.has(w) ||
        /^(note|correction|clarification|transcript|sources?|editors?|question|answer)$/.test(w),
    )
  )
    return undefined;
  // (each part of a double name: "OYELARAN-BRANDT" -> "Oyelaran-Brandt")
  const name = words.map((w) => w.toLowerCase().replace(/(^|-)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())).join(' ');
  return { speaker: { name, entityId: null }, surname: surnameKey(name), total: 0, intro: 0, first: Infinity, at: [] };
}

/** The people of the article (dataset persons and people it names), with how often it names them, and before paragraph `before`. */
function peopleOf(doc: Doc, before: number): Person[] {
  const out = new Map<string, Person>();
  const count = (id: string, make: () => Pick<Person, 'speaker' | 'surname'>, start: number, para: number, token: number) => {
    let p = out.get(id);
    if (!p) {
      p = { ...make(), total: 0, intro: 0, first: start, at: [] };
      out.set(id, p);
    }
    p.total++;
    p.at.push(token);
    if (para < before) p.intro++;
    p.first = Math.min(p.first, start);
  };
  for (const m of doc.known) {
    const e = doc.index.entities[m.entity]!;
    if (e.type !== 'person') continue;
    const surname = surnameKey(e.name);
    count(`e${m.entity}`, () => ({ speaker: { name: e.name, entityId: e.id }, surname }), m.start, doc.tokens[m.first]!.para, m.first);
  }
  doc.people.people.forEach((p, n) => {
    if (p.type !== 'person') return;
    for (const m of p.mentions) {
      const t = doc.tokens[m.first]!;
      count(`p${n}`, () => ({ speaker: { name: p.name, entityId: null }, surname: p.surname }), t.start, t.para, m.first);
    }
  });
  return [...out.values()];
}
