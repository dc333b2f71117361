/**
 * A hand-made analysis of a page's paragraphs, for the content script's harnesses (lifecycle, app-waits): every
 * "Peskov" a mention of Dmitry Peskov, the first quotation his.
 */
import { articleFromParagraphs } from '../../../src/core/article';
import type { Analysis } from '../../../src/core/types';
import type { AnalyzeReply } from '../../../src/shared/protocol';
import { targetsOf } from '../../../src/shared/targets';

export function analyze(paragraphs: string[]): AnalyzeReply {
  const article = articleFromParagraphs(paragraphs);
  const mentions = [...article.text.matchAll(/Peskov/g)].map((m) => ({ start: m.index, end: m.index + 6, text: 'Peskov' }));
  const open = article.text.indexOf('“');
  const close = article.text.indexOf('”', open);
  const analysis: Analysis = {
    entities: [{ id: 'dmitry-peskov', name: 'Dmitry Peskov', type: 'person', mentions }],
    quotes: [
      {
        text: article.text.slice(open + 1, close),
        start: open + 1,
        end: close,
        kind: 'direct',
        speaker: { name: 'Dmitry Peskov', entityId: 'dmitry-peskov', mention: null },
        confidence: 0.9,
        paragraph: 0,
      },
    ],
  };
  return { analysis, targets: targetsOf(analysis, article), descriptions: {}, ms: 1 };
}
