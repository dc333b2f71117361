/**
 * Options: default mode, the pause, per-site overrides (edit, remove, add), highlight categories,
 * the dataset in use (facts; import an extra file, validated by the dataset compiler's validator;
 * remove it), and export / import of the settings as JSON (read back with parseSettings).
 */
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ext } from '../shared/browser';
import { formatDate, localizeDocument, plural, t, uiLanguage } from '../shared/i18n';
import { MAX_DATASET_TEXT } from '../shared/guards';
import { type MemoryInfo, RETENTION_BOUNDS } from '../shared/memory';
import { sendFromPage } from '../shared/messaging';
import {
  type Categories,
  exportSettings,
  type ImportMode,
  importSettings,
  MAX_SITES,
  SETTINGS_KEY,
  type Settings,
  type SiteMode,
  siteKeyFromInput,
  withSite,
} from '../shared/settings';
import type { DatasetInfo } from '../shared/views';
import { type Feedback, FeedbackLine } from '../ui/feedback';
import { Switch } from '../ui/switch';

/** The chosen file's text; `tooLarge` (and no text read) when it is over `maxBytes`. */
async function readFile(
  input: HTMLInputElement,
  maxBytes = Infinity,
): Promise<{ name: string; text: string; size: number; tooLarge: boolean } | null> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return null;
  const tooLarge = file.size > maxBytes;
  return { name: file.name, text: tooLarge ? '' : await file.text(), size: file.size, tooLarge };
}

