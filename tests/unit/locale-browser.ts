/**
 * The browser seam (src/shared/browser) for tests that render the UI in the reader's language: its
 * i18n reads the real _locales files (`loadMessages`), the language and messages held in `locale`,
 * which the test sets. Used in a vi.mock factory:
 *   const locale = vi.hoisted(() => ({ lang: 'en', messages: {} as Messages }));
 *   vi.mock('../../../src/shared/browser', async () => (await import('../locale-browser')).localeBrowser(locale));
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Messages = Record<string, { message: string }>;

/** A locale's messages as _locales/<lang>/messages.json has them. */
export const loadMessages = (lang: string): Messages =>
  JSON.parse(readFileSync(join(__dirname, '../../_locales', lang, 'messages.json'), 'utf8')) as Messages;

/** The seam's exports (ext's i18n, t) over `locale`, read at each call. */
export function localeBrowser(locale: { lang: string; messages: Messages }) {
  const getMessage = (key: string, subs?: string | string[]): string => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (locale.messages[key]?.message ?? '').replace(/\$(\d)/g, (_, d: string) => list[Number(d) - 1] ?? '');
  };
  const ext = { i18n: { getMessage, getUILanguage: () => locale.lang } };
  return { ext, t: (key: string, subs?: string | string[]) => getMessage(key, subs) || key };
}
