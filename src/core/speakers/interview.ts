/**
 * Interviews set out as questions and answers. A paragraph opened by "Q:" (or "Q.", "Question:", or a bold "Q" run
 * into its first word, "QWhy should …") is the interviewer's; one opened by "A:" ("A.", "Answer:") or by the
 * interviewee's name ("Okafor: …") is the interviewee's words, as are the paragraphs that follow an answer before the
 * next question. Without quotation marks the rest of the engine sees none of them.
 *
 * The layout counts only with two questions and two answers at least, so a lone "A: …" or an initial ("A. Smith") is
 * never read as one. The interviewee is the person a label names, else the person the paragraphs before the first
 * question (the title and the introduction) name most often, the earliest on a tie, never the byline's author; with no
 * one named there, answers are left unattributed. Questions are not reported: the interviewer is rarely named.
 */
import type { Doc } from '../doc';
import type { Article, Quote, Speaker } from '../types';

const QUESTION = /^(?:(?:Q|Question)\s*[:.]\s+|Q(?=[A-Z“"‘']\p{Ll}))/u;
const ANSWER = /^(?:A|Answer)\s*[:.]\s+/;
/** a name as a label: one to three capitalised words and a colon ("Okafor: ", "LENA OKAFOR: ") */
const NAME_LABEL = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*:\s+/u;

/** Confidence of an answer: its label names the speaker; "A:" and the person the introduction names; a continuation. */
export const INTERVIEW_CONFIDENCE = { named: 0.9, answer: 0.85, continued: 0.8 } as const;

interface Person {
  speaker: Omit<Speaker, 'mention'>;
  /** folded last words of the name ("okafor"), to match a label */
  surname: string;
  /** mentions before the first question, and where the first was */
  intro: number;
  first: number;
}

/** The answers of a question-and-answer interview, as direct quotations (none when the article is not one). */
export function interviewQuotes(article: Article, doc: Doc, quotes: ReadonlyArray<Quote>): Quote[] {
  const paras = article.paragraphs.map((p) => article.text.slice(p.start, p.end));
  const questions = paras.map((s) => QUESTION.test(s.trimStart()));
  const answers = paras.map((s) => ANSWER.test(s.trimStart()));
  if (questions.filter(Boolean).length < 2) return [];
  const firstQuestion = questions.indexOf(true);
  const people = peopleOf(doc, firstQuestion);
  const byLabel = (label: string): Person | undefined => {
    const key = fold(label).split(' ').pop()!;
    return people.find((p) => p.surname === key);
  };
  const labelled = paras.map((s, i) => {
    if (questions[i] || answers[i] || i < firstQuestion) return undefined;
    const m = NAME_LABEL.exec(s.trimStart());
    return m ? byLabel(m[1]!) : undefined;
  });
  if (answers.filter(Boolean).length + labelled.filter(Boolean).length < 2) return [];
  const byline = fold(article.byline ?? '');
  const interviewee = people
    .filter((p) => p.intro > 0 && !(byline && byline.includes(fold(p.speaker.name))))
    .sort((a, b) => b.intro - a.intro || a.first - b.first)[0];

  const out: Quote[] = [];
  let current: { who: Person; continued: boolean } | null = null;
  paras.forEach((s, i) => {
    const range = article.paragraphs[i]!;
    if (questions[i] || doc.headings.has(i)) {
      current = null;
      return;
    }
    const lead = s.length - s.trimStart().length;
    let label = 0;
    let confidence: number;
    let who: Person | undefined;
    let mention: Speaker['mention'] = null;
    if (answers[i] || labelled[i]) {
      label = (answers[i] ? ANSWER : NAME_LABEL).exec(s.trimStart())![0].length;
      who = labelled[i] ?? interviewee;
      confidence = labelled[i] ? INTERVIEW_CONFIDENCE.named : INTERVIEW_CONFIDENCE.answer;
      const name = s
        .trimStart()
        .slice(0, label)
        .replace(/\s*[:.]\s*$/, '');
      const at = range.start + lead;
      mention = { start: at, end: at + name.length, text: name };
      current = who ? { who, continued: false } : null;
    } else if (current) {
      who = (current as { who: Person }).who;
      confidence = INTERVIEW_CONFIDENCE.continued;
    } else return;
    if (!who) return;
    const start = range.start + lead + label;
    const end = range.start + s.trimEnd().length;
    if (end <= start) return;
    // (a quotation the rest of the engine found that covers the answer already: it stands)
    if (quotes.some((q) => q.start <= start && q.end >= end)) return;
    out.push({
      text: article.text.slice(start, end),
      start,
      end,
      kind: 'direct',
      speaker: { ...who.speaker, mention },
      confidence,
      paragraph: i,
    });
  });
  return out;
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\s'-]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The people of the article (dataset persons and people it names), with how often the paragraphs before `before` name them. */
function peopleOf(doc: Doc, before: number): Person[] {
  const out = new Map<string, Person>();
  const count = (id: string, make: () => Omit<Person, 'intro' | 'first'>, start: number, para: number) => {
    let p = out.get(id);
    if (!p) {
      p = { ...make(), intro: 0, first: start };
      out.set(id, p);
    }
    if (para < before) p.intro++;
    p.first = Math.min(p.first, start);
  };
  for (const m of doc.known) {
    const e = doc.index.entities[m.entity]!;
    if (e.type !== 'person') continue;
    const para = doc.tokens[m.first]!.para;
    count(`e${m.entity}`, () => ({ speaker: { name: e.name, entityId: e.id }, surname: fold(e.name).split(' ').pop()! }), m.start, para);
  }
  doc.people.people.forEach((p, n) => {
    if (p.type !== 'person') return;
    for (const m of p.mentions) {
      const t = doc.tokens[m.first]!;
      count(`p${n}`, () => ({ speaker: { name: p.name, entityId: null }, surname: p.surname }), t.start, t.para);
    }
  });
  return [...out.values()];
}
