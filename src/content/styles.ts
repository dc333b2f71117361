/**
 * Sourcelight's two stylesheets, both applied as constructed sheets (allowed under a strict CSP,
 * no <style> node, no inline style attribute on any page node).
 */

/** Adopted by the document: only ::highlight() rules, under Sourcelight's namespaced names. */
export const PAGE_CSS = `
::highlight(sourcelight-person) { background-color: rgba(255, 196, 0, 0.32); text-decoration: underline 2px rgba(191, 128, 0, 0.9); }
::highlight(sourcelight-organization) { background-color: rgba(64, 156, 255, 0.24); text-decoration: underline 2px rgba(30, 100, 200, 0.85); }
::highlight(sourcelight-place) { background-color: rgba(46, 184, 114, 0.24); text-decoration: underline 2px rgba(20, 130, 80, 0.85); }
::highlight(sourcelight-event) { background-color: rgba(170, 110, 255, 0.22); text-decoration: underline 2px rgba(120, 70, 200, 0.85); }
::highlight(sourcelight-quote) { background-color: rgba(128, 128, 128, 0.10); text-decoration: underline dotted 1px rgba(110, 110, 110, 0.7); }
::highlight(sourcelight-flash) { background-color: rgba(255, 120, 0, 0.55); color: inherit; }
`;

/**
 * The shadow root's sheet. The host defends itself against page CSS: in the cascade, `!important`
 * declarations of the inner (shadow) context win over the page's, so `* { display: none !important }`,
 * `html > :last-child { display: none !important }` or `:not(:defined) { … }` cannot hide or
 * restyle it. `all: initial` stops inherited page styles at the host.
 */
export const SHADOW_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: absolute !important;
  top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important;
  overflow: visible !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important; filter: none !important; clip-path: none !important;
  pointer-events: auto !important;
  z-index: 2147483647 !important;
  contain: none !important;
}
* { box-sizing: border-box; }
.sl-ui {
  --bg: #ffffff; --fg: #1c1c1e; --muted: #5b5b66; --line: #d9d9e0; --accent: #0b57d0; --chip: #eef1f6; --focus: #0b57d0;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: var(--fg);
  color-scheme: light;
  text-align: left;
  direction: ltr;
}
@media (prefers-color-scheme: dark) {
  .sl-ui { color-scheme: dark; --bg: #1f2023; --fg: #ececf1; --muted: #a9a9b3; --line: #3b3c42; --accent: #8ab4f8; --chip: #2c2d31; --focus: #8ab4f8; }
}
.card, .panel {
  background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.28);
  padding: 14px 16px;
  max-height: min(70vh, 560px); overflow: auto;
  display: block; visibility: visible; opacity: 1;
}
.card { position: absolute; width: min(380px, calc(100vw - 24px)); }
.panel { position: fixed; top: 16px; right: 16px; width: min(340px, calc(100vw - 32px)); }
.card:focus, .panel:focus { outline: 2px solid var(--focus); outline-offset: 2px; }
header { display: flex; align-items: flex-start; gap: 8px; }
h2 { font: 600 17px/1.3 inherit; margin: 0; flex: 1; color: var(--fg); }
h3 { font: 600 12px/1.3 inherit; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 14px 0 6px; }
p { margin: 4px 0; }
.role { color: var(--muted); margin: 2px 0 0; }
.desc { margin-top: 8px; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 0 0 8px; }
.here .uncertain { text-decoration: underline dotted; text-underline-offset: 3px; }
.kind, .from { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 8px; background: var(--chip); color: var(--muted); margin-right: 6px; }
.src { color: var(--muted); font-size: 12px; }
a { color: var(--accent); }
button { font: inherit; color: inherit; }
.close { background: none; border: 1px solid transparent; border-radius: 6px; cursor: pointer; padding: 0 6px; font-size: 18px; line-height: 1.2; color: var(--muted); }
.close:hover, .close:focus-visible { border-color: var(--line); color: var(--fg); }
.close:focus-visible, .retry:focus-visible, a:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.note { color: var(--muted); font-style: italic; }
.retry { font-style: normal; background: var(--chip); border: 1px solid var(--line); border-radius: 6px; cursor: pointer; padding: 1px 8px; }
.retry:hover, .retry:focus-visible { border-color: var(--focus); color: var(--fg); }
.rows button {
  display: block; width: 100%; text-align: left; background: none; border: 0; border-radius: 6px;
  padding: 6px 8px; cursor: pointer;
}
.rows button:hover { background: var(--chip); }
.rows button:focus { outline: 2px solid var(--focus); outline-offset: -2px; background: var(--chip); }
.rows .detail { display: block; color: var(--muted); font-size: 12px; }
.hint { color: var(--muted); font-size: 12px; margin-top: 8px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