/** A file size for the reader: "50 MB", "3.9 MB", "800 kB" in the UI's language (decimal units). */
function formatBytes(bytes: number): string {
  const [unit, value] = bytes >= 1_000_000 ? (['megabyte', bytes / 1_000_000] as const) : (['kilobyte', bytes / 1_000] as const);
  return new Intl.NumberFormat(uiLanguage(), { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** One choice out of a few, as radio buttons (ids and test ids `<name>-<value>`). */
function RadioGroup<V extends string>(props: {
  name: string;
  legend: string;
  options: Array<[V, string]>;
  value: V;
  onChange: (v: V) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <div key={value} class="radio-row">
          <input
            type="radio"
            name={props.name}
            id={`${props.name}-${value}`}
            data-testid={`${props.name}-${value}`}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />
          <label for={`${props.name}-${value}`}>{label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** Offers a text as a JSON file to save. */
function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const CATEGORY_KEYS: Array<keyof Categories> = ['people', 'organizations', 'places', 'quotations'];

function categoryLabel(k: keyof Categories): string {
  if (k === 'people') return t('categoryPeople');
  if (k === 'organizations') return t('categoryOrganizations');
  if (k === 'places') return t('categoryPlaces');
  return t('categoryQuotations');
}

function SitesEditor(props: { settings: Settings; save: (s: Settings) => Promise<void> }) {
  const { settings, save } = props;
  const [input, setInput] = useState('');
  const [addOn, setAddOn] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const sites = Object.entries(settings.sites).sort(([a], [b]) => (a < b ? -1 : 1));
  const add = async (e: Event) => {
    e.preventDefault();
    const key = siteKeyFromInput(input);
    if (key === null) {
      setError(t('siteInvalid', input.slice(0, 80)));
      return;
    }
    if (!(key in settings.sites) && sites.length >= MAX_SITES) {
      setError(t('sitesFull', String(MAX_SITES)));
      return;
    }
    setError(null);
    setInput('');
    await save({ ...settings, sites: { ...settings.sites, [key]: addOn } });
  };
  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">{t('sitesHeading')}</h2>
      <p class="muted">{t('sitesHelp')}</p>
      {sites.length === 0 ? (
        <p class="muted" data-testid="no-sites">
          {t('sitesEmpty')}
        </p>
      ) : (
        <table class="sites" data-testid="sites">
          <thead>
            <tr>
              <th scope="col">{t('siteColumn')}</th>
              <th scope="col">{t('stateColumn')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('actionsColumn')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sites.map(([site, on]) => (
              <tr key={site} data-testid="site-row" data-site={site}>
                <th scope="row">{site}</th>
                <td>
                  <select
                    aria-label={t('siteStateLabel', site)}
                    value={on ? 'on' : 'off'}
                    onChange={(e) =>
                      void save({
                        ...settings,
                        sites: { ...settings.sites, [site]: (e.currentTarget as HTMLSelectElement).value === 'on' },
                      })
                    }
                  >
                    <option value="on">{t('siteOn')}</option>
                    <option value="off">{t('siteOff')}</option>
                  </select>
                </td>
                <td>
                  <button type="button" aria-label={t('siteRemoveLabel', site)} onClick={() => void save(withSite(settings, site, null))}>
                    {t('remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="add-site" onSubmit={(e) => void add(e)}>
        <label for="add-site-input">{t('siteAddLabel')}</label>
        <input
          id="add-site-input"
          type="text"
          value={input}
          placeholder="example.com"
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />
        <label for="add-site-state" class="visually-hidden">
          {t('stateColumn')}
        </label>
        <select
          id="add-site-state"
          value={addOn ? 'on' : 'off'}
          onChange={(e) => setAddOn((e.currentTarget as HTMLSelectElement).value === 'on')}
        >
          <option value="off">{t('siteOff')}</option>
          <option value="on">{t('siteOn')}</option>
        </select>
        <button type="submit">{t('add')}</button>
      </form>
      {error ? (
        <p class="feedback feedback-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

function DatasetSection() {
  const [info, setInfo] = useState<DatasetInfo | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  useEffect(() => {
    void sendFromPage('dataset/info', {}).then(setInfo, (e: unknown) => setFeedback({ kind: 'error', text: String(e) }));
  }, []);
  const onFile = async (e: Event) => {
    const file = await readFile(e.currentTarget as HTMLInputElement, MAX_DATASET_TEXT);
    if (!file) return;
    if (file.tooLarge) {
      setFeedback({ kind: 'error', text: t('datasetTooLarge', [file.name, formatBytes(file.size), formatBytes(MAX_DATASET_TEXT)]) });
      return;
    }
    try {
      const next = await sendFromPage('dataset/import', { name: file.name, text: file.text });
      setInfo(next);
      setFeedback({ kind: 'ok', text: t('datasetImported', file.name), details: next.extra?.conflicts ?? [] });
    } catch (err) {
      const lines = (err instanceof Error ? err.message : String(err)).split('\n');
      setFeedback({ kind: 'error', text: t('datasetInvalid', file.name), details: lines });
    }
  };
  const remove = async () => {
    setInfo(await sendFromPage('dataset/remove', {}));
    setFeedback({ kind: 'ok', text: t('datasetRemoved') });
  };
  return (
    <section aria-labelledby="dataset-h">
      <h2 id="dataset-h">{t('datasetHeading')}</h2>
      {info ? (
        <dl class="facts" data-testid="dataset-facts">
          <dt>{t('datasetStories')}</dt>
          <dd data-testid="fact-stories">{info.stories}</dd>
          <dt>{t('datasetEntities')}</dt>
          <dd data-testid="fact-entities">{info.entities}</dd>
          <dt>{t('datasetClaims')}</dt>
          <dd data-testid="fact-claims">{info.claims}</dd>
          <dt>{t('datasetCoverage')}</dt>
          <dd data-testid="fact-coverage">{info.coverage}</dd>
          <dt>{t('datasetDate')}</dt>
          <dd data-testid="fact-date">{formatDate(info.buildDate)}</dd>
        </dl>
      ) : (
        <p class="muted">{t('loading')}</p>
      )}
      {info?.storedProblem ? (
        <div class="feedback feedback-error" role="alert" data-testid="dataset-stored-problem">
          <p>{t('datasetStoredCorrupt', info.storedProblem.name)}</p>
          <ul>
            {info.storedProblem.errors.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
          <button type="button" data-testid="dataset-remove" onClick={() => void remove()}>
            {t('datasetRemove')}
          </button>
        </div>
      ) : null}
      {info?.extra ? (
        <div class="extra" data-testid="dataset-extra">
          <p>
            {t('datasetExtra', [info.extra.name, formatDate(info.extra.importedAt.slice(0, 10))])}{' '}
            <span class="muted">
              {plural('storyCount', info.extra.stories)}, {plural('claimCount', info.extra.claims)}
            </span>
          </p>
          <button type="button" data-testid="dataset-remove" onClick={() => void remove()}>
            {t('datasetRemove')}
          </button>
        </div>
      ) : null}
      <p>
        <label for="dataset-file">{t('datasetImportLabel')}</label>{' '}
        <input id="dataset-file" data-testid="dataset-file" type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
      </p>
      <p class="muted">{t('datasetImportHelp')}</p>
      <FeedbackLine value={feedback} testId="dataset-feedback" />
    </section>
  );
}

/** The reading memory: on/off, counts and storage, retention, export, clear all, forget one site, and a failed write reported. */
function MemorySection() {
  const [info, setInfo] = useState<MemoryInfo | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [site, setSite] = useState('');
  const [days, setDays] = useState('');
  const [max, setMax] = useState('');
  const show = useCallback((next: MemoryInfo) => {
    setInfo(next);
    setDays(String(next.settings.days));
    setMax(String(next.settings.maxArticles));
  }, []);
  const fail = (e: unknown) => setFeedback({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
  useEffect(() => {
    void sendFromPage('memory/info', {}).then(show, fail);
  }, [show]);
  if (!info) return null;
  const act = async (p: Promise<MemoryInfo>, ok: string) => {
    try {
      show(await p);
      setFeedback({ kind: 'ok', text: ok });
    } catch (e) {
      fail(e);
    }
  };
  const saveRetention = (e: Event) => {
    e.preventDefault();
    const d = Math.round(Number(days));
    const m = Math.round(Number(max));
    const ok =
      d >= RETENTION_BOUNDS.days.min &&
      d <= RETENTION_BOUNDS.days.max &&
      m >= RETENTION_BOUNDS.maxArticles.min &&
      m <= RETENTION_BOUNDS.maxArticles.max;
    if (!ok)
      return fail(
        new Error(
          `${RETENTION_BOUNDS.days.min}–${RETENTION_BOUNDS.days.max} / ${RETENTION_BOUNDS.maxArticles.min}–${RETENTION_BOUNDS.maxArticles.max}`,
        ),
      );
    void act(sendFromPage('memory/settings', { settings: { ...info.settings, days: d, maxArticles: m } }), t('memorySaved'));
  };
  const forget = (e: Event) => {
    e.preventDefault();
    const key = siteKeyFromInput(site);
    if (key === null) return fail(new Error(t('siteInvalid', site.slice(0, 80))));
    setSite('');
    void act(sendFromPage('memory/forget-site', { site: key }), t('memorySiteForgotten', key));
  };
  const exportMemory = async () => {
    try {
      downloadText('sourcelight-reading.json', (await sendFromPage('memory/export', {})).text);
    } catch (e) {
      fail(e);
    }
  };
  return (
    <section aria-labelledby="memory-h" data-testid="memory">
      <h2 id="memory-h">{t('memoryHeading')}</h2>
      <p class="muted">{t('memoryExplain')}</p>
      <Switch
        id="memory-switch"
        testId="memory-switch"
        label={t('memoryOn')}
        checked={info.settings.on}
        onChange={(on) => void act(sendFromPage('memory/settings', { settings: { ...info.settings, on } }), t('memorySaved'))}
      />
      <p data-testid="memory-counts">{t('memoryCounts', [String(info.articles), String(info.quotes)])}</p>
      {info.bytes !== null ? (
        <p class="muted" data-testid="memory-bytes">
          {t('memoryStorage', String(Math.round(info.bytes / 1024)))}
        </p>
      ) : null}
      {info.problem ? (
        <p class="feedback feedback-error" role="alert" data-testid="memory-problem">
          {info.problem === 'quota' ? t('memoryQuota') : t('memoryProblem', info.problem)}
        </p>
      ) : null}
      <form onSubmit={saveRetention}>
        <label for="memory-days">{t('memoryDays')}</label>{' '}
        <input
          id="memory-days"
          data-testid="memory-days"
          type="number"
          min={RETENTION_BOUNDS.days.min}
          max={RETENTION_BOUNDS.days.max}
          value={days}
          onInput={(e) => setDays(e.currentTarget.value)}
        />{' '}
        <label for="memory-max">{t('memoryMax')}</label>{' '}
        <input
          id="memory-max"
          data-testid="memory-max"
          type="number"
          min={RETENTION_BOUNDS.maxArticles.min}
          max={RETENTION_BOUNDS.maxArticles.max}
          value={max}
          onInput={(e) => setMax(e.currentTarget.value)}
        />{' '}
        <button type="submit" data-testid="memory-save">
          {t('memorySave')}
        </button>
      </form>
      <form onSubmit={forget}>
        <label for="memory-site">{t('memoryForgetSiteLabel')}</label>{' '}
        <input id="memory-site" data-testid="memory-site" value={site} onInput={(e) => setSite(e.currentTarget.value)} />{' '}
        <button type="submit" data-testid="memory-forget-site">
          {t('memoryForgetSite')}
        </button>
      </form>
      <p>
        <button type="button" data-testid="memory-export" onClick={() => void exportMemory()}>
          {t('memoryExport')}
        </button>{' '}
        <button type="button" data-testid="memory-clear" onClick={() => void act(sendFromPage('memory/clear', {}), t('memoryCleared'))}>
          {t('memoryClear')}
        </button>
      </p>
      <FeedbackLine value={feedback} testId="memory-feedback" />
    </section>
  );
}

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [importMode, setImportMode] = useState<ImportMode>('merge');
  /** the settings before the last import (undo restores them) */
  const [undo, setUndo] = useState<Settings | null>(null);

  const load = useCallback(async () => {
    const reply = await sendFromPage('settings/get', {});
    setSettings(reply.settings);
    setProblems(reply.problems);
  }, []);
  useEffect(() => {
    void load();
    const listener = (changes: Record<string, unknown>) => {
      if (SETTINGS_KEY in changes) void load();
    };
    ext.storage.onChanged.addListener(listener);
    return () => ext.storage.onChanged.removeListener(listener);
  }, [load]);

  const save = async (next: Settings) => {
    setSettings(next);
    const reply = await sendFromPage('settings/set', { settings: next });
    setSettings(reply.settings);
    setProblems([]);
  };

  if (!settings) return <p role="status">{t('loading')}</p>;

  const exportFile = () => downloadText('sourcelight-settings.json', exportSettings(settings));
  const importFile = async (e: Event) => {
    const file = await readFile(e.currentTarget as HTMLInputElement);
    if (!file) return;
    // the stored settings, not this page's copy: another page may have changed them
    const before = (await sendFromPage('settings/get', {})).settings;
    const result = importSettings(before, file.text, importMode);
    if (!result.ok) {
      const text =
        result.reason === 'not-json'
          ? t('settingsImportNotJson', file.name)
          : result.reason === 'too-many-sites'
            ? t('settingsImportTooMany', [file.name, String(MAX_SITES)])
            : t('settingsImportInvalid', file.name);
      setFeedback({ kind: 'error', text });
      return;
    }
    await save(result.settings);
    setUndo(before);
    setFeedback({
      kind: 'ok',
      text: result.problems.length > 0 ? t('settingsImportedPartly', file.name) : t('settingsImported', file.name),
      details: [t('settingsImportSummary', [String(result.added), String(result.changed), String(result.removed)]), ...result.problems],
    });
  };
  const undoImport = async () => {
    if (!undo) return;
    await save(undo);
    setUndo(null);
    setFeedback({ kind: 'ok', text: t('settingsUndone') });
  };

  return (
    <>
      <h1>{t('optionsHeading')}</h1>
      {problems.length > 0 ? (
        <div class="feedback feedback-error" role="alert" data-testid="settings-problems">
          <p>{t('settingsProblems')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <section aria-labelledby="general-h">
        <h2 id="general-h">{t('generalHeading')}</h2>
        <Switch
          id="pause"
          testId="pause"
          label={t('pauseEverywhere')}
          description={t('pauseHelp')}
          checked={settings.paused}
          onChange={(paused) => void save({ ...settings, paused })}
        />
        <RadioGroup
          name="mode"
          legend={t('modeLegend')}
          options={[
            ['everywhere', t('modeEverywhere')],
            ['only-enabled', t('modeOnlyEnabled')],
          ]}
          value={settings.mode}
          onChange={(mode: SiteMode) => void save({ ...settings, mode })}
        />
      </section>

      <section aria-labelledby="categories-h">
        <h2 id="categories-h">{t('categoriesHeading')}</h2>
        {CATEGORY_KEYS.map((k) => (
          <Switch
            key={k}
            id={`category-${k}`}
            testId={`category-${k}`}
            label={categoryLabel(k)}
            checked={settings.categories[k]}
            onChange={(on) => void save({ ...settings, categories: { ...settings.categories, [k]: on } })}
          />
        ))}
      </section>

      <SitesEditor settings={settings} save={save} />

      <DatasetSection />

      <MemorySection />

      <section aria-labelledby="backup-h">
        <h2 id="backup-h">{t('backupHeading')}</h2>
        <p>
          <button type="button" data-testid="settings-export" onClick={exportFile}>
            {t('settingsExport')}
          </button>
        </p>
        <RadioGroup
          name="import"
          legend={t('settingsImportModeLegend')}
          options={[
            ['merge', t('settingsImportMerge')],
            ['replace', t('settingsImportReplace')],
          ]}
          value={importMode}
          onChange={setImportMode}
        />
        <p>
          <label for="settings-file">{t('settingsImportLabel')}</label>{' '}
          <input
            id="settings-file"
            data-testid="settings-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => void importFile(e)}
          />
        </p>
        <FeedbackLine value={feedback} testId="settings-feedback" />
        {undo ? (
          <p>
            <button type="button" data-testid="settings-undo" onClick={() => void undoImport()}>
              {t('settingsUndo')}
            </button>
          </p>
        ) : null}
      </section>
    </>
  );
}

localizeDocument('optionsTitle');
const root = document.getElementById('app');
if (root) render(<Options />, root);
