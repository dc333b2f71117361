/**
 * Where the settings live: storage.sync (follows the reader's profile), else storage.local when
 * sync is unavailable or over its quota. Reading migrates older versions (and the foundation's
 * loose `paused` key in storage.local) and writes the result back once.
 */
import { ext } from '../shared/browser';
import { LEGACY_KEYS, parseSettings, type ParsedSettings, SETTINGS_KEY, type Settings } from '../shared/settings';

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

/** Writes the settings to sync, else local; the other area's copy is removed so that one is read. */
export async function saveSettings(settings: Settings): Promise<void> {
  try {
    await ext.storage.sync.set({ [SETTINGS_KEY]: settings });
    await ext.storage.local.remove(SETTINGS_KEY);
  } catch {
    await ext.storage.local.set({ [SETTINGS_KEY]: settings });
    await ext.storage.sync.remove(SETTINGS_KEY).catch(() => undefined);
  }
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
