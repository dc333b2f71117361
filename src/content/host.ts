/**
 * The one node Sourcelight adds to a page: <sourcelight-root>, a custom element (never defined:
 * content scripts have no customElements registry in Chromium) with an open shadow root that
 * holds the card and the panel. It is appended to <html>, after <body>, so the page's body and
 * its frameworks never see it; it is created on first use and removed by teardown().
 */
import { SHADOW_CSS } from './styles';

export const HOST_TAG = 'sourcelight-root';

export class Host {
  private el: HTMLElement | null = null;
  private mount: HTMLElement | null = null;

  get element(): HTMLElement | null {
    return this.el;
  }

  /** The container inside the shadow root (created, and re-attached if the page removed it). */
  ensure(): HTMLElement {
    if (this.el && this.mount) {
      if (!this.el.isConnected) document.documentElement.appendChild(this.el);
      return this.mount;
    }
    const el = document.createElement(HOST_TAG);
    const shadow = el.attachShadow({ mode: 'open' });
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
