/** The page's HTML to the background: one request when it is short, else parts in order and the rest with the request. */
import { describe, expect, it } from 'vitest';
import { PageParts } from '../../../src/background/page-parts';
import type { ReadReply, ReadRequest } from '../../../src/shared/protocol';
import { type Send, sendPage } from '../../../src/content/send-page';

const REPLY: ReadReply = { article: null, analysis: null };

/** A background that joins parts as the real one does (page-parts.ts), and what it was sent. */
function background() {
  const parts = new PageParts();
  const sent: Array<{ kind: string; payload: unknown }> = [];
  let whole: string | null = null;
  const send = (async (kind: string, payload: unknown) => {
    sent.push({ kind, payload });
    if (kind === 'article/read-part') {
      const p = payload as { id: string; index: number; text: string };
      parts.keep(1, p.id, p.index, p.text);
      return { ok: true };
    }
    const r = payload as ReadRequest;
    whole = r.parts ? parts.take(1, r.parts.id, r.parts.count, r.html) : r.html;
    return REPLY;
  }) as Send;
  return { send, sent, whole: () => whole };
}

describe('sendPage', () => {
  it('sends a page that fits in one part as one read request', async () => {
    const bg = background();
    const measured: number[] = [];
    const reply = await sendPage(
      { url: 'https://a.example/', html: '<html>short</html>' },
      { send: bg.send, measure: (_, d) => measured.push(d), partChars: 100 },
    );
    expect(reply).toBe(REPLY);
    expect(bg.sent.map((m) => m.kind)).toEqual(['article/read']);
    expect(bg.sent[0]?.payload).toEqual({ url: 'https://a.example/', html: '<html>short</html>' });
    expect(measured).toHaveLength(1);
  });

  it('sends a long page as parts of at most partChars, then the rest with the request; the background gets it whole', async () => {
    const bg = background();
    const html = Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(10)).join(''); // 260 characters
    const measured: number[] = [];
    await sendPage(
      { url: 'https://a.example/', html, meta: { canonical: null, ogUrl: null, published: null } },
      { send: bg.send, measure: (_, d) => measured.push(d), partChars: 100 },
    );
    expect(bg.sent.map((m) => m.kind)).toEqual(['article/read-part', 'article/read-part', 'article/read']);
    const texts = bg.sent.map((m) => (m.payload as { text?: string; html?: string }).text ?? (m.payload as { html: string }).html);
    expect(texts.map((t) => t.length)).toEqual([100, 100, 60]);
    const last = bg.sent[2]?.payload as ReadRequest;
    expect(last.parts?.count).toBe(2);
    expect(last.meta).toEqual({ canonical: null, ogUrl: null, published: null });
    expect(bg.whole()).toBe(html);
    expect(measured).toHaveLength(3);
  });

  it('stops between parts when told to (an abort)', async () => {
    const bg = background();
    let calls = 0;
    const stop = () => {
      if (++calls === 1) throw new Error('stopped');
    };
    await expect(
      sendPage({ url: 'u', html: 'x'.repeat(250) }, { send: bg.send, measure: () => undefined, between: stop, partChars: 100 }),
    ).rejects.toThrow('stopped');
    expect(bg.sent.map((m) => m.kind)).toEqual(['article/read-part']);
  });
});
