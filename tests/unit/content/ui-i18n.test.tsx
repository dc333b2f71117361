// @vitest-environment jsdom
/**
 * The in-page card and panel speak the reader's language: rendered with Preact in jsdom over a
 * browser seam whose i18n reads the real _locales files (German, then English).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadMessages as load } from '../locale-browser';

const locale = vi.hoisted(() => ({ lang: 'de', messages: {} as Record<string, { message: string }> }));
vi.mock('../../../src/shared/browser', async () => (await import('../locale-browser')).localeBrowser(locale));

const { Card } = await import('../../../src/content/card');
const { Panel } = await import('../../../src/content/panel');
import type { CardSubject, PanelRow } from '../../../src/content/model';
import type { CardData } from '../../../src/shared/views';

const subject: CardSubject = {
  entity: 0,
  entityId: 'dmitry-peskov',
  name: 'Dmitry Peskov',
  type: 'person',
  quotes: [{ index: 0, text: 'very much alike', kind: 'partial', confidence: 0.97 }],
};
// a second quotation whose speaker the engine is unsure of (it only continues the previous paragraph's)
const unsure: CardSubject = {
  ...subject,
  quotes: [...subject.quotes, { index: 1, text: 'We will see', kind: 'direct', confidence: 0.35 }],
};
const data: CardData = {
  entity: { id: 'dmitry-peskov', name: 'Dmitry Peskov', type: 'person', description: 'Kremlin spokesman.', roles: [] },
  priorStatements: [
    { text: 'We hope so', kind: 'reported', outlet: 'Press TV', date: '2016-11-10', url: 'https://www.presstv.ir/a', storyId: 's' },
  ],
  relatedCoverage: [
    { outlet: 'Press TV', headline: 'Kremlin hopeful', date: null, url: 'https://www.presstv.ir/a', covers: 'The same remarks.' },
  ],
  matches: [
    { quoteIndex: 0, relation: 'disputed-by', claimText: 'Not alike', speaker: 'Someone', outlet: 'Press TV', date: null, url: null },
  ],
};
const rows: PanelRow[] = [
  { key: 's:a', group: 'speakers', label: 'Dmitry Peskov', detail: { quotes: 1 }, entity: 0, speaker: null, reveal: null },
  { key: 'e:b', group: 'names', label: 'New York', detail: { type: 'place', mentions: 2 }, entity: 1, speaker: null, reveal: null },
];

const mount = (vnode: preact.ComponentChild): HTMLElement => {
  const root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(vnode, root));
  return root;
};
const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent ?? '');
const noop = () => undefined;
/** The card whose details did not arrive in time, with its way to ask again. */
const lateCard = (): preact.JSX.Element => (
  <Card subject={subject} description={null} details={{ state: 'late' }} position={{ top: 0, left: 0 }} onClose={noop} onRetry={noop} />
);

afterEach(() => {
  document.body.replaceChildren();
});

