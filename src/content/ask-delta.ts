/**
 * Asking the background for an article's analysis on a re-run: when it has analysed this page's
 * paragraphs before (its reply gave them an id, `base`), only what changed is sent
 * (shared/paragraph-delta.ts), so that the message the page serialises grows with the change; the
 * paragraphs in full when it has not, or no longer knows them (a service worker restarted, a page
 * forgotten). The last reply stands when the paragraphs are the same.
 */
import { deltaOps, unchanged } from '../shared/paragraph-delta';
import type { AnalyzeDeltaReply, AnalyzeDeltaRequest, AnalyzeReply, AnalyzeRequest } from '../shared/protocol';
import { matchParagraphs } from './reuse';

/** The last analysis asked for: its address, its paragraphs and the background's reply. */
export interface LastAnalysis {
  url: string;
  paragraphs: readonly string[];
  reply: AnalyzeReply;
}

export interface AnalysisSender {
  full: (request: AnalyzeRequest) => Promise<AnalyzeReply>;
  delta: (request: AnalyzeDeltaRequest) => Promise<AnalyzeDeltaReply>;
}

/** The analysis of `request`'s paragraphs, sent as a delta against `last` when the background may know it. */
export async function askAnalysis(last: LastAnalysis | null, request: AnalyzeRequest, send: AnalysisSender): Promise<AnalyzeReply> {
  if (last && last.url === request.url) {
    const ops = deltaOps(matchParagraphs(last.paragraphs, request.paragraphs), request.paragraphs);
    if (unchanged(ops, last.paragraphs.length)) return last.reply;
    if (last.reply.base !== undefined) {
      const { paragraphs: _, ...rest } = request;
      const reply = await send.delta({ ...rest, base: last.reply.base, ops });
      if (!('refused' in reply)) return reply;
    }
  }
  return send.full(request);
}
