/**
 * The reader's settings: schema, defaults, version, migrations, and the pure decision of
 * whether Sourcelight runs on a page. No browser APIs here (the background stores them).
 *
 * Versions:
 *  - 1 (the foundation): `{ paused: boolean }` in storage.local, later `{ version: 1, paused,
 *    disabledSites: string[] }`: on everywhere except the listed sites.
 *  - 2 (current): a default mode, per-site overrides keyed by host, a global pause and the
 *    highlight categories.
 */
import { type Guard, isBoolean, isObject, isShape } from './validate';

export const SETTINGS_VERSION = 2;
/** The storage key (storage.sync, else storage.local) under which the settings object lives. */
export const SETTINGS_KEY = 'settings';
/** Keys the foundation (version 1 without a version field) wrote straight into storage.local. */
export const LEGACY_KEYS = ['paused', 'disabledSites'] as const;

export type SiteMode = 'everywhere' | 'only-enabled';

/** Highlight categories the reader can switch on and off. */
export interface Categories {
  people: boolean;
  organizations: boolean;
  places: boolean;
  quotations: boolean;
}

/** Whether Sourcelight runs on a page, and what it shows there (computed by the background from settings). */
export interface SiteStatus {
  enabled: boolean;
  /** why not, when not enabled */
  reason: 'paused' | 'site-off' | 'not-allowed' | null;
  /** the host the per-site switch applies to ("www." folded) */
  site: string;
  categories: Categories;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** on every site unless switched off there, or only on sites switched on */
  mode: SiteMode;
  /** global pause: nothing runs anywhere */
  paused: boolean;
  /** per-site overrides: host ("www." folded, lower case) -> on or off */
  sites: Record<string, boolean>;
  categories: Categories;
}

export const DEFAULT_CATEGORIES: Categories = { people: true, organizations: true, places: true, quotations: true };

export function defaultSettings(): Settings {
  return { version: SETTINGS_VERSION, mode: 'everywhere', paused: false, sites: {}, categories: { ...DEFAULT_CATEGORIES } };
}

/**
 * At most this many per-site overrides (about 300 KB in storage.local, far below its quota). A list
 * too large for one storage.sync item lives in storage.local (settingsArea); the options page and the
 * import say so before a site would be dropped.
 */
export const MAX_SITES = 10_000;
const MAX_HOST = 253;

/* ------------------------------------------------------------------ hosts */

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

function foldWww(host: string): string {
  return host.startsWith('www.') && host.length > 4 && host.slice(4).includes('.') ? host.slice(4) : host;
}

/** "www." folded, lower case; null for a string that is not a plausible host name. */
export function normalizeHost(host: string): string | null {
  let h = host.trim().toLowerCase().replace(/\.$/, '');
  if (h.length === 0 || h.length > MAX_HOST) return null;
  if (/^\[[0-9a-f:.]+\]$/.test(h)) return h; // IPv6 literal as URL.hostname gives it
  if (IPV4.test(h)) return h.split('.').every((n) => Number(n) <= 255) ? h : null;
  h = foldWww(h);
  const labels = h.split('.');
  return labels.every((l) => HOST_LABEL.test(l) || /^xn--[a-z0-9-]+$/.test(l)) ? h : null;
}

/**
 * The site key of what a reader types in the options page: a host or an address
 * ("https://www.Example.com/news" -> "example.com"). Null when it is neither.
 */
export function siteKeyFromInput(input: string): string | null {
  const s = input.trim();
  if (s === '') return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    try {
      const u = new URL(s);
      return /^https?:$/.test(u.protocol) ? normalizeHost(u.hostname) : null;
    } catch {
      return null;
    }
  }
  if (/[/?#@\s]/.test(s.replace(/\/+$/, ''))) return null;
  return normalizeHost(s.replace(/\/+$/, '').replace(/:\d+$/, ''));
}

/** The pages no extension may script: the add-on stores. */
const STORE_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];
const STORE_PATHS: Array<[string, string]> = [['chrome.google.com', '/webstore']];

