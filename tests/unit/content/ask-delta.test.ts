/**
 * A re-run's request: a delta against the paragraphs the background kept, the paragraphs in full
 * when it no longer knows them. The background here keeps and rebuilds them as the real one does
 * (AnalysedParagraphs, applyOps); its "analysis" is the paragraphs it rebuilt.
 */
import { describe, expect, it } from 'vitest';
import { AnalysedParagraphs } from '../../../src/background/analysed-paragraphs';
import { askAnalysis, type LastAnalysis } from '../../../src/content/ask-delta';
import { applyOps } from '../../../src/shared/paragraph-delta';
import type { AnalyzeDeltaReply, AnalyzeDeltaRequest, AnalyzeReply, AnalyzeRequest } from '../../../src/shared/protocol';

const URL = 'https://a.test/live';
const request = (paragraphs: string[]): AnalyzeRequest => ({ url: URL, title: 'T', byline: null, siteName: null, paragraphs });

/** A background: what it was sent, and its reply (the paragraphs it analysed, as the quotes' texts). */
function background() {
  let kept = new AnalysedParagraphs();
  const sent: Array<{ kind: 'full' | 'delta'; request: AnalyzeRequest | AnalyzeDeltaRequest }> = [];
  const reply = (paragraphs: string[]): AnalyzeReply => ({
    analysis: {
      entities: [],
      quotes: paragraphs.map((text, paragraph) => ({
        text,
        start: 0,
        end: 0,
        kind: 'direct' as const,
        speaker: { name: 'x', entityId: null, mention: null },
        confidence: 1,
        paragraph,
      })),
    },
    targets: [],
    descriptions: {},
    ms: 1,
    base: kept.keep('1:0', URL, paragraphs),
  });
  return {
    sent,
    restart: () => (kept = new AnalysedParagraphs()),
    send: {
      full: (r: AnalyzeRequest) => {
        sent.push({ kind: 'full', request: r });
        return Promise.resolve(reply(r.paragraphs));
      },
      delta: (r: AnalyzeDeltaRequest): Promise<AnalyzeDeltaReply> => {
        sent.push({ kind: 'delta', request: r });
        const known = kept.recall('1:0', r.url, r.base);
        if (!known) return Promise.resolve({ refused: 'unknown-base' });
        const paragraphs = applyOps(known, r.ops, { paragraphs: 50_000, chars: 300_000 });
        if (!paragraphs) return Promise.reject(new Error('the delta does not fit its base'));
        return Promise.resolve(reply(paragraphs));
      },
    },
  };
}

const texts = (r: AnalyzeReply): string[] => r.analysis.quotes.map((q) => q.text);

describe('askAnalysis', () => {
  const first = ['One.', 'Two.', 'Three.'];

  it('sends the paragraphs in full the first time, then only what changed', async () => {
    const bg = background();
    const r1 = await askAnalysis(null, request(first), bg.send);
    expect(bg.sent.map((s) => s.kind)).toEqual(['full']);
    const last: LastAnalysis = { url: URL, paragraphs: first, reply: r1 };
    const grown = [...first.slice(0, 2), 'Two and a half.', 'Three.', 'Four.'];
    const r2 = await askAnalysis(last, request(grown), bg.send);
    expect(bg.sent.map((s) => s.kind)).toEqual(['full', 'delta']);
    const delta = bg.sent[1]?.request as AnalyzeDeltaRequest;
    expect(delta).toEqual({
      url: URL,
      title: 'T',
      byline: null,
      siteName: null,
      base: r1.base,
      ops: [[0, 2], 'Two and a half.', [2, 1], 'Four.'],
    });
    expect(texts(r2)).toEqual(grown);
    expect(r2.base).not.toBe(r1.base);
  });

  it('keeps the last reply when the paragraphs are the same', async () => {
    const bg = background();
    const r1 = await askAnalysis(null, request(first), bg.send);
    const r2 = await askAnalysis({ url: URL, paragraphs: first, reply: r1 }, request([...first]), bg.send);
    expect(r2).toBe(r1);
    expect(bg.sent).toHaveLength(1);
  });

  it('sends the paragraphs in full once when the background no longer knows the base', async () => {
    const bg = background();
    const r1 = await askAnalysis(null, request(first), bg.send);
    bg.restart();
    const grown = [...first, 'Four.'];
    const r2 = await askAnalysis({ url: URL, paragraphs: first, reply: r1 }, request(grown), bg.send);
    expect(bg.sent.map((s) => s.kind)).toEqual(['full', 'delta', 'full']);
    expect(bg.sent[2]?.request).toEqual(request(grown));
    expect(texts(r2)).toEqual(grown);
    // and a delta again after that
    const r3 = await askAnalysis({ url: URL, paragraphs: grown, reply: r2 }, request([...grown, 'Five.']), bg.send);
    expect(bg.sent.map((s) => s.kind)).toEqual(['full', 'delta', 'full', 'delta']);
    expect(texts(r3)).toEqual([...grown, 'Five.']);
  });

  it.each<[string, LastAnalysis | null]>([
    ['nothing asked before', null],
    [
      'another address',
      {
        url: 'https://a.test/other',
        paragraphs: first,
        reply: { analysis: { entities: [], quotes: [] }, targets: [], descriptions: {}, ms: 1, base: 'b' },
      },
    ],
    [
      'a reply without a base',
      { url: URL, paragraphs: first, reply: { analysis: { entities: [], quotes: [] }, targets: [], descriptions: {}, ms: 1 } },
    ],
  ])('sends the paragraphs in full after %s', async (_name, last) => {
    const bg = background();
    const r = await askAnalysis(last, request([...first, 'Four.']), bg.send);
    expect(bg.sent.map((s) => s.kind)).toEqual(['full']);
    expect(texts(r)).toEqual([...first, 'Four.']);
  });
});
