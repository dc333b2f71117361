/**
 * data/review.json: human corrections applied at compile time, and differences reported when
 * the engine's output departs from what was reviewed. The predictable stand-in engine makes
 * the engine's output (and its changes) known.
 */
import { describe, expect, it } from 'vitest';
import { acceptedFromBundle, compileDataset } from '../../../../src/core/dataset/compile';
import type { DatasetEngine, DatasetFiles, ReviewCorrection, ReviewSource } from '../../../../src/core/dataset/types';
import type { EntityRecord } from '../../../../src/core/types';
import { fakeEngine } from './fake-engine';
import { editJson, repoFiles } from './files';

const base = (): DatasetFiles => repoFiles();
const withReview = (files: DatasetFiles, review: Partial<ReviewSource>): DatasetFiles => ({
  ...files,
  'data/review.json': JSON.stringify({ version: 1, corrections: [], accepted: [], ...review }),
});
const claimWith = (files: DatasetFiles, engine: DatasetEngine<EntityRecord[]>, text: string) =>
  compileDataset(files, engine).bundle!.claims.find((c) => c.source === 'engine' && c.text.startsWith(text))!;

/** The stand-in engine, but it gives every quote containing `words` to `entityId`. */
function engineGiving(words: string, entityId: string | null, name: string): DatasetEngine<EntityRecord[]> {
  return {
    ...fakeEngine,
    analyze: (article, index) => {
      const r = fakeEngine.analyze(article, index);
      for (const q of r.quotes) if (q.text.includes(words)) q.speaker = { name, entityId, mention: null };
      return r;
    },
  };
}

describe('corrections', () => {
  // the stand-in gives "any foreign entity." to Peskov, the first person named in its paragraph
  const correction: ReviewCorrection = {
    story: 'ap-2016-11-10',
    quoteText: 'any foreign entity',
    field: 'speaker.entityId',
    engine: 'dmitry-peskov',
    corrected: null,
    note: "The words are the Trump spokeswoman's, not Peskov's.",
  };
  const nameFix: ReviewCorrection = { ...correction, field: 'speaker.name', engine: 'Dmitry Peskov', corrected: 'a Trump spokeswoman' };

  it('are applied at compile time and marked on the claim', () => {
    expect(claimWith(base(), fakeEngine, 'any foreign entity').speaker).toEqual({ name: 'Dmitry Peskov', entityId: 'dmitry-peskov' });
    const r = compileDataset(withReview(base(), { corrections: [correction, nameFix] }), fakeEngine);
    const c = r.bundle!.claims.find((x) => x.text === 'any foreign entity.')!;
    expect(c.speaker).toEqual({ name: 'a Trump spokeswoman', entityId: null });
    expect(c.reviewed).toEqual(['speaker.entityId', 'speaker.name']);
    expect(r.report.reviewDifferences).toEqual([]);
  });

  it('a correction the engine no longer needs is reported', () => {
    const fixed = engineGiving('any foreign entity', null, 'a Trump spokeswoman');
    const r = compileDataset(withReview(base(), { corrections: [correction] }), fixed);
    expect(r.report.reviewDifferences).toEqual([
      {
        story: 'ap-2016-11-10',
        text: 'any foreign entity',
        change: 'correction-unneeded',
        detail: 'data/review.json: corrections[0]: the engine now gives speaker.entityId = null itself',
      },
    ]);
  });

  it('an engine that now says something else than when reviewed is reported, and the correction still applies', () => {
    const changed = engineGiving('any foreign entity', 'joe-biden', 'Joe Biden');
    const r = compileDataset(withReview(base(), { corrections: [correction] }), changed);
    expect(r.report.reviewDifferences.map((d) => d.detail)).toEqual([
      'data/review.json: corrections[0]: the engine gave speaker.entityId = "dmitry-peskov" when reviewed, now "joe-biden"; corrected to null',
    ]);
    expect(r.bundle!.claims.find((x) => x.text === 'any foreign entity.')!.speaker.entityId).toBeNull();
  });

  it('"excluded" drops a quotation the engine should not have found', () => {
    const files = withReview(base(), {
      corrections: [
        { story: 'ap-2016-11-10', quoteText: 'a victim', field: 'excluded' as const, engine: false, corrected: true, note: 'test' },
      ],
    });
    expect(compileDataset(base(), fakeEngine).bundle!.claims.some((c) => c.text === 'a victim')).toBe(true);
    expect(compileDataset(files, fakeEngine).bundle!.claims.some((c) => c.text === 'a victim')).toBe(false);
  });

  it('a correction naming an unknown entity is an error', () => {
    const files = withReview(base(), { corrections: [{ ...correction, corrected: 'hope-hiks' }] });
    expect(compileDataset(files, fakeEngine).report.errors).toEqual([
      'data/review.json: corrections[0].corrected: unknown entity "hope-hiks"',
    ]);
  });
});

describe('accepted quotations', () => {
  const accepted = acceptedFromBundle(compileDataset(base(), fakeEngine).bundle!);

  it('a rebuild with the same engine reproduces the reviewed dataset without differences', () => {
    expect(accepted.length).toBeGreaterThan(20);
    const r = compileDataset(withReview(base(), { accepted }), fakeEngine);
    expect(r.report.reviewDifferences).toEqual([]);
    expect(r.report.warnings).toEqual([]);
  });

  it('an engine change that alters a claim shows up as a difference to review', () => {
    const changed = engineGiving('It is phenomenal how close', 'vladimir-putin', 'Vladimir Putin');
    const r = compileDataset(withReview(base(), { accepted }), changed);
    expect(r.report.ok).toBe(true);
    expect(r.report.reviewDifferences).toEqual([
      {
        story: 'presstv-2016-11-10',
        text: expect.stringMatching(/^It is phenomenal how close they are/),
        change: 'changed',
        detail: 'speaker "Dmitry Peskov" → "Vladimir Putin"; entityId dmitry-peskov → vladimir-putin',
      },
    ]);
  });

  it('a quotation the engine stops finding, and one it newly finds, are differences', () => {
    const files = editJson(withReview(base(), { accepted }), 'data/review.json', (j) => {
      j.accepted = j.accepted.filter((a: { text: string }) => a.text !== 'hostile');
      j.accepted.push({
        story: 'ap-2016-11-10',
        text: 'a quote that was never there',
        kind: 'direct',
        speaker: 'Dmitry Peskov',
        entityId: 'dmitry-peskov',
      });
    });
    const changes = compileDataset(files, fakeEngine).report.reviewDifferences.map((d) => `${d.change}: ${d.text}`);
    expect(changes).toEqual(['new: hostile', 'missing: a quote that was never there']);
  });
});
