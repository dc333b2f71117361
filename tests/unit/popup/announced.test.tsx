// @vitest-environment jsdom
/**
 * What the popup tells a keyboard or screen-reader user, rendered with Preact in jsdom over a browser
 * seam whose i18n reads the real _locales files:
 *  - a speaker's quotations (SpeakerItem): each button is described by its line (kind, confidence)
 *    and, for an uncertain speaker, by why, said as text: the reason was only a tooltip (title),
 *    which no keyboard focus or screen reader's reading of the button reaches;
 *  - why the popup stopped following its page (StateError), in a live region there before the error.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Quote } from '../../../src/core/types';
import type { SpeakerGroup } from '../../../src/core/speakers/group';
import { loadMessages as load } from '../locale-browser';

const locale = vi.hoisted(() => ({ lang: 'en', messages: {} as Record<string, { message: string }> }));
vi.mock('../../../src/shared/browser', async () => (await import('../locale-browser')).localeBrowser(locale));

const { SpeakerItem, StateError } = await import('../../../src/popup/index');

const quote = (text: string, confidence: number): Quote =>
  ({ text, kind: 'direct', confidence, speaker: { name: 'Ana Ruiz', entityId: null, confidence }, start: 0, end: 10 }) as unknown as Quote;
const group: SpeakerGroup = {
  key: 'name:ana ruiz',
  name: 'Ana Ruiz',
  entityId: null,
  unnamed: false,
  quotes: [
    { index: 0, quote: quote('The harbour stays open', 0.95) },
    { index: 3, quote: quote('We will see', 0.4) },
  ],
  first: 0,
};

afterEach(() => {
  document.body.replaceChildren();
});

/** Each quotation button's accessible description: the text of the elements its aria-describedby names. */
function descriptions(lang: string): string[] {
  locale.lang = lang;
  locale.messages = load(lang);
  const root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(<SpeakerItem group={group} prior={[]} onReveal={() => undefined} />, root));
  return [...root.querySelectorAll('[data-testid="quote"]')].map((b) =>
    (b.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => (id ? (document.getElementById(id)?.textContent ?? `(no #${id})`) : ''))
      .join(' '),
  );
}

describe('SpeakerItem: what a quotation’s button is described by', () => {
  it.each([
    [
      'en',
      [
        'direct quote · confidence 95%',
        'direct quote · confidence 40% · speaker uncertain: Probably this speaker: the article does not name who says it beside the quotation. ',
      ],
    ],
    [
      'de',
      [
        'direktes Zitat · Sicherheit 95 %',
        'direktes Zitat · Sicherheit 40 % · Sprecher unsicher: Wahrscheinlich diese Person: Der Artikel nennt beim Zitat nicht, wer es sagt. ',
      ],
    ],
  ])('%s: its kind and confidence, and why its speaker is uncertain', (lang, want) => {
    expect(descriptions(lang)).toEqual(want);
  });

  it('each description is the quotation’s own (ids unique in the list)', () => {
    locale.messages = load('en');
    const root = document.createElement('div');
    document.body.appendChild(root);
    act(() => render(<SpeakerItem group={group} prior={[]} onReveal={() => undefined} />, root));
    const ids = [...root.querySelectorAll('[data-testid="quote"]')].map((b) => b.getAttribute('aria-describedby'));
    expect(new Set(ids).size).toBe(2);
  });
});

describe('StateError: why the popup stopped following its page, announced', () => {
  it('a live region there before the error, which the error is written into', () => {
    locale.lang = 'en';
    locale.messages = load('en');
    const root = document.createElement('div');
    document.body.appendChild(root);
    act(() => render(<StateError error={null} />, root));
    const region = root.querySelector('[data-testid="state-error-region"]');
    expect(region?.getAttribute('role')).toBe('status');
    expect(region?.textContent).toBe('');
    act(() => render(<StateError error="the background did not answer in time" />, root));
    // the same element: a region that appears with its text is not reliably announced
    expect(root.querySelector('[data-testid="state-error-region"]')).toBe(region);
    expect(region?.querySelector('[data-testid="state-error"]')?.textContent).toBe(load('en')['errorBackgroundSlow']!.message);
  });
});

describe('SpeakerItem: each speaker’s toggle controls its own list', () => {
  it('gives two speakers whose names are in another script two lists (ids were folded to ASCII)', () => {
    locale.lang = 'en';
    locale.messages = load('en');
    const root = document.createElement('ul');
    document.body.appendChild(root);
    const named = (key: string, name: string): SpeakerGroup => ({ ...group, key, name });
    act(() =>
      render(
        <>
          <SpeakerItem group={named('name:李明', '李明')} prior={[]} onReveal={() => undefined} />
          <SpeakerItem group={named('name:王芳', '王芳')} prior={[]} onReveal={() => undefined} />
        </>,
        root,
      ),
    );
    const toggles = [...root.querySelectorAll('.speaker-toggle')];
    const lists = toggles.map((b) => document.getElementById(b.getAttribute('aria-controls') ?? ''));
    expect(toggles).toHaveLength(2);
    expect(lists[0]).not.toBeNull();
    expect(lists[1]).not.toBeNull();
    expect(lists[0]).not.toBe(lists[1]);
    expect(lists[0]!.closest('.speaker')).toBe(toggles[0]!.closest('.speaker'));
    expect(lists[1]!.closest('.speaker')).toBe(toggles[1]!.closest('.speaker'));
    // the quotations' descriptions too: each button's describedby is inside its own speaker
    for (const b of root.querySelectorAll('[data-testid="quote"]')) {
      const d = document.getElementById(b.getAttribute('aria-describedby') ?? '');
      expect(d?.closest('.speaker')).toBe(b.closest('.speaker'));
    }
  });
});
