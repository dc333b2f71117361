/**
 * The toolbar popup: for the active tab (or `popup.html?tab=<id>`), who is speaking, their quotes,
 * what they said before, related coverage, claims repeated or disputed elsewhere, and the switches.
 * All from one 'tab/state' round trip; asked again when the tab's report or the settings change, and
 * while the page is analyzing (follow.ts).
 */
import { render } from 'preact';
import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import { ext } from '../shared/browser';
import { formatDate, localizeDocument, plural, t } from '../shared/i18n';
import { type ClaimMatchView, type CoverageView, type PriorStatementView, safeUrl, type TabState } from '../shared/views';
import { sendFromPage, sendToTab } from '../shared/messaging';
import { groupSpeakers, mostQuotedFirst, type SpeakerGroup } from '../core/speakers/group';
import { isUncertain, kindLabel, matchLabel, sourceLabel } from '../ui/labels';
import { Switch } from '../ui/switch';
import { SpeakerUncertain } from '../ui/uncertain';
import { type Follower, followTabState, tabChanges } from './follow';
import { ANALYZING_LIMIT, errorDetail, outletOf, popupView, type PopupView } from './model';

async function targetTabId(): Promise<number | null> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const MAX_QUOTE = 240;
const clip = (s: string): string => (s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE - 1).trimEnd()}…` : s);

/** A link that opens in a new tab; plain text when the address is not http(s) (the background drops those already). */
function ExternalLink(props: { href: string | null; children: preact.ComponentChildren; testId?: string }) {
  const href = safeUrl(props.href);
  if (!href) return <span data-testid={props.testId}>{props.children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" data-testid={props.testId}>
      {props.children}
      <span class="visually-hidden"> {t('opensInNewTab')}</span>
    </a>
  );
}

function PriorStatements(props: { items: PriorStatementView[] }) {
  if (props.items.length === 0) return null;
  return (
    <div class="prior" data-testid="prior">
      <h3>{t('priorStatementsHeading')}</h3>
      <ul>
        {props.items.map((p) => (
          <li key={`${p.storyId}:${p.url ?? ''}:${p.text}`} data-testid="prior-item" data-source={p.source ?? 'dataset'}>
            <span class="tag" data-testid="prior-source">
              {sourceLabel(p.source)}
            </span>{' '}
            <q>{clip(p.text)}</q>{' '}
            <span class="muted">
              {p.headline ? <span data-testid="prior-headline">{p.headline}, </span> : null}
              <ExternalLink href={p.url} testId="prior-outlet">
                {p.outlet}
              </ExternalLink>
              {p.date ? <span data-testid="prior-date">, {formatDate(p.date)}</span> : ''}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A speaker in the popup, with their quotations (opened by its toggle). Each quotation's button is
 * described by its line of kind, confidence and, when the speaker is uncertain, why (said as text,
 * not in a tooltip only: a keyboard or screen-reader user never hovers), so what a button reveals is
 * announced with what is known of it.
 */
export function SpeakerItem(props: { group: SpeakerGroup; prior: PriorStatementView[]; onReveal: (index: number) => void }) {
  const { group } = props;
  const [open, setOpen] = useState(false);
  // one id per rendered speaker (a key folded to ASCII made two names of another script one id)
  const listId = `speaker-${useId()}`;
  return (
    <li class="speaker" data-testid="speaker" data-entity-id={group.entityId ?? ''} data-unnamed={group.unnamed ? 'true' : 'false'}>
      <button
        type="button"
        class="speaker-toggle"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <span class="speaker-name" data-testid="speaker-name">
          {group.name}
        </span>
        {group.unnamed ? <span class="tag">{t('unnamedSpeaker')}</span> : null}
        <span class="count" data-testid="quote-count">
          {plural('quoteCount', group.quotes.length)}
        </span>
        {props.prior.length > 0 ? <span class="count muted">{plural('priorCount', props.prior.length)}</span> : null}
      </button>
      <div id={listId} hidden={!open}>
        <PriorStatements items={props.prior} />
        <h3 class="visually-hidden">{t('inThisArticle')}</h3>
        <ol class="quotes">
          {group.quotes.map(({ index, quote }) => (
            <li key={index}>
              <button
                type="button"
                class="quote"
                data-testid="quote"
                data-quote-index={index}
                aria-describedby={`${listId}-meta-${index}`}
                onClick={() => props.onReveal(index)}
              >
                <q>{clip(quote.text)}</q>
              </button>
              <span class="muted quote-meta" id={`${listId}-meta-${index}`}>
                {kindLabel(quote.kind)} · {t('confidence', String(Math.round(quote.confidence * 100)))}
                {isUncertain(quote.confidence) ? (
                  <>
                    {' · '}
                    <SpeakerUncertain labelClass="uncertain" />
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </li>
  );
}

function Coverage(props: { items: CoverageView[] }) {
  if (props.items.length === 0) return null;
  return (
    <section aria-labelledby="coverage-h">
      <h2 id="coverage-h">{t('coverageHeading')}</h2>
      <ol class="coverage" data-testid="coverage">
        {props.items.map((c, i) => (
          <li key={i} data-testid="coverage-item" data-source={c.source ?? 'dataset'}>
            <span class="tag">{sourceLabel(c.source)}</span> <ExternalLink href={c.url}>{c.headline ?? c.covers}</ExternalLink>
            <div class="muted">
              <span data-testid="coverage-outlet">{c.outlet}</span>
              {c.date ? ` · ${formatDate(c.date)}` : ''}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Matches(props: { items: ClaimMatchView[]; quoteText: (i: number) => string }) {
  if (props.items.length === 0) return null;
  return (
    <section aria-labelledby="matches-h">
      <h2 id="matches-h">{t('matchesHeading')}</h2>
      <ul class="matches" data-testid="matches">
        {props.items.map((m, i) => (
          <li key={i} data-testid="match" data-relation={m.relation} data-source={m.source ?? 'dataset'}>
            <span class={`relation relation-${m.relation}`}>{matchLabel(m)}</span> <q>{clip(m.claimText)}</q>
            <div class="muted about">{t('matchAbout', clip(props.quoteText(m.quoteIndex)).slice(0, 80))}</div>
            <div class="muted">
              {m.speaker}, <ExternalLink href={m.url}>{m.outlet}</ExternalLink>
              {m.date ? `, ${formatDate(m.date)}` : ''}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The reading memory in the popup: what it keeps, said once; "forget this article" when the page is in it. */
function MemoryLine(props: { state: TabState; onChange: () => void }) {
  const memory = props.state.memory;
  const [forgotten, setForgotten] = useState(false);
  if (!memory?.on) return null;
  return (
    <>
      {!memory.noticeSeen ? (
        <div class="notice" data-testid="memory-notice">
          <p>{t('memoryNotice')}</p>
          <button
            type="button"
            data-testid="memory-notice-ok"
            onClick={() => void sendFromPage('memory/notice-seen', {}).then(props.onChange)}
          >
            {t('memoryNoticeOk')}
          </button>
        </div>
      ) : null}
      {forgotten ? (
        <p class="muted" role="status" data-testid="memory-forgotten">
          {t('articleForgotten')}
        </p>
      ) : memory.recorded ? (
        <button
          type="button"
          class="link-button"
          data-testid="forget-article"
          onClick={() =>
            void sendFromPage('memory/forget-page', { tabId: props.state.tabId }).then(() => {
              setForgotten(true);
              props.onChange();
            })
          }
        >
          {t('forgetArticle')}
        </button>
      ) : null}
    </>
  );
}

/** Why a page failed: a known cause in the reader's language, any other as the script wrote it (English, marked so). */
function ErrorDetail({ error, testId = 'error-detail' }: { error: string | null | undefined; testId?: string }) {
  const d = errorDetail(error);
  if (!d) return null;
  return 'key' in d ? (
    <p class="muted" data-testid={testId}>
      {t(d.key)}
    </p>
  ) : (
    <p class="muted" data-testid={testId} lang="en">
      {d.raw}
    </p>
  );
}

/**
 * Why the state shown could not be asked about again (follow.ts), in a live region that is there
 * before the error is: a region inserted with its text is not reliably announced, and a screen-reader
 * user was not told that the popup had stopped following the page (the state above it kept).
 */
export function StateError({ error }: { error: string | null }) {
  return (
    <div role="status" data-testid="state-error-region">
      <ErrorDetail error={error} testId="state-error" />
    </div>
  );
}

function stateMessage(view: PopupView, site: string, speakers: number): string {
  switch (view) {
    case 'restricted':
      return t('stateRestricted');
    case 'unknown':
      return t('stateUnknown');
    case 'reload':
      return t('stateReload');
    case 'paused':
      return t('statePaused');
    case 'site-off':
      return t('stateSiteOff', site);
    case 'analyzing':
      return t('stateAnalyzing');
    case 'busy':
      return t('stateBusy');
    case 'stalled':
      return t('stateStalled');
    case 'not-article':
      return t('stateNotArticle');
    case 'error':
      return t('stateError');
    case 'nothing':
      return t('stateNothing');
    case 'done':
      return plural('speakerCount', speakers);
  }
}

function Popup() {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [state, setState] = useState<TabState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  /** since when the page has been shown analyzing, as the follower counts it (restarted when the tab loads again) */
  const [since, setSince] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());

  const follower = useRef<Follower | null>(null);
  /** asks for the tab's state again now (after a switch); the follower orders the answers */
  const refresh = useCallback(() => follower.current?.refresh(), []);

  useEffect(() => {
    void targetTabId().then(setTabId);
  }, []);

  // the tab's state: listened for before it is first asked, answers shown newest only (follow.ts)
  useEffect(() => {
    if (tabId === null || tabId === undefined) return;
    const f = followTabState({
      query: () => sendFromPage('tab/state', { tabId }),
      subscribe: tabChanges(ext, tabId),
      later: (fn, ms) => {
        const id = setTimeout(fn, ms);
        return () => clearTimeout(id);
      },
      now: () => Date.now(),
      state: (s, analyzingSince) => {
        setState(s);
        setSince(analyzingSince);
        setError(null);
      },
      error: setError,
    });
    follower.current = f;
    return () => {
      f.stop();
      if (follower.current === f) follower.current = null;
    };
  }, [tabId]);

  // how long the page has been analyzing while the popup is open: past ANALYZING_LIMIT it says so (popupView)
  useEffect(() => {
    if (since === null) return;
    const id = setTimeout(() => setNow(Date.now()), Math.max(0, since + ANALYZING_LIMIT - Date.now()));
    return () => clearTimeout(id);
  }, [since]);

  if (tabId === undefined || (tabId !== null && state === null && error === null)) {
    return (
      <p class="state" data-testid="loading" role="status">
        {t('loading')}
      </p>
    );
  }
  if (tabId === null || state === null) {
    // the tab's state could not be had: a cause the extension knows in the reader's language
    const why = errorDetail(error);
    return (
      <>
        <h1>{t('extName')}</h1>
        <p class="state" data-testid="state" data-state="unknown" role="status" lang={why && 'raw' in why ? 'en' : undefined}>
          {why === null ? t('stateUnknown') : 'key' in why ? t(why.key) : why.raw}
        </p>
      </>
    );
  }

  const view = popupView(state, since === null ? 0 : now - since);
  const report = state.report;
  const groups = view === 'done' ? mostQuotedFirst(groupSpeakers(state.analysis?.quotes ?? [])) : [];
  const site = state.status?.site ?? '';
  const siteOn = state.status ? state.status.reason !== 'site-off' : false;
  const title =
    report?.title ?? (view === 'restricted' || view === 'unknown' || view === 'reload' ? t('extName') : outletOf(state) || t('extName'));

  const setSite = async (on: boolean) => {
    await sendFromPage('site/set', { site, enabled: on });
    refresh();
  };
  const setPaused = async (paused: boolean) => {
    await sendFromPage('pause/set', { paused });
    refresh();
  };
  const reveal = async (quoteIndex: number) => {
    const r = await sendToTab(tabId, 'content/reveal', { quoteIndex }).catch(() => ({ ok: false }));
    setNote(r.ok ? null : t('revealFailed'));
  };

  return (
    <>
      <header>
        <h1 data-testid="title">{title}</h1>
        {view !== 'restricted' && view !== 'unknown' && outletOf(state) ? (
          <p class="muted outlet" data-testid="outlet">
            {outletOf(state)}
          </p>
        ) : null}
      </header>

      <div class="controls">
        {state.status && state.status.reason !== 'not-allowed' ? (
          <Switch
            id="site-switch"
            testId="site-switch"
            label={t('onThisSite')}
            description={site}
            checked={siteOn}
            onChange={(on) => void setSite(on)}
          />
        ) : null}
        <Switch
          id="pause-switch"
          testId="pause-switch"
          label={t('pauseEverywhere')}
          checked={state.paused}
          onChange={(p) => void setPaused(p)}
        />
      </div>

      <p class={`state state-${view}`} data-testid="state" data-state={view} role="status">
        {stateMessage(view, site, groups.length)}
      </p>
      {view === 'error' ? <ErrorDetail error={report?.error} /> : null}
      {/* the state shown could not be asked about again (follow.ts): said, the last state kept */}
      <StateError error={error} />
      {view === 'done' && report?.truncated ? (
        <p class="notice" data-testid="truncated">
          {t('truncated')}
        </p>
      ) : null}
      {view === 'done' && report?.inPage ? (
        <p class="notice" data-testid="in-page">
          {t('readInPage')}
        </p>
      ) : null}
      {view === 'done' && report && report.unplaced > 0 ? (
        <p class="notice" data-testid="unplaced">
          {plural('unplaced', report.unplaced)}
        </p>
      ) : null}
      {note ? (
        <p class="notice" role="alert">
          {note}
        </p>
      ) : null}

      {view === 'done' ? (
        <>
          {groups.length > 0 ? (
            <section aria-labelledby="speakers-h">
              <h2 id="speakers-h">{t('speakersHeading')}</h2>
              <ul class="speakers" data-testid="speakers">
                {groups.map((g) => (
                  <SpeakerItem key={g.key} group={g} prior={state.priorStatements[g.key] ?? []} onReveal={(i) => void reveal(i)} />
                ))}
              </ul>
            </section>
          ) : (
            <p class="muted">{t('noSpeakers')}</p>
          )}
          <Coverage items={state.coverage} />
          <Matches items={state.matches} quoteText={(i) => state.analysis?.quotes[i]?.text ?? ''} />
        </>
      ) : null}

      <MemoryLine state={state} onChange={refresh} />

      <footer>
        <button type="button" class="link-button" onClick={() => void ext.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </footer>
    </>
  );
}

localizeDocument('popupTitle');
const root = document.getElementById('app');
if (root) render(<Popup />, root);
