/**
 * The in-page UI controller: renders the card or the panel into the host's shadow root with
 * Preact, moves focus into it and back to where it was, and closes on Escape or a click outside.
 * It lives as long as the signal it is made with: the abort removes its listeners and unmounts the
 * view (the host element itself goes with the content script's run, index.ts).
 */
import { render } from 'preact';
import type { PageStatus } from '../shared/views';
import { Card, type CardDetails } from './card';
import type { Host } from './host';
import type { CardSubject, PanelRow } from './model';
import { Panel } from './panel';
import { listen, onAbort } from './schedule';
import { cardPosition } from './ui-layout';

type View =
  | { kind: 'none' }
  | { kind: 'card'; subject: CardSubject; description: string | null; details: CardDetails; position: { top: number; left: number } }
  | { kind: 'panel'; rows: PanelRow[]; status: PageStatus | null };

export interface UiCallbacks {
  choose(row: PanelRow): void;
  /** the card could not be shown (the page blocked the host) */
  blocked(error: Error): void;
  /** the reader asks again for the card's details (they did not come in time) */
  retryCard(subject: CardSubject): void;
}

export class Ui {
  private view: View = { kind: 'none' };
  private returnFocus: Element | null = null;

  constructor(
    private readonly host: Host,
    private readonly callbacks: UiCallbacks,
    signal: AbortSignal,
  ) {
    // only the reader's own input closes the UI: a page can dispatch synthetic events (isTrusted false)
    listen(
      window,
      'pointerdown',
      (e) => {
        if (this.view.kind !== 'none' && e.isTrusted && !this.host.contains(e)) this.close(false);
      },
      signal,
      true,
    );
    listen<KeyboardEvent>(
      window,
      'keydown',
      (e) => {
        if (e.key === 'Escape' && this.view.kind !== 'none' && e.isTrusted) this.close(true);
      },
      signal,
      true,
    );
    onAbort(signal, () => {
      this.view = { kind: 'none' };
      this.returnFocus = null;
      this.paint(); // unmounts
    });
  }

  get showing(): View['kind'] {
    return this.view.kind;
  }

  private rememberFocus(): void {
    if (this.view.kind !== 'none') return; // keep the focus from before the first view
    const active = document.activeElement;
    this.returnFocus = active && active !== document.body && active !== this.host.element ? active : null;
  }

  openCard(subject: CardSubject, description: string | null, rect: DOMRect): void {
    this.rememberFocus();
    const position = cardPosition(rect, {
      width: window.innerWidth,
      height: window.innerHeight,
      scrollX: window.scrollX,
      scrollY: window.scrollY,
    });
    this.view = { kind: 'card', subject, description, details: { state: 'loading' }, position };
    this.paint();
  }

  /** Fills in the background's details, if the card is still showing that subject. */
  cardDetails(subject: CardSubject, details: CardDetails): void {
    if (this.view.kind === 'card' && this.view.subject === subject) {
      this.view = { ...this.view, details };
      this.paint();
    }
  }

  /** The panel; `status` says why there are no rows yet (null: the page was analyzed). */
  openPanel(rows: PanelRow[], status: PageStatus | null): void {
    this.rememberFocus();
    this.view = { kind: 'panel', rows, status };
    this.paint();
  }

  close(restoreFocus: boolean): void {
    if (this.view.kind === 'none') return;
    this.view = { kind: 'none' };
    this.paint();
    const back = this.returnFocus;
    this.returnFocus = null;
    if (restoreFocus && back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
    else if (this.host.element && document.activeElement === this.host.element) (document.activeElement as HTMLElement).blur();
  }

  private paint(): void {
    const v = this.view;
    if (v.kind === 'none') {
      const mount = this.host.container;
      if (mount) render(null, mount);
      return;
    }
    let mount: HTMLElement;
    try {
      mount = this.host.ensure();
    } catch (e) {
      this.view = { kind: 'none' };
      this.callbacks.blocked(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    const close = () => this.close(true);
    render(
      v.kind === 'card' ? (
        <Card
          subject={v.subject}
          description={v.description}
          details={v.details}
          position={v.position}
          onClose={close}
          onRetry={() => {
            this.cardDetails(v.subject, { state: 'loading' });
            this.callbacks.retryCard(v.subject);
          }}
        />
      ) : (
        <Panel rows={v.rows} status={v.status} onChoose={(r) => this.callbacks.choose(r)} onClose={close} />
      ),
      mount,
    );
  }
}
