/**
 * The one node Sourcelight adds to a page: a host element with a closed shadow root that holds the
 * card and the panel. It is appended to <html>, after <body>, so the page's body and its frameworks
 * never see it; it is created on first use and removed by teardown().
 *
 * The page can neither read nor pre-empt it:
 *  - the shadow root is closed and held only here (`host.shadowRoot` is null to the page, and a
 *    second attachShadow throws), so a page script cannot read the card or rewrite it;
 *  - the tag name is made per page load from random bytes (`hostTagName`), so a page cannot define
 *    that custom element first (which makes attachShadow throw) or target it by name; should
 *    attaching still fail, a plain <div> (which no page can define) is the fallback.
 * In debug mode (shared/debug.ts) the root is open and the host carries `data-sourcelight`, for
 * the end-to-end tests.
 */
import { SHADOW_CSS } from './styles';

/** A custom-element name no page can anticipate: `sl-` and 16 random hex digits. Pure given `bytes`. */
export function hostTagName(bytes: Uint8Array): string {
  return `sl-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export class Host {
  private el: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private readonly tag = hostTagName(crypto.getRandomValues(new Uint8Array(8)));

  /** debug mode (set once the switch is read, before the first card) */
  debug = false;

  get element(): HTMLElement | null {
    return this.el;
  }

  /** The container inside the shadow root (created, and re-attached if the page removed it); throws when no host could be made. */
  ensure(): HTMLElement {
    if (this.el && this.mount) {
      if (!this.el.isConnected) document.documentElement.appendChild(this.el);
      return this.mount;
    }
    let made: { el: HTMLElement; shadow: ShadowRoot } | null = null;
    let failure: unknown = null;
    for (const tag of [this.tag, 'div']) {
      try {
        const el = document.createElement(tag);
        made = { el, shadow: el.attachShadow({ mode: this.debug ? 'open' : 'closed' }) };
        break;
      } catch (e) {
        failure = e;
      }
    }
    if (!made) throw new Error(`the page blocked Sourcelight's card (${failure instanceof Error ? failure.message : String(failure)})`);
    const { el, shadow } = made;
    if (this.debug) el.setAttribute('data-sourcelight', '');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(SHADOW_CSS);
    shadow.adoptedStyleSheets = [sheet];
    const mount = document.createElement('div');
    mount.className = 'sl-ui';
    shadow.appendChild(mount);
    document.documentElement.appendChild(el);
    this.el = el;
    this.mount = mount;
    return mount;
  }

  /** The container, when the host exists (for unmounting). */
  get container(): HTMLElement | null {
    return this.mount;
  }

  /** Whether an event happened inside the host (its path crosses the shadow boundary). */
  contains(e: Event): boolean {
    return this.el !== null && e.composedPath().includes(this.el);
  }

  teardown(): void {
    this.el?.remove();
    this.el = null;
    this.mount = null;
  }
}
