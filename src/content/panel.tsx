/**
 * The keyboard panel (manifest command "open-panel"): the article's speakers and names. Arrow
 * keys (and Home/End) move between rows, Enter scrolls to the name and opens its card, Escape
 * closes. Rows are buttons, so a screen reader announces each with its detail line.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { PanelRow } from './model';

export interface PanelProps {
  rows: PanelRow[];
  status: string | null;
  onChoose(row: PanelRow): void;
  onClose(): void;
}

/** The row index focus moves to for a key, or null when the key is not a move. Pure. */
export function nextIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
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
    { id: 'speakers', title: 'Speakers' },
    { id: 'names', title: 'Names' },
  ];
  return (
    <div
      class="panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="sl-panel-title"
      tabIndex={-1}
      ref={list}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
          return;
        }
        const all = buttons();
        const current = all.findIndex((b) => b === (list.current?.getRootNode() as ShadowRoot | null)?.activeElement);
        const next = nextIndex(e.key, current, all.length);
        if (next !== null) {
          e.preventDefault();
          all[next]?.focus();
        }
      }}
    >
      <header>
        <h2 id="sl-panel-title">In this article</h2>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {rows.length === 0 ? <p class="note">{status ?? 'No speakers or names found on this page.'}</p> : null}
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
                    <span class="detail">{r.detail}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <p class="hint">↑ ↓ to move · Enter to open · Esc to close</p>
    </div>
  );
}
