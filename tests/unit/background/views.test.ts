/**
 * The background's queries for the popup and the card, on the dataset compiled from data/ with the
 * real engine (as the build does), and the AP story analyzed by the same engine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardData, keptForSession, pageEnrichment, speakerCount } from '../../../src/background/views';
import { compileDataset } from '../../../src/core/dataset/compile';
import type { DatasetBundle } from '../../../src/core/dataset/types';
import { engine, readSources } from '../../../tools/dataset';

const root = join(__dirname, '..', '..', '..');
const compiled = compileDataset(readSources(root), engine);
const bundle = compiled.bundle as DatasetBundle;
const index = engine.compileIndex(bundle.entities);
const storyText = (id: string) => readFileSync(join(root, 'data', 'stories', `${id}.txt`), 'utf8');
const analysis = engine.analyze(engine.articleFromText(storyText('ap-2016-11-10')), index);
/** The demo page's address: not the dataset's, so the story is found by its quotes. */
const url = 'http://127.0.0.1:8080/story/ap-2016-11-10.html';

describe('pageEnrichment (the popup)', () => {
  const e = pageEnrichment(bundle, url, analysis);
  it('gives Peskov his prior statements from Press TV, the AP story left out', () => {
    const prior = e.priorStatements['dmitry-peskov'] ?? [];
    expect(prior.length).toBeGreaterThan(0);
    expect(new Set(prior.map((p) => p.outlet))).toEqual(new Set(['Press TV']));
    expect(new Set(prior.map((p) => p.storyId))).toEqual(new Set(['presstv-2016-11-10']));
    expect(prior.every((p) => p.url === 'http://presstv.ir/Detail/2016/11/10/493058/Russia-US-Trump-Putin-contact-foreign-policy')).toBe(
      true,
    );
  });
  it('ranks the Press TV story first in related coverage', () => {
    expect(e.coverage[0]).toMatchObject({ outlet: 'Press TV', date: '2016-11-10' });
    expect(e.coverage.length).toBeGreaterThan(3);
    // the story being read is not "related coverage" of itself (AP's report of the next day is)
    expect(e.coverage.filter((c) => c.outlet === 'The Associated Press').map((c) => c.date)).toEqual(['2016-11-11']);
  });
  it('lists matches from other reports only, each claim once', () => {
    expect(e.matches.length).toBeGreaterThan(0);
    expect(new Set(e.matches.map((m) => m.outlet))).toEqual(new Set(['Press TV']));
    expect(new Set(e.matches.map((m) => `${m.relation}|${m.claimText}`)).size).toBe(e.matches.length);
    for (const m of e.matches) expect(m.quoteIndex).toBeLessThan(analysis.quotes.length);
  });
  it('counts the speakers for the badge (Peskov, the spokeswoman, Trump, the United States that "accused Russia of …")', () => {
    expect(speakerCount(analysis)).toBe(4);
  });
  it('the same from what storage.session keeps (the entities without their mentions)', () => {
    const kept = keptForSession(analysis);
    expect(kept.entities.every((x) => x.mentions.length === 0)).toBe(true);
    expect(kept.quotes).toEqual(analysis.quotes);
    expect(pageEnrichment(bundle, url, kept)).toEqual(e);
  });
});

describe('cardData (the in-page card)', () => {
  const peskovQuotes = analysis.quotes.map((q, i) => ({ q, i })).filter(({ q }) => q.speaker.entityId === 'dmitry-peskov');
  const req = { entityId: 'dmitry-peskov', url, quotes: peskovQuotes.map(({ i }) => i) };

  it('says who Peskov is, what he said elsewhere, coverage involving him, and claims elsewhere', () => {
    const card = cardData(bundle, req, analysis);
    expect(card.entity).toMatchObject({ id: 'dmitry-peskov', name: 'Dmitry Peskov', type: 'person' });
    expect(card.entity?.roles).toContain('Kremlin spokesman (2016-11-10 –)');
    expect(new Set(card.priorStatements.map((p) => p.outlet))).toEqual(new Set(['Press TV']));
    expect(card.relatedCoverage[0]?.outlet).toBe('Press TV');
    expect(card.matches.length).toBeGreaterThan(0);
    expect(card.matches.every((m) => req.quotes.includes(m.quoteIndex))).toBe(true);
    expect(cardData(bundle, req, keptForSession(analysis))).toEqual(card);
  });

  it('without the page’s analysis (the background no longer has it): who he is and what he said elsewhere, no coverage or matches', () => {
    const card = cardData(bundle, req, null);
    expect(card.entity?.name).toBe('Dmitry Peskov');
    // the demo's address is not the dataset's: without the quotes the story being read is not known, so it is not left out
    expect(card.priorStatements.length).toBeGreaterThan(0);
    expect(card.priorStatements.every((p) => ['The Associated Press', 'Press TV'].includes(p.outlet))).toBe(true);
    expect([card.relatedCoverage, card.matches]).toEqual([[], []]);
  });

  it('a quote index the analysis does not have is passed over', () => {
    const first = peskovQuotes[0]!.i;
    const card = cardData(bundle, { ...req, quotes: [first, analysis.quotes.length + 5] }, analysis);
    expect(card.matches.every((m) => m.quoteIndex === first)).toBe(true);
  });

  it('an unknown entity gives an empty card, not an error', () => {
    expect(cardData(bundle, { entityId: 'nobody', url, quotes: [] }, analysis)).toMatchObject({
      entity: null,
      priorStatements: [],
      matches: [],
    });
  });

  it('drops addresses that are not http(s), whatever the dataset says', () => {
    const tampered = JSON.parse(JSON.stringify(bundle)) as DatasetBundle;
    for (const c of tampered.claims) c.url = 'javascript:alert(1)';
    for (const c of tampered.coverage) c.url = 'data:text/html,<b>x</b>';
    for (const s of tampered.stories) s.url = 'javascript:alert(1)';
    const card = cardData(tampered, req, analysis);
    expect(card.priorStatements.length).toBeGreaterThan(0);
    expect([...card.priorStatements, ...card.relatedCoverage, ...card.matches].every((x) => x.url === null)).toBe(true);
  });
});
