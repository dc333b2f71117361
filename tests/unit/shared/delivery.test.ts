/** What became of an unanswered message (delivery.ts): which failures are worth sending the message again. */
import { describe, expect, it } from 'vitest';
import { backgroundLost, type Failure, failureOf, noAnswer, Refused, Unanswered } from '../../../src/shared/delivery';

describe('failureOf', () => {
  const table: Array<[string, unknown, Failure]> = [
    ['the channel closed with no reply (the polyfill resolves with nothing)', new Unanswered(), 'lost'],
    [
      "Chromium: the worker stopped while its listener's answer was pending",
      new Error(
        'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
      ),
      'lost',
    ],
    ['Chromium without the polyfill: no listener answered', new Error('The message port closed before a response was received.'), 'lost'],
    ['no background listening yet', new Error('Could not establish connection. Receiving end does not exist.'), 'lost'],
    ['Firefox: the background torn down', new Error('Message manager disconnected'), 'lost'],
    [
      'Firefox: the background torn down mid-query',
      new Error("Actor 'Conduits' destroyed before query 'RuntimeMessage' was resolved"),
      'lost',
    ],
    ['the background answered with an error', new Refused('the offscreen parse took too long'), 'refused'],
    ['an error that reads like a loss but was the answer', new Refused('Receiving end does not exist'), 'refused'],
    ['the extension reloaded under the script', new Error('Extension context invalidated.'), 'orphaned'],
    ['a time-out', new Error('no answer within 20000 ms'), 'failed'],
    ['a message too large to send', new Error('Message length exceeded maximum allowed length.'), 'failed'],
    ['not an Error', 'Could not establish connection. Receiving end does not exist.', 'lost'],
    ['nothing', undefined, 'failed'],
  ];
  for (const [what, e, expected] of table) it(`${what}: ${expected}`, () => expect(failureOf(e)).toBe(expected));

  it('the background lost: only a loss', () => {
    const cases = [new Unanswered(), new Refused('x'), new Error('Extension context invalidated.'), new Error('no answer within 1 ms')];
    expect(cases.map(backgroundLost)).toEqual([true, false, false, false]);
  });

  it('no answer (any message sent again): a loss or a time-out, never a refusal (it was the answer) nor an orphan', () => {
    const cases = [new Unanswered(), new Refused('x'), new Error('Extension context invalidated.'), new Error('no answer within 1 ms')];
    expect(cases.map(noAnswer)).toEqual([true, false, false, true]);
  });
});
