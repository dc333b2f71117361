/**
 * Background: service worker in Chrome, event page in Firefox. Keeps no state in memory that
 * matters (the extra dataset is only a cache of storage.local's copy, dataset.ts): settings live
 * in storage.sync (else local), what the content scripts report in storage.session keyed by tab. Every listener is registered synchronously at start.
 */
import { ext } from '../shared/browser';
import { listen } from '../shared/messaging';
import { styleBadge } from './badge';
import { onCommand } from './commands';
import { watchExtraDataset } from './dataset';
import { contentRoute, pageRoute } from './handlers';
import { pushSettings } from './push';
import { forgetAnalysis } from './analyses';
import { listenOffscreen } from './reader';
import { forgetPageMeta } from './memory';
import { removeReport, tabClosed } from './reports';
import { onSettingsChanged } from './settings-store';

listen([contentRoute, pageRoute]);
watchExtraDataset();
listenOffscreen();

onSettingsChanged((before, after) => {
  void pushSettings(before, after);
});

ext.commands.onCommand.addListener(onCommand);

ext.tabs.onRemoved.addListener((tabId) => {
  // first: what the closing page still sends is not kept under its id
  tabClosed(tabId);
  void removeReport(tabId);
  void forgetAnalysis(tabId);
  void forgetPageMeta(tabId);
});

styleBadge();