export interface PageSite {
  /** the switch's key: host with "www." folded */
  site: string;
  /** false for browser pages, files, the add-on stores: extensions cannot run there */
  allowed: boolean;
}

/** What a URL means for the per-site switch. */
export function pageSite(url: string): PageSite {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { site: '', allowed: false };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { site: '', allowed: false };
  const site = normalizeHost(u.hostname) ?? u.hostname.toLowerCase();
  const store = STORE_HOSTS.includes(site) || STORE_PATHS.some(([h, p]) => site === h && u.pathname.startsWith(p));
  return { site, allowed: !store && site !== '' };
}

/** The host and its parent domains, most specific first ("a.b.com", "b.com", "com"); an IP only itself. */
export function hostChain(site: string): string[] {
  if (IPV4.test(site) || site.startsWith('[')) return [site];
  const labels = site.split('.');
  return labels.map((_, i) => labels.slice(i).join('.'));
}

/** The override that applies to a host: the most specific one (its own, else its nearest parent's). */
export function overrideFor(site: string, sites: Record<string, boolean>): { host: string; enabled: boolean } | null {
  for (const host of hostChain(site)) {
    if (Object.prototype.hasOwnProperty.call(sites, host)) return { host, enabled: sites[host] === true };
  }
  return null;
}

/* ---------------------------------------------------------------- decision */

/** Whether Sourcelight runs on a page, why not, and what it highlights there. */
export function siteStatus(url: string, settings: Settings): SiteStatus {
  const { site, allowed } = pageSite(url);
  const categories = { ...settings.categories };
  if (!allowed) return { enabled: false, reason: 'not-allowed', site, categories };
  if (settings.paused) return { enabled: false, reason: 'paused', site, categories };
  const override = overrideFor(site, settings.sites);
  const on = override ? override.enabled : settings.mode === 'everywhere';
  return { enabled: on, reason: on ? null : 'site-off', site, categories };
}

export function isSiteEnabled(url: string, settings: Settings): boolean {
  return siteStatus(url, settings).enabled;
}

/**
 * The settings with the per-site switch for `site` set to `enabled`. The override is removed
 * when the site would be in that state without it (keeps the list to real exceptions), and
 * written when a parent domain's override or the default mode says otherwise.
 */
export function withSite(settings: Settings, site: string, enabled: boolean | null): Settings {
  const sites = { ...settings.sites };
  delete sites[site];
  if (enabled !== null) {
    const inherited = overrideFor(site, sites);
    const wouldBe = inherited ? inherited.enabled : settings.mode === 'everywhere';
    if (wouldBe !== enabled) {
      // refused, never stored and cut later: the list is full
      if (!(site in settings.sites) && Object.keys(settings.sites).length >= MAX_SITES)
        throw new RangeError(`at most ${MAX_SITES} sites can be listed`);
      sites[site] = enabled;
    }
  }
  return { ...settings, sites };
}

/* ------------------------------------------------------------------ parsing */

export interface ParsedSettings {
  settings: Settings;
  /** what could not be read and was replaced by its default (empty when all was fine) */
  problems: string[];
  /** the version the raw value was written by, when it was migrated; null otherwise */
  migratedFrom: number | null;
}

export const isCategories: Guard<Categories> = /* @__PURE__ */ isShape<Categories>({
  people: isBoolean,
  organizations: isBoolean,
  places: isBoolean,
  quotations: isBoolean,
});

export const isSettings: Guard<Settings> = (v: unknown): v is Settings =>
  isObject(v) &&
  isShape<Settings>({
    version: (x: unknown): x is 2 => x === SETTINGS_VERSION,
    mode: (x: unknown): x is SiteMode => x === 'everywhere' || x === 'only-enabled',
    paused: isBoolean,
    sites: (x: unknown): x is Record<string, boolean> =>
      isObject(x) && Object.keys(x).length <= MAX_SITES && Object.entries(x).every(([k, b]) => normalizeHost(k) === k && isBoolean(b)),
    categories: isCategories,
  })(v);

