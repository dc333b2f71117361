/** Who sent a runtime message: pure, so it is table-tested in Node. */
export interface SenderLike {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
  frameId?: number | undefined;
}

export type SenderKind = 'content' | 'extension-page';

/**
 * 'extension-page': one of this extension's own pages (popup, options), whatever tab it is in.
 * 'content': this extension's content script in a web page's top frame.
 * null: anything else (another extension, a sub-frame, a page without an id).
 */
export function classifySender(sender: SenderLike, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (!sender || sender.id !== extensionId) return null;
  const origin = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  if (typeof sender.url === 'string' && sender.url.startsWith(origin)) return 'extension-page';
  // Only extension contexts (the background) send without a tab; web pages cannot reach runtime messaging.
  if (!sender.tab && sender.url === undefined) return 'extension-page';
  if (sender.tab && typeof sender.tab.id === 'number' && sender.tab.id >= 0 && (sender.frameId ?? 0) === 0) {
    if (typeof sender.url === 'string' && /^https?:/i.test(sender.url)) return 'content';
  }
  return null;
}
