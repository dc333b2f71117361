/**
 * The reading memory's settings and what the options page is told about it. Types, defaults and
 * guards only (the store is the background's: src/background/memory-store.ts).
 */
import { isBoolean, isNonNegativeInteger, isShape, type Guard } from './validate';

/** storage.local key of the memory's settings. */
export const MEMORY_SETTINGS_KEY = 'memorySettings';
/** storage.local key of the last problem writing the memory (a quota error), shown by the options page. */
export const MEMORY_PROBLEM_KEY = 'memoryProblem';

export interface MemorySettings {
  /** record the articles read (on by default) */
  on: boolean;
  /** keep an article this many days */
  days: number;
  /** keep at most this many articles, oldest pruned first */
  maxArticles: number;
  /** the popup has said once what is kept and where */
  noticeSeen: boolean;
}

export const DEFAULT_MEMORY_SETTINGS: MemorySettings = { on: true, days: 365, maxArticles: 20_000, noticeSeen: false };

/** Bounds the options page offers and the guard enforces. */
export const RETENTION_BOUNDS = { days: { min: 1, max: 3650 }, maxArticles: { min: 10, max: 100_000 } } as const;

const inRange =
  (min: number, max: number) =>
  (v: unknown): v is number =>
    isNonNegativeInteger(v) && v >= min && v <= max;

export const isMemorySettings: Guard<MemorySettings> = isShape<MemorySettings>({
  on: isBoolean,
  days: inRange(RETENTION_BOUNDS.days.min, RETENTION_BOUNDS.days.max),
  maxArticles: inRange(RETENTION_BOUNDS.maxArticles.min, RETENTION_BOUNDS.maxArticles.max),
  noticeSeen: isBoolean,
});

export interface MemoryInfo {
  settings: MemorySettings;
  articles: number;
  quotes: number;
  /** bytes the extension's storage uses (navigator.storage.estimate), null where unknown */
  bytes: number | null;
  /** the last write that failed (a full disk / quota), null when none since the last success */
  problem: string | null;
}