function readSites(raw: unknown, problems: string[]): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  if (raw === undefined) return out;
  if (!isObject(raw)) {
    problems.push('sites: not a list of sites; none kept');
    return out;
  }
  let kept = 0;
  for (const [key, value] of Object.entries(raw)) {
    const host = normalizeHost(key);
    if (host === null || !isBoolean(value)) {
      problems.push(`sites.${key.slice(0, 80)}: unreadable; dropped`);
      continue;
    }
    if (kept >= MAX_SITES) {
      problems.push(`sites: more than ${MAX_SITES}; the rest dropped`);
      break;
    }
    if (!(host in out)) kept++;
    out[host] = value;
  }
  return out;
}

function readCategories(raw: unknown, problems: string[]): Categories {
  const out = { ...DEFAULT_CATEGORIES };
  if (raw === undefined) return out;
  if (!isObject(raw)) {
    problems.push('categories: unreadable; defaults used');
    return out;
  }
  for (const k of Object.keys(out) as Array<keyof Categories>) {
    const v = raw[k];
    if (isBoolean(v)) out[k] = v;
    else if (v !== undefined) problems.push(`categories.${k}: not on/off; default used`);
  }
  return out;
}

function readBoolean(raw: Record<string, unknown>, key: string, fallback: boolean, problems: string[]): boolean {
  const v = raw[key];
  if (isBoolean(v)) return v;
  if (v !== undefined) problems.push(`${key}: not on/off; default used`);
  return fallback;
}

/** Version 1: on everywhere except `disabledSites`; `paused`. */
function migrateV1(raw: Record<string, unknown>, problems: string[]): Settings {
  const settings = defaultSettings();
  settings.paused = readBoolean(raw, 'paused', false, problems);
  const list = raw['disabledSites'];
  if (list !== undefined && !Array.isArray(list)) problems.push('disabledSites: not a list; none kept');
  for (const entry of Array.isArray(list) ? list : []) {
    const host = typeof entry === 'string' ? siteKeyFromInput(entry) : null;
    if (host === null) problems.push(`disabledSites: ${String(entry).slice(0, 80)}: unreadable; dropped`);
    else if (Object.keys(settings.sites).length < MAX_SITES) settings.sites[host] = false;
  }
  return settings;
}

/**
 * Reads stored settings of any version. Never throws: what cannot be read is replaced by its
 * default and named in `problems`; what can (the sites list above all) is kept.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings: defaultSettings(), problems, migratedFrom: null };
  if (typeof raw === 'string') {
    try {
      return parseSettings(JSON.parse(raw) as unknown);
    } catch {
      return { settings: defaultSettings(), problems: ['settings: not readable; defaults used'], migratedFrom: null };
    }
  }
  if (!isObject(raw)) return { settings: defaultSettings(), problems: ['settings: not an object; defaults used'], migratedFrom: null };

  const version = raw['version'];
  if (version === undefined || version === 1) {
    return { settings: migrateV1(raw, problems), problems, migratedFrom: 1 };
  }
  if (version !== SETTINGS_VERSION) {
    problems.push(`version: ${String(version).slice(0, 20)} is not known; read as version ${SETTINGS_VERSION}`);
  }
  const modeRaw = raw['mode'];
  let mode: SiteMode = 'everywhere';
  if (modeRaw === 'everywhere' || modeRaw === 'only-enabled') mode = modeRaw;
  else if (modeRaw !== undefined) problems.push('mode: unknown; default used');
  const settings: Settings = {
    version: SETTINGS_VERSION,
    mode,
    paused: readBoolean(raw, 'paused', false, problems),
    sites: readSites(raw['sites'], problems),
    categories: readCategories(raw['categories'], problems),
  };
  return { settings, problems, migratedFrom: null };
}

/* ---------------------------------------------------------------- storage */

