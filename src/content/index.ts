/**
 * Content script entry. Reports the page to the background. (The analysis and the in-page UI
 * are built on this in src/content/.)
 */
import { sendFromContent } from '../shared/messaging';

void sendFromContent('page/report', {
  url: location.href,
  title: document.title || null,
  siteName: null,
  status: 'analysing',
  analysis: null,
  unplaced: 0,
  truncated: false,
  error: null,
}).catch((e: unknown) => console.debug('[sourcelight] report failed', e));
