/** A quotation for the speaker tests: its text and end follow from where it starts, its speaker is what matters. */
import type { Quote } from '../../src/core/types';

export const quoteBy = (start: number, name: string, entityId: string | null): Quote => ({
  text: `q${start}`,
  start,
  end: start + 5,
  kind: 'direct',
  speaker: { name, entityId, mention: null },
  confidence: 0.9,
  paragraph: 0,
});

/** Six quotations by three speakers: Peskov (by entity, under two names), an unnamed spokeswoman (in two cases), Trump. */
export const THREE_SPEAKERS: Quote[] = [
  quoteBy(10, 'a Trump spokeswoman', null),
  quoteBy(20, 'Dmitry Peskov', 'dmitry-peskov'),
  quoteBy(30, 'Peskov', 'dmitry-peskov'),
  quoteBy(40, 'Donald Trump', 'donald-trump'),
  quoteBy(50, 'A Trump Spokeswoman ', null),
  quoteBy(60, 'Dmitry Peskov', 'dmitry-peskov'),
];
