/**
 * What the content script answers the background (BackgroundToContent), as one route: used by the
 * start-up script (loader.ts) until it hands over, then by the rest (index.ts).
 */
import { backgroundToContentGuards } from '../shared/content-guards';
import { route, type Route } from '../shared/dispatch';
import type { BackgroundToContent } from '../shared/protocol';
import type { SiteStatus } from '../shared/settings';

export interface Answers {
  /** the site's status changed (on/off, categories) */
  settings(s: SiteStatus): void;
  /** scrolls to quotation `quoteIndex` and flashes it; whether it is placed */
  reveal(quoteIndex: number): boolean;
  openPanel(): void | Promise<void>;
}

export function answersRoute(a: Answers): Route<BackgroundToContent> {
  return route<BackgroundToContent>({
    from: 'extension-page',
    guards: backgroundToContentGuards,
    handlers: {
      'content/ping': () => ({ ok: true as const, url: location.href }),
      'content/settings': (s) => {
        a.settings(s);
        return { ok: true as const };
      },
      'content/reveal': ({ quoteIndex }) => ({ ok: a.reveal(quoteIndex) }),
      'content/open-panel': async () => {
        await a.openPanel();
        return { ok: true as const };
      },
    },
  });
}
