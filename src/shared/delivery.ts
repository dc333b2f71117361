/**
 * What became of a message that did not get its answer, and so whether sending it again can help.
 * The seam (messaging.ts) throws `Refused` and `Unanswered`; the decision (`failureOf`) is pure.
 *
 * What the browsers do when the background goes away under a waiting message (Chromium's service
 * worker stopped, Firefox's event page reloaded): Chromium closes the channel, and the sender's
 * promise rejects ("A listener indicated an asynchronous response by returning true, but the
 * message channel closed before a response was received") or, when no listener had taken the
 * message, the polyfill resolves it with nothing ("The message port closed before a response was
 * received", made `Unanswered` here). A message sent while the worker is stopped starts it again
 * and is delivered to it. Firefox rejects with "Could not establish connection. Receiving end
 * does not exist." while no background listens. Each of these is `lost`: the same message, sent
 * again, reaches the background that starts next.
 */

/**
 * How long a page waits for the background's answer to its analysis (its article's HTML, or its
 * paragraphs) from the moment it sends it; past it the page asks again or reads the article itself.
 * The background's own waits for such an answer (background/offscreen-jobs.ts READ_MS) end before it.
 */
export const ANALYZE_DEADLINE = 20_000;

/**
 * How long one question of a page for its site's status (site/status, at start and after a restore
 * from the back/forward cache) may go unanswered (ms) before it is asked again (retry's delays; then
 * the status the script had): the background answers from its settings in milliseconds, one that
 * starts first in well under a second.
 */
export const STATUS_MS = 5_000;

/**
 * How long one attempt of a page's report (page/report) may go unanswered (ms) before it is sent
 * again (the content script's REPORT_RETRIES): the background answers once it has saved the report,
 * set the badge and recorded the page in the reading memory, well under a second when it runs, a
 * second or two when it starts first. A background stopped under the message may never answer; the
 * report would then wait for ever, never sent again, and the popup and badge keep the page's last
 * status ("analyzing", then "did not finish") though the page was analyzed. A report sent twice is
 * the same report (the background keeps the tab's last).
 */
export const REPORT_MS = 10_000;

/** The receiver answered with an error: sending the same message again gets the same answer. */
export class Refused extends Error {
  override name = 'Refused';
}

/** Unanswered's message: a page that reports it, the popup shows in the reader's language (popup/model.ts). */
export const UNANSWERED_MESSAGE = 'the background did not answer (it stopped or restarted)';

/** The channel closed with no answer (the polyfill's answer when the receiver went away). */
export class Unanswered extends Error {
  override name = 'Unanswered';
  constructor() {
    super(UNANSWERED_MESSAGE);
  }
}

/**
 * lost: the background went away or was not there yet (send it again); refused: it answered with
 * an error; orphaned: the extension itself is gone (reloaded or updated under this script), nothing
 * will answer again; failed: anything else (a message that could not be sent, a time-out).
 */
export type Failure = 'lost' | 'refused' | 'orphaned' | 'failed';

const LOST = [
  /message (port|channel) closed before a response/i,
  /receiving end does not exist/i,
  // Firefox, while its background's context is torn down
  /message manager disconnected/i,
  /destroyed before query/i,
];

export function failureOf(e: unknown): Failure {
  if (e instanceof Refused) return 'refused';
  if (e instanceof Unanswered) return 'lost';
  const message = e instanceof Error ? e.message : String(e);
  if (/extension context invalidated/i.test(message)) return 'orphaned';
  return LOST.some((re) => re.test(message)) ? 'lost' : 'failed';
}

/**
 * Whether a message got no answer at all (lost, timed out, not sent), so that sending it again can
 * help: not once the receiver answered, be it with a refusal (`Refused`: a guard's or a handler's
 * error; the same message gets the same answer), nor for an orphan (nothing will answer again).
 * Every message a page sends again uses it: its report, its question for the site's status, its
 * article or paragraphs to analyze (a background stopped under the read is lost, and the read is
 * sent again to the one that starts next). The background refuses a report or an article that
 * names another site than the page that sent it; a report from a site switched off is no refusal
 * (it is kept, for the popup and the badge; only the reading memory leaves it out).
 */
export const noAnswer = (e: unknown): boolean => {
  const failure = failureOf(e);
  return failure === 'lost' || failure === 'failed';
};

/** Whether the background went away under the message (not: it answered, or it never will). */
export const backgroundLost = (e: unknown): boolean => failureOf(e) === 'lost';
