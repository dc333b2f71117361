/**
 * The keyboard panel (manifest command "open-panel"): the article's speakers and names. Arrow
 * keys (and Home/End) move between rows, Enter scrolls to the name and opens its card, Escape
 * closes. Rows are buttons, so a screen reader announces each with its detail line.
 */
import { useEffect, useRef } from 'preact/hooks';
import { plural, t, uiLanguage } from '../shared/i18n';
import type { PageStatus } from '../shared/views';
import type { PanelRow } from './model';
import { closeOnEscape, DialogHeader } from '../ui/dialog';
import { entityTypeLabel } from '../ui/labels';
import { nextIndex } from './ui-layout';

export interface PanelProps {
  rows: PanelRow[];
  /** the page's analysis state, shown when there are no rows (null: analyzed, nothing found) */
  status: PageStatus | null;
  onChoose(row: PanelRow): void;
  onClose(): void;
}

/** What the panel says instead of rows. */
function emptyNote(status: PageStatus | null): string {
  if (status === null || status === 'done') return t('panelEmpty');
  if (status === 'not-article') return t('stateNotArticle');
  if (status === 'error') return t('stateError');
  return t('stateAnalyzing');
}

/** A row's second line: a speaker's number of quotations, or a name's type and number of mentions. */
function detailOf(row: PanelRow): string {
  const d = row.detail;
  return 'quotes' in d ? plural('quoteCount', d.quotes) : `${entityTypeLabel(d.type)} · ${plural('mentionCount', d.mentions)}`;
}

export function Panel({ rows, status, onChoose, onClose }: PanelProps) {
  const list = useRef<HTMLDivElement>(null);
  const buttons = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('.rows button') ?? [])];
  useEffect(() => {
    const first = buttons()[0];
    if (first) first.focus({ preventScroll: true });
    else list.current?.focus({ preventScroll: true });
  }, []);
  const groups: Array<{ id: PanelRow['group']; title: string }> = [
    { id: 'speakers', title: t('panelSpeakers') },
    { id: 'names', title: t('panelNames') },
  ];
  return (
    <div
      class="panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="sl-panel-title"
      lang={uiLanguage()}
      tabIndex={-1}
      ref={list}
      onKeyDown={(e) => {
        if (closeOnEscape(e, onClose)) return;
        const all = buttons();
        const current = all.findIndex((b) => b === (list.current?.getRootNode() as ShadowRoot | null)?.activeElement);
        const next = nextIndex(e.key, current, all.length);
        if (next !== null) {
          e.preventDefault();
          all[next]?.focus();
        }
      }}
    >
      <DialogHeader titleId="sl-panel-title" title={t('inThisArticle')} onClose={onClose} />
      {rows.length === 0 ? <p class="note">{emptyNote(status)}</p> : null}
      {groups.map((g) => {
        const these = rows.filter((r) => r.group === g.id);
        if (these.length === 0) return null;
        return (
          <section key={g.id} aria-labelledby={`sl-panel-${g.id}`}>
            <h3 id={`sl-panel-${g.id}`}>{g.title}</h3>
            <ul class="rows">
              {these.map((r) => (
                <li key={r.key}>
                  <button type="button" data-key={r.key} onClick={() => onChoose(r)}>
                    {r.label}
                    <span class="detail">{detailOf(r)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <p class="hint">{t('panelHint')}</p>
    </div>
  );
}
