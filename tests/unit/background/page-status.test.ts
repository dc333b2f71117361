/**
 * The background's site/status and entity/card handlers over the browser fake: as for a page's
 * analysis and report (page-analyze.test.ts), the script's own address is used once it is on the site
 * the browser says sent the message (sender.url, else sender.tab.url), and a message naming another
 * site is refused. After history.pushState both browsers still give the document's first address:
 * site/status's placeholder ("analyzing") is filed under the page's address, not the first one's; a
 * card is never read for another site's page (a forged request would read that page's reading memory).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fake, type From, from } from './content-route';

const { session, sync } = fake;
const { contentRoute } = await import('../../../src/background/handlers');
const { forgetAnalysis, rememberAnalysis } = await import('../../../src/background/analyses');
const { loadReport, removeReport } = await import('../../../src/background/reports');

const status = (tabId: number, url: string, sender: From) => contentRoute.handlers['site/status']({ url }, from(tabId, sender));
const card = (tabId: number, url: string, sender: From) =>
  contentRoute.handlers['entity/card']({ entityId: null, url, quotes: [0] }, from(tabId, sender));
const analysis = {
  entities: [],
  quotes: [
    {
      text: 'We will keep the harbour open',
      kind: 'direct',
      speaker: { name: 'Ana Ruiz', entityId: null, confidence: 0.9 },
      start: 0,
      end: 10,
    },
  ],
} as unknown as Parameters<typeof rememberAnalysis>[2];

beforeEach(async () => {
  session.data = {};
  sync.data = {};
  await removeReport(3);
  await forgetAnalysis(3);
});

describe('site/status: the placeholder under the script’s address, on the sender’s site', () => {
  it('after a same-document navigation (the browser still gives the first address) the new address is filed', async () => {
    await status(3, 'https://news.example/story?id=2', { url: 'https://news.example/story?id=1' });
    expect((await loadReport(3))?.url).toBe('https://news.example/story?id=2');
    // the tab's address when the frame's is not given; the script's own when the browser gives neither
    await status(3, 'https://www.news.example/b', { tab: { url: 'https://news.example/a' } });
    expect((await loadReport(3))?.url).toBe('https://www.news.example/b');
    await status(3, 'https://news.example/c', {});
    expect((await loadReport(3))?.url).toBe('https://news.example/c');
  });

  it('a question under another site’s address is refused: no placeholder filed', async () => {
    await expect(status(3, 'https://other.example/a', { url: 'https://news.example/a' })).rejects.toThrow(/another site/);
    await expect(status(3, 'https://other.example/a', { tab: { url: 'https://news.example/a' } })).rejects.toThrow(/another site/);
    expect(await loadReport(3)).toBeNull();
  });
});

describe('entity/card: read for the script’s address, on the sender’s site', () => {
  it('a card for the page’s own address (after a same-document navigation) is read from its analysis', async () => {
    // a quotation the dataset's claims repeat: the card's matches come from the analysis kept for the page
    const claim = (await import('../core/dataset/files')).fixtureBundle().claims[0]!;
    const said = { ...analysis.quotes[0]!, text: claim.text, speaker: { name: 'X', entityId: claim.speaker.entityId, mention: null } };
    await rememberAnalysis(3, 'https://news.example/story?id=2', { entities: [], quotes: [said] });
    const data = await card(3, 'https://news.example/story?id=2', { url: 'https://news.example/story?id=1' });
    expect(data.entity).toBeNull();
    expect(data.matches.length).toBeGreaterThan(0);
    expect(data.matches.every((m) => m.quoteIndex === 0)).toBe(true);
    // nothing kept under the browser's first address: read there, the card would have no matches
    await forgetAnalysis(3);
    await rememberAnalysis(3, 'https://news.example/story?id=1', { entities: [], quotes: [said] });
    expect((await card(3, 'https://news.example/story?id=2', { url: 'https://news.example/story?id=1' })).matches).toEqual([]);
  });

  it('a forged card request naming another site is refused before anything is read', async () => {
    await rememberAnalysis(3, 'https://other.example/a', analysis);
    await expect(card(3, 'https://other.example/a', { url: 'https://news.example/a' })).rejects.toThrow(/another site/);
    await expect(card(3, 'https://other.example/a', { tab: { url: 'https://news.example/a' } })).rejects.toThrow(/another site/);
  });
});
