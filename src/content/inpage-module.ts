/** Entry of inpage.js (see inpage.ts): the in-page parse, loaded by the content script on demand. */
export { extract } from './extract';
