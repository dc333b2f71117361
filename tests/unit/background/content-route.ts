/**
 * The background's content handlers (contentRoute) over the browser fake, as page-analyze.test.ts
 * and page-status.test.ts drive them: importing this module mocks the browser seam with a fresh
 * fakeExt, the dataset with the repository's (fixtureBundle) and the names index compiled from its
 * entities, before the test imports the handlers (`await import`). A message's sender is built by
 * `from`: its tab, and the frame's and the tab's addresses as the browser gives them.
 */
import { vi } from 'vitest';
import { fakeExt } from '../fake-ext';
import type { contentRoute } from '../../../src/background/handlers';

export const fake = fakeExt();

vi.mock('../../../src/shared/browser', () => ({ ext: fake.ext }));
vi.mock('sourcelight:dataset', async () => ({ default: (await import('../core/dataset/files')).fixtureBundle() }));
vi.mock('sourcelight:names', async () => ({
  default: {
    index: (await import('../../../src/core/matcher')).compileIndex((await import('../core/dataset/files')).fixtureBundle().entities),
  },
}));

/** What the browser says sent a message: the frame's address, and its tab's. */
export type From = { url?: string; tab?: { url?: string } };
/** A content message's sender, as the handlers take it. */
export type Sender = Parameters<(typeof contentRoute.handlers)['article/analyze']>[1];

/** The sender of a message from tab `tabId`, the browser giving the addresses in `sender`. */
export const from = (tabId: number, sender: From): Sender => ({ ...sender, tab: { id: tabId, ...sender.tab } }) as unknown as Sender;