describe('the card and panel in the reader’s language', () => {
  it('German: every heading, label, kind and count of the card and panel is German', () => {
    locale.lang = 'de';
    locale.messages = load('de');
    const card = mount(
      <Card subject={subject} description={null} details={{ state: 'ready', data }} position={{ top: 0, left: 0 }} onClose={noop} />,
    );
    expect(card.querySelector('.card')?.getAttribute('lang')).toBe('de');
    expect(texts(card, 'h3')).toEqual([
      'In diesem Artikel',
      'Früher gesagt',
      'Weitere Berichte',
      'Aussagen, die ihre wiederholen oder bestreiten',
    ]);
    expect(card.querySelector('.close')?.getAttribute('aria-label')).toBe('Schließen');
    expect(texts(card, '.kind')).toEqual(['Teilzitat', 'Paraphrase', 'Bestritten von']);
    expect(texts(card, '.prior .src')).toEqual(['Press TV · 10.11.2016 · Quelle']);
    expect(card.querySelector('.prior a')?.getAttribute('title')).toBe('(öffnet in einem neuen Tab)');
    expect(card.querySelector('[data-testid="speaker-uncertain"]')).toBeNull();
    const doubtful = mount(
      <Card subject={unsure} description={null} details={{ state: 'loading' }} position={{ top: 0, left: 0 }} onClose={noop} />,
    );
    const hint = 'Wahrscheinlich diese Person: Der Artikel nennt beim Zitat nicht, wer es sagt.';
    expect(texts(doubtful, '.here li')).toEqual(['Teilzitat“very much alike”', `direktes ZitatSprecher unsicher: ${hint} “We will see”`]);
    expect(doubtful.querySelector('.here .uncertain [data-testid="speaker-uncertain"]')?.getAttribute('title')).toBe(hint);
    // the reason is said as text (visually hidden), not only in the tooltip a keyboard or screen-reader user never sees
    expect(texts(doubtful, '.here .uncertain .visually-hidden')).toEqual([`: ${hint} `]);

    const late = mount(lateCard());
    expect(texts(late, '.note')).toEqual([
      'Die Angaben kamen nicht rechtzeitig: Der Hintergrund der Erweiterung hat nicht geantwortet. Erneut versuchen',
    ]);
    expect(texts(late, '.note button.retry')).toEqual(['Erneut versuchen']);

    const panel = mount(<Panel rows={rows} status={null} onChoose={noop} onClose={noop} />);
    expect(texts(panel, 'h2, h3')).toEqual(['In diesem Artikel', 'Sprecher', 'Namen']);
    expect(texts(panel, '.detail')).toEqual(['1 Zitat', 'Ort · 2 Erwähnungen']);
    expect(texts(panel, '.hint')).toEqual(['↑ ↓ bewegen · Eingabe öffnet · Esc schließt']);
    const empty = mount(<Panel rows={[]} status="not-article" onChoose={noop} onClose={noop} />);
    expect(texts(empty, '.note')).toEqual(['Diese Seite sieht nicht wie ein Artikel aus.']);
  });

  it('English: the card while loading, for a speaker the dataset does not know, and when details are unavailable', () => {
    locale.lang = 'en';
    locale.messages = load('en');
    const unknown: CardSubject = { entity: null, entityId: null, name: 'a Trump spokeswoman', type: null, quotes: [] };
    const loading = mount(
      <Card subject={unknown} description={null} details={{ state: 'loading' }} position={{ top: 0, left: 0 }} onClose={noop} />,
    );
    expect(texts(loading, '.role')).toEqual(['Speaker not in the dataset']);
    expect(texts(loading, '.note')).toEqual(['Mentioned, not quoted.', 'Looking up the dataset…']);
    const failed = mount(
      <Card subject={subject} description={null} details={{ state: 'unavailable' }} position={{ top: 0, left: 0 }} onClose={noop} />,
    );
    expect(texts(failed, '.role')).toEqual(['Person']);
    expect(texts(failed, '.kind')).toEqual(['partial quote']);
    const doubtful = mount(
      <Card subject={unsure} description={null} details={{ state: 'unavailable' }} position={{ top: 0, left: 0 }} onClose={noop} />,
    );
    expect(texts(doubtful, '[data-testid="speaker-uncertain"]')).toEqual(['speaker uncertain']);
    expect(texts(doubtful, '[data-testid="speaker-uncertain-hint"]')).toEqual([
      ': Probably this speaker: the article does not name who says it beside the quotation. ',
    ]);
    expect(texts(failed, '.note')).toEqual(['The dataset’s details are not available right now.']);
    const late = mount(lateCard());
    expect(texts(late, '.note')).toEqual(['The details did not arrive in time: the extension’s background did not answer. Try again']);
    const panel = mount(<Panel rows={rows} status={null} onChoose={noop} onClose={noop} />);
    expect(texts(panel, '.detail')).toEqual(['1 quote', 'Place · 2 mentions']);
  });
});
