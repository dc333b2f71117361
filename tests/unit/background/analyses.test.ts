/**
 * The background's store of the analyses it made (the browser seam mocked): by tab and address,
 * the whole analysis in memory for the last few tabs, what the popup and the card read in
 * storage.session, and a sensible "none" when a restarted background finds nothing usable.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '../../../src/core/types';
import { quoteBy } from '../make-quote';

const fake = vi.hoisted(async () => (await import('../fake-ext')).fakeExt());
vi.mock('../../../src/shared/browser', async () => ({ ext: (await fake).ext }));

const { session } = await fake;
/** A fresh copy of the module: what a restarted service worker starts with (nothing in memory). */
const restarted = async () => {
  vi.resetModules();
  return import('../../../src/background/analyses');
};

const analysisOf = (n: number): Analysis => ({
  entities: [{ id: 'dmitry-peskov', name: 'Dmitry Peskov', type: 'person', mentions: [{ start: 0, end: 6, text: 'Peskov' }] }],
  quotes: [quoteBy(10 * n, 'Dmitry Peskov', 'dmitry-peskov')],
});
const URL_A = 'https://apnews.com/a';

beforeEach(() => {
  session.data = {};
});

describe('analyses kept where they are made', () => {
  it('gives the tab’s analysis back for its page (fragment aside), none for another page or tab', async () => {
    const { rememberAnalysis, recallAnalysis } = await restarted();
    await rememberAnalysis(3, URL_A, analysisOf(1));
    expect(await recallAnalysis(3, URL_A)).toEqual(analysisOf(1));
    expect(await recallAnalysis(3, `${URL_A}#comments`)).toEqual(analysisOf(1));
    expect(await recallAnalysis(3, 'https://apnews.com/b')).toBeNull();
    expect(await recallAnalysis(4, URL_A)).toBeNull();
  });

  it('storage.session holds the quotations and the entities without their mentions', async () => {
    const { rememberAnalysis } = await restarted();
    await rememberAnalysis(3, URL_A, analysisOf(1));
    expect(session.data).toEqual({
      'analysis:3': {
        url: URL_A,
        analysis: {
          entities: [{ id: 'dmitry-peskov', name: 'Dmitry Peskov', type: 'person', mentions: [] }],
          quotes: analysisOf(1).quotes,
        },
      },
    });
  });

  it('after a restart: read from storage.session; gone or unreadable there: none, not an error', async () => {
    const first = await restarted();
    await first.rememberAnalysis(3, URL_A, analysisOf(1));
    const again = await restarted();
    expect(await again.recallAnalysis(3, URL_A)).toEqual({ ...analysisOf(1), entities: [{ ...analysisOf(1).entities[0]!, mentions: [] }] });
    session.data['analysis:3'] = { url: URL_A, analysis: { entities: 'broken' } };
    expect(await again.recallAnalysis(3, URL_A)).toBeNull();
    session.data = {};
    expect(await again.recallAnalysis(3, URL_A)).toBeNull();
  });

  it('holds the whole analysis of the last MAX_HELD tabs in memory; an older tab’s is read from storage.session', async () => {
    const { MAX_HELD, rememberAnalysis, recallAnalysis } = await restarted();
    for (let tab = 1; tab <= MAX_HELD + 1; tab++) await rememberAnalysis(tab, URL_A, analysisOf(tab));
    expect((await recallAnalysis(MAX_HELD + 1, URL_A))?.entities[0]?.mentions).toHaveLength(1);
    expect((await recallAnalysis(1, URL_A))?.entities[0]?.mentions).toEqual([]); // evicted from memory
    expect((await recallAnalysis(1, URL_A))?.quotes).toEqual(analysisOf(1).quotes);
  });

  it('forgets a closed tab’s analysis everywhere', async () => {
    const { rememberAnalysis, recallAnalysis, forgetAnalysis } = await restarted();
    await rememberAnalysis(3, URL_A, analysisOf(1));
    await forgetAnalysis(3);
    expect(session.data).toEqual({});
    expect(await recallAnalysis(3, URL_A)).toBeNull();
  });
});
