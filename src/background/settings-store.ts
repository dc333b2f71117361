/**
 * Where the settings live: storage.sync (follows the reader's profile) while they fit in one sync
 * item, else storage.local (a long per-site list, or sync unavailable). Reading migrates older
 * versions (and the foundation's loose `paused` key in storage.local) and writes the result back
 * once. Every change goes through one queue (updateSettings): read, change and write never
 * interleave, so concurrent per-site switches all land.
 */
import { ext } from '../shared/browser';
import { LEGACY_KEYS, parseSettings, type ParsedSettings, SETTINGS_KEY, type Settings, settingsArea } from '../shared/settings';

type Area = 'sync' | 'local';

async function read(area: Area): Promise<unknown> {
  const got = await ext.storage[area].get(SETTINGS_KEY);
  return got[SETTINGS_KEY];
}

/** The raw stored value and the area it came from (sync first). */
async function readRaw(): Promise<{ raw: unknown; area: Area | null }> {
  try {
    const raw = await read('sync');
    if (raw !== undefined) return { raw, area: 'sync' };
  } catch {
    // storage.sync unavailable (disabled by policy, or not implemented): use local
  }
  const local = await read('local');
  if (local !== undefined) return { raw: local, area: 'local' };
  const legacy = await ext.storage.local.get([...LEGACY_KEYS]);
  return Object.keys(legacy).length > 0 ? { raw: legacy, area: null } : { raw: undefined, area: null };
}

/** The settings in force, never throwing: corrupt parts fall back to defaults (parseSettings). */
export async function loadSettings(): Promise<ParsedSettings> {
  const { raw, area } = await readRaw();
  const parsed = parseSettings(raw);
  if (parsed.migratedFrom !== null) {
    await saveSettings(parsed.settings);
    if (area === null) await ext.storage.local.remove([...LEGACY_KEYS]);
  }
  return parsed;
}

/**
 * Writes the settings to sync when they fit in one sync item, else (or when sync fails) to local;
 * the other area's copy is removed so that one is read.
 */
export async function saveSettings(settings: Settings): Promise<void> {
  if (settingsArea(settings) === 'sync') {
    try {
      await ext.storage.sync.set({ [SETTINGS_KEY]: settings });
      await ext.storage.local.remove(SETTINGS_KEY);
      return;
    } catch {
      // sync unavailable or over its quota: local below
    }
  }
  await ext.storage.local.set({ [SETTINGS_KEY]: settings });
  await ext.storage.sync.remove(SETTINGS_KEY).catch(() => undefined);
}

/** The tail of the queue every settings change waits its turn in. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Applies `change` to the settings in force and writes the result, after every change queued
 * before it has been written (one at a time: a change never starts from a stale read).
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const run = queue.then(async () => {
    const next = change((await loadSettings()).settings);
    await saveSettings(next);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Calls `fn(before, after)` when the stored settings change (from any context). Returns the teardown. */
export function onSettingsChanged(fn: (before: Settings, after: Settings) => void): () => void {
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    if (area !== 'sync' && area !== 'local') return;
    const change = changes[SETTINGS_KEY];
    if (!change || change.newValue === undefined) return;
    fn(parseSettings(change.oldValue).settings, parseSettings(change.newValue).settings);
  };
  ext.storage.onChanged.addListener(listener);
  return () => ext.storage.onChanged.removeListener(listener);
}