/** storage.sync's limit for one item (Chrome and Firefox: 8,192 bytes, key and JSON value counted). */
export const SYNC_ITEM_BYTES = 8_192;

/** The UTF-8 length of a stored item as the browsers count it against their quota (key + JSON). */
export function storedBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/**
 * Where the settings are written: storage.sync while they fit in one sync item, else storage.local
 * (a long per-site list is kept whole there instead of being cut at sync's quota).
 */
export function settingsArea(settings: Settings): 'sync' | 'local' {
  return storedBytes(SETTINGS_KEY, settings) <= SYNC_ITEM_BYTES ? 'sync' : 'local';
}

/* ----------------------------------------------------------- export/import */

/** The marker an exported settings file carries (a file without it is not taken for settings). */
export const SETTINGS_FILE_KIND = 'sourcelight-settings';

/** The settings as a file a reader can keep (export) and read back (readSettingsFile). */
export function exportSettings(settings: Settings): string {
  const sites = Object.fromEntries(Object.entries(settings.sites).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${JSON.stringify({ kind: SETTINGS_FILE_KIND, ...settings, sites }, null, 2)}\n`;
}

const V2_EXPORT_KEYS = ['categories', 'mode', 'paused', 'sites', 'version'];

/**
 * Whether a parsed file is Sourcelight's settings: an export with the kind marker; an export
 * from before the marker (version 2 with exactly its five fields); or a version 1 object with
 * its `disabledSites` list. Anything else (`{}`, a dataset, a list) is not.
 */
export function isSettingsFile(raw: unknown): boolean {
  if (!isObject(raw)) return false;
  if (raw['kind'] === SETTINGS_FILE_KIND) return true;
  if (raw['version'] === 1)
    return Array.isArray(raw['disabledSites']) && Object.keys(raw).every((k) => ['version', 'paused', 'disabledSites'].includes(k));
  const keys = Object.keys(raw).sort();
  return raw['version'] === SETTINGS_VERSION && keys.length === V2_EXPORT_KEYS.length && keys.every((k, i) => k === V2_EXPORT_KEYS[i]);
}

export type ImportMode = 'merge' | 'replace';

export type SettingsImport =
  | { ok: true; settings: Settings; problems: string[]; added: number; changed: number; removed: number }
  | { ok: false; reason: 'not-json' | 'not-settings' | 'too-many-sites'; problems: string[] };

/** The per-site list a file holds, before any cap (readSites caps it): for the too-many check. */
function fileSiteCount(raw: Record<string, unknown>): number {
  const sites = raw['sites'] ?? raw['disabledSites'];
  return Array.isArray(sites) ? sites.length : isObject(sites) ? Object.keys(sites).length : 0;
}

/**
 * The settings after importing a file's text over `current`: refused (nothing changes) when it is
 * not JSON, not recognisably Sourcelight's settings, or holds more sites than are kept. `merge`
 * (the default) keeps the sites the file does not mention; `replace` takes the file's list.
 */
export function importSettings(current: Settings, text: string, mode: ImportMode): SettingsImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text) as unknown;
  } catch {
    return { ok: false, reason: 'not-json', problems: [] };
  }
  if (!isSettingsFile(raw) || !isObject(raw)) return { ok: false, reason: 'not-settings', problems: [] };
  const parsed = parseSettings(raw);
  const sites = mode === 'merge' ? { ...current.sites, ...parsed.settings.sites } : parsed.settings.sites;
  if (fileSiteCount(raw) > MAX_SITES || Object.keys(sites).length > MAX_SITES) return { ok: false, reason: 'too-many-sites', problems: [] };
  const count = (pred: (host: string) => boolean, list: Record<string, boolean>) => Object.keys(list).filter(pred).length;
  return {
    ok: true,
    settings: { ...parsed.settings, sites },
    problems: parsed.problems,
    added: count((h) => !(h in current.sites), sites),
    changed: count((h) => h in current.sites && current.sites[h] !== sites[h], sites),
    removed: count((h) => !(h in sites), current.sites),
  };
}
