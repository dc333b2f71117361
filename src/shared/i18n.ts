/**
 * UI strings: every visible string comes from _locales through these helpers (tests/unit/i18n.test.ts
 * checks that each key used in src/ exists in every locale).
 */
import { ext, t } from './browser';

export { t };

/** A count with its noun: `plural('quoteCount', 3)` reads `quoteCount_one` or `quoteCount_other` with $1 = 3. */
export function plural(key: string, n: number): string {
  return t(n === 1 ? `${key}_one` : `${key}_other`, String(n));
}

export function uiLanguage(): string {
  try {
    return ext.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** A dataset date (YYYY-MM-DD) in the reader's language; the raw value when it is not one. */
export function formatDate(date: string | null): string {
  if (!date) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  try {
    return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))),
    );
  } catch {
    return date;
  }
}

/** Sets the document's language and direction from the UI locale (screen readers read it right). */
export function localizeDocument(titleKey: string): void {
  document.documentElement.lang = uiLanguage();
  document.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  document.title = t(titleKey);
}
