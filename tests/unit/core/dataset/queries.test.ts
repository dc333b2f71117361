/**
 * The dataset compiled with the real engine from data/, and the queries the cards and the
 * popup ask: on the AP story and, symmetrically, on the Press TV story.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileDataset } from '../../../../src/core/dataset/compile';
import { claimMatches, enrichAnalysis, findStory, priorStatements, relatedCoverage } from '../../../../src/core/dataset/queries';
import type { DatasetBundle, Enrichment } from '../../../../src/core/dataset/types';
import type { Analysis, Article } from '../../../../src/core/types';
import { engine } from '../../../../tools/dataset';
import { repoFiles, ROOT } from './files';

const AP = 'ap-2016-11-10';
const PRESSTV = 'presstv-2016-11-10';
const text = (id: string): string => readFileSync(join(ROOT, 'data/stories', `${id}.txt`), 'utf8');

let bundle: DatasetBundle;
let index: ReturnType<typeof engine.compileIndex>;
function read(id: string, url: string | null = null): { article: Article; analysis: Analysis; enriched: Enrichment } {
  const article = { ...engine.articleFromText(text(id)), url };
  const analysis = engine.analyze(article, index);
  return { article, analysis, enriched: enrichAnalysis(bundle, article, analysis) };
}
const quoteIndex = (a: Analysis, words: string): number => {
  const i = a.quotes.findIndex((q) => q.text.includes(words));
  expect(i, `a quotation with "${words}"`).toBeGreaterThanOrEqual(0);
  return i;
};

beforeAll(() => {
  const r = compileDataset(repoFiles(), engine);
  expect(r.report.errors).toEqual([]);
  bundle = r.bundle!;
  index = engine.compileIndex(bundle.entities);
});

describe('the compiled dataset', () => {
  it("holds the engine's quotations of both stories and the reported claims, by stable ids", () => {
    const ids = bundle.claims.map((c) => c.id);
    expect(ids).toContain('presstv-2016-11-10#it-is-phenomenal-how-close-they');
    expect(ids).toContain('ap-2016-11-10#very-much-alike');
    for (const r of [
      'peskov-experts-contact',
      'campaign-denies-contacts',
      'us-accuses-russia-hacking',
      'peskov-no-role-in-cyberattacks',
      'peskov-banks-repelled-cyberattack',
    ])
      expect(ids).toContain(`${AP}#${r}`);
    expect(ids).toContain(`${PRESSTV}#ryabkov-ministry-contact`);
    for (const c of bundle.claims) if (!c.text.includes('\n')) expect(text(c.story).slice(c.start, c.end)).toBe(c.text);
  });

  it('gives Peskov his quotations in both stories', () => {
    const peskov = bundle.claims.filter((c) => c.speaker.entityId === 'dmitry-peskov');
    expect(new Set(peskov.map((c) => c.story))).toEqual(new Set([AP, PRESSTV]));
    const denial = bundle.claims.find((c) => c.id === `${AP}#campaign-denies-contacts`)!;
    expect(denial.speaker).toEqual({ name: 'a Trump spokeswoman', entityId: null });
  });
});

describe('on the AP story', () => {
  it('is recognised by its text, and by its address however written', () => {
    expect(read(AP).enriched.story).toBe(AP);
    expect(findStory(bundle, { url: 'http://www.apnews.com/85f74153a7be48a8b0c951452c82d909/?utm_source=x#comments' })?.id).toBe(AP);
  });

  it("Peskov's prior statements are the Press TV ones, not the AP quotes in the article itself", () => {
    const prior = read(AP).enriched.priorStatements['dmitry-peskov']!;
    expect(prior.length).toBeGreaterThanOrEqual(4);
    expect(new Set(prior.map((p) => p.story))).toEqual(new Set([PRESSTV]));
    expect(prior.every((p) => p.outlet === 'Press TV' && p.date === '2016-11-10')).toBe(true);
    expect(prior.map((p) => p.text)).toContain(
      'It is phenomenal how close they are to one another when it comes to their conceptual approach to foreign policy. And that is probably a good basis for our moderate optimism that they will at least be able to start a dialogue to start to clear out the Augean stables in our bilateral relations,',
    );
    expect(prior.map((p) => p.kind)).toEqual(expect.arrayContaining(['direct', 'indirect', 'reported']));
    expect(prior[0]!.url).toBe('http://presstv.ir/Detail/2016/11/10/493058/Russia-US-Trump-Putin-contact-foreign-policy');
  });

  it("related coverage lists the Press TV story first, then the other outlets' reports", () => {
    const related = read(AP).enriched.relatedCoverage;
    expect(related[0]).toMatchObject({ kind: 'story', id: PRESSTV, outlet: 'Press TV' });
    expect(related.slice(1).every((r) => r.kind === 'coverage')).toBe(true);
    expect(related.map((r) => r.id)).not.toContain(AP);
    const ids = related.map((r) => r.id);
    for (const id of [
      'nbcnews-2016-11-10',
      'reuters-nationalmemo-2016-11-10',
      'dailyherald-2016-11-10',
      'washingtonpost-denverpost-2016-11-10',
    ])
      expect(ids).toContain(id);
    expect(related[0]!.shared.claims.length).toBeGreaterThanOrEqual(2);
  });

  it('"very much alike" is the Press TV "phenomenal how close they are" remark', () => {
    const { analysis, enriched } = read(AP);
    const m = enriched.matches[quoteIndex(analysis, 'very much alike')]!;
    expect(m.filter((x) => x.relation === 'same-remark').map((x) => x.claim.id)).toEqual([`${PRESSTV}#it-is-phenomenal-how-close-they`]);
    expect(m.some((x) => x.claim.story === AP && x.relation === 'repeats')).toBe(false);
  });

  it("the campaign's denial disputes the contact claims of Peskov and Ryabkov", () => {
    const { analysis, enriched } = read(AP);
    const m = enriched.matches[quoteIndex(analysis, 'any foreign entity')]!;
    expect(
      m
        .filter((x) => x.relation === 'disputes')
        .map((x) => x.claim.id)
        .sort(),
    ).toEqual([`${AP}#peskov-experts-contact`, `${PRESSTV}#ryabkov-ministry-contact`]);
    expect(m.find((x) => x.claim.id === `${PRESSTV}#ryabkov-ministry-contact`)!.via).toBe(`${AP}#campaign-denies-contacts`);
  });

  it('trust taking time is the same remark as in Press TV', () => {
    const related = claimMatches(bundle, { text: 'it will take time to restore trust in relations' }, { excludeStory: AP });
    expect(
      related
        .filter((x) => x.relation === 'same-remark')
        .map((x) => x.claim.id)
        .sort(),
    ).toEqual([`${PRESSTV}#an-atmosphere-of-mutual-trust-takes`, `${PRESSTV}#peskov-not-overnight`]);
  });
});

describe('recognising the article being read', () => {
  it('by its text as Readability gives it: other line breaks, straight quotation marks', () => {
    const page = text(AP).replace(/\n+/g, '\n\n').replace(/[“”]/g, '"').replace(/’/g, "'");
    expect(findStory(bundle, { text: page })?.id).toBe(AP);
    expect(findStory(bundle, { text: 'Peskov said the two leaders are "very much alike." Nothing else of the story.' })).toBeNull();
  });

  it('by the quotes found on it when there is no text', () => {
    const quotes = read(PRESSTV).analysis.quotes.map((q) => ({ text: q.text.toUpperCase() }));
    expect(findStory(bundle, { quotes })?.id).toBe(PRESSTV);
    expect(findStory(bundle, { quotes: quotes.slice(0, 1) })).toBeNull();
  });

  it("a coverage item at the page's own address is left out of related coverage", () => {
    const { analysis } = read(AP);
    const related = relatedCoverage(bundle, analysis, {
      url: 'https://www.nbcnews.com/politics/2016-election/kremlin-says-russian-experts-met-trump-staff-campaign-denies-it-n682406',
    });
    // the page carries the AP story's quotes, so it is that story too: both are left out
    expect(related.map((r) => r.id)).not.toContain('nbcnews-2016-11-10');
    expect(related.map((r) => r.id)).not.toContain(AP);
    expect(related[0]!.id).toBe(PRESSTV);
    expect(related).toHaveLength(bundle.coverage.length);
  });
});

describe('on the Press TV story', () => {
  it('is recognised by its text', () => {
    expect(read(PRESSTV).enriched.story).toBe(PRESSTV);
  });

  it("Peskov's prior statements are the AP ones", () => {
    const prior = read(PRESSTV).enriched.priorStatements['dmitry-peskov']!;
    expect(new Set(prior.map((p) => p.story))).toEqual(new Set([AP]));
    expect(prior.map((p) => p.text)).toContain('very much alike');
    expect(prior.every((p) => p.outlet === 'The Associated Press')).toBe(true);
  });

  it("related coverage lists the AP story first, then the other outlets' reports", () => {
    const related = read(PRESSTV).enriched.relatedCoverage;
    expect(related[0]).toMatchObject({ kind: 'story', id: AP, headline: 'AP Interview: Aide says Putin hopeful about Trump' });
    expect(related.slice(1).every((r) => r.kind === 'coverage')).toBe(true);
    expect(related.map((r) => r.id)).toContain('tass-2016-11-14');
  });

  it('"phenomenal how close they are" is the AP "very much alike" remark', () => {
    const { analysis, enriched } = read(PRESSTV);
    const m = enriched.matches[quoteIndex(analysis, 'It is phenomenal how close')]!;
    expect(
      m
        .filter((x) => x.relation === 'same-remark')
        .map((x) => x.claim.id)
        .sort(),
    ).toEqual([`${AP}#the-two-leaders-are-very-much`, `${AP}#very-much-alike`]);
  });

  it('"Putin said the same thing" is the remark the AP paraphrases as "almost the same language"', () => {
    const { analysis, enriched } = read(PRESSTV);
    const m = enriched.matches[quoteIndex(analysis, 'Putin said the same thing')]!;
    expect(m.filter((x) => x.relation === 'same-remark').map((x) => x.claim.id)).toEqual([`${AP}#peskov-same-language`]);
  });

  it("Ryabkov's contact claim is disputed by the campaign's denial", () => {
    const { analysis, enriched } = read(PRESSTV);
    const m = enriched.matches[quoteIndex(analysis, 'contact')]!;
    expect(m.filter((x) => x.relation === 'disputed-by').map((x) => x.claim.id)).toEqual([`${AP}#campaign-denies-contacts`]);
  });
});

describe('claimMatches on another page', () => {
  it('repeats despite straight marks, ellipses, truncation and case', () => {
    const m = claimMatches(bundle, { text: '"Very much alike..."' });
    // three words repeat the claim of exactly those words, not the longer one that starts with them
    // (a quote under five words repeats only identical words: core/remarks.ts)
    expect(m.filter((x) => x.relation === 'repeats').map((x) => x.claim.id)).toEqual([`${AP}#very-much-alike`]);
    expect(m.filter((x) => x.relation === 'same-remark').map((x) => x.claim.id)).toEqual([`${PRESSTV}#it-is-phenomenal-how-close-they`]);
    const trunc = claimMatches(bundle, { text: 'an atmosphere of mutual trust takes years…' });
    expect(trunc[0]).toMatchObject({ relation: 'repeats', score: 1, claim: { id: `${PRESSTV}#an-atmosphere-of-mutual-trust-takes` } });
  });

  it("a quote by someone else is not a repeat of Peskov's words", () => {
    expect(claimMatches(bundle, { text: 'very much alike', speaker: { entityId: 'joe-biden' } })).toEqual([]);
  });

  it('relatedCoverage on a page that is no dataset story ranks by shared entities and topics', () => {
    const analysis: Analysis = { entities: [{ id: 'sergei-ryabkov', name: 'Sergei Ryabkov', type: 'person', mentions: [] }], quotes: [] };
    const related = relatedCoverage(bundle, analysis, { text: "Ryabkov said there were contacts with Trump's campaign." });
    // Press TV quotes Ryabkov and reports the contacts; the AP story only the contacts
    expect(related[0]).toMatchObject({ id: PRESSTV, shared: { entities: ['sergei-ryabkov'], topics: ['campaign-contacts'] } });
    const ids = related.map((r) => r.id);
    expect(ids).toContain(AP);
    expect(ids.indexOf('slate-2016-11-10')).toBeLessThan(ids.indexOf(AP));
    expect(ids).not.toContain('tass-2016-11-14');
  });

  it('relatedCoverage on an unrelated page that only shares places and organisations is empty', () => {
    const article = engine.articleFromText(
      'Israeli Prime Minister Benjamin Netanyahu met officials in Washington on Tuesday, Reuters reported.\n' +
        '"We will work with the United States," Netanyahu said. Russia was not mentioned.\n',
    );
    const analysis = engine.analyze(article, index);
    expect(analysis.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['reuters', 'united-states', 'washington']));
    expect(relatedCoverage(bundle, analysis, { text: article.text })).toEqual([]);
    // A topic's keywords alone ("similar", "contacts", "trust") do not make a page related.
    const words = engine.articleFromText('The two phones are very similar, and reviewers say contacts sync well. Trust takes years.\n');
    expect(relatedCoverage(bundle, engine.analyze(words, index), { text: words.text })).toEqual([]);
    // Nor do they with one person the dataset ties to most of its topics, who does not speak here
    // (a Sudan sanctions story: "good relations", President-elect Trump's transition team).
    const sudan = engine.articleFromText(
      'The United States will lift sanctions on Sudan. Officials said they had briefed President-elect Donald Trump’s transition team.\n' +
        'Analysts said good relations with Sudan could strengthen moderate voices.\n',
    );
    const sudanAnalysis = engine.analyze(sudan, index);
    expect(sudanAnalysis.entities.map((e) => e.id)).toContain('donald-trump');
    expect(relatedCoverage(bundle, sudanAnalysis, { text: sudan.text })).toEqual([]);
    // Two shared people are enough: an article about Trump and Putin is related.
    const both = engine.articleFromText('Donald Trump and Vladimir Putin spoke by phone on Monday, officials said.\n');
    expect(relatedCoverage(bundle, engine.analyze(both, index), { text: both.text }).length).toBeGreaterThan(0);
  });
});

describe('priorStatements', () => {
  it('are sorted by date and carry outlet, date, address and kind', () => {
    const all = priorStatements(bundle, 'dmitry-peskov');
    expect(all.map((p) => p.date)).toEqual([...all.map((p) => p.date)].sort());
    expect(all.find((p) => p.claimId === `${AP}#peskov-experts-contact`)).toMatchObject({
      outlet: 'The Associated Press',
      url: 'https://apnews.com/85f74153a7be48a8b0c951452c82d909',
      kind: 'reported',
      summary: "Russian experts were in contact with members of Trump's staff during the campaign.",
    });
  });
});
