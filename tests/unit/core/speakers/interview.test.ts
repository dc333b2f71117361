/** Question-and-answer interviews: which paragraphs are answers, and whose. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/analyze';
import { articleFromText } from '../../../../src/core/article';
import { INTERVIEW_CONFIDENCE } from '../../../../src/core/speakers/interview';
import { index, quoteRows } from '../helpers';

const INTRO =
  'Harbour chief on the strike.\n' +
  'Port of Ashford chief executive Lena Okafor spoke to the Herald on Friday about the strike, now in its third week.\n';

describe('interviewQuotes', () => {
  it('answers after "A:" are the person the introduction names; a paragraph after an answer continues it (not after the last)', () => {
    const text =
      INTRO +
      'Q: How close are you to a settlement?\n' +
      'A: Closer than people think. Pensions are the last question.\n' +
      'We have agreed on wages already.\n' +
      'Q: When will the ships move?\n' +
      'A. By the end of next week, if the union accepts.\n';
    expect(quoteRows(text)).toEqual([
      [3, 'direct', 'Lena Okafor', 'Closer than people think. Pens'],
      [4, 'direct', 'Lena Okafor', 'We have agreed on wages alread'],
      [6, 'direct', 'Lena Okafor', 'By the end of next week, if th'],
    ]);
  });

  it("a label with the name says who answers, with the higher confidence; the question is nobody's quotation", () => {
    const text = INTRO + 'Q: How close are you?\nOkafor: Closer than people think.\nQuestion: And the ships?\nOKAFOR: Next week.\n';
    const a = analyze(articleFromText(text), index());
    expect(a.quotes.map((q) => [q.text, q.speaker.name, q.speaker.mention?.text, q.confidence])).toEqual([
      ['Closer than people think.', 'Lena Okafor', 'Okafor', INTERVIEW_CONFIDENCE.named],
      ['Next week.', 'Lena Okafor', 'OKAFOR', INTERVIEW_CONFIDENCE.named],
    ]);
  });

  it('a bold "Q" run into the question ("QWhy …") is a question; "Qatar" is not', () => {
    const text =
      INTRO +
      'QWhy now?\nA: Because the contract ended.\nQatar shipping lines have stopped calling at Ashford.\nQWhat next?\nA: A vote on Monday.\n';
    expect(quoteRows(text).map((r) => r[3])).toEqual([
      'Because the contract ended.',
      'Qatar shipping lines have stop', // (the answer continued)
      'A vote on Monday.',
    ]);
  });

  it('one question and one answer are no interview; nor are answers with no one named before the first question', () => {
    expect(quoteRows(INTRO + 'Q: How close are you?\nA: Closer than people think.\n')).toEqual([]);
    expect(quoteRows('The strike.\nQ: How close?\nA: Close.\nQ: And then?\nA: A vote.\n')).toEqual([]);
  });

  it("the byline's author is not the interviewee", () => {
    const text = 'Talking to Tom Reyes.\nTom Reyes and Mara Lind talked about the port.\nQ: Why?\nA: Money.\nQ: When?\nA: Soon.\n';
    const a = analyze(articleFromText(text, { byline: 'By Tom Reyes' }), index());
    expect(a.quotes.map((q) => q.speaker.name)).toEqual(['Mara Lind', 'Mara Lind']);
  });

  it('a transcript: each name in capitals speaks, a surname alone included; a stage direction closes a speech', () => {
    const text =
      'Fallin on the shootings.\n' +
      'On Sunday, Governor Mary Fallin (R-OK) spoke on CNN.\n' +
      'JAKE TAPPER: Donald Trump released a video. Take a listen.\n' +
      '(BEGIN VIDEO CLIP)\n' +
      'The deaths make clear how much more work we have to do.\n' +
      'TAPPER: Do you think he is a healer?\n' +
      'FALLIN: Well, I think the whole nation needs to work together.\n' +
      'I think he is trying.\n' +
      'TAPPER: Thank you, Governor.\n';
    expect(quoteRows(text)).toEqual([
      [2, 'direct', 'Jake Tapper', 'Donald Trump released a video.'],
      [5, 'direct', 'Jake Tapper', 'Do you think he is a healer?'],
      [6, 'direct', 'Mary Fallin', 'Well, I think the whole nation'],
      [7, 'direct', 'Mary Fallin', 'I think he is trying.'],
      [8, 'direct', 'Jake Tapper', 'Thank you, Governor.'],
    ]);
  });

  it("a label named once that no one in the article bears is no speaker: a dateline, an editor's note", () => {
    const text =
      'Monsoon arrives early.\n' +
      'NEW DELHI: The monsoon reached the capital on Tuesday.\n' +
      "EDITOR'S NOTE: This story has been updated.\n" +
      'ASHOK RAO: We were not ready.\n' +
      'RAO: The drains are blocked.\n';
    expect(quoteRows(text)).toEqual([
      [3, 'direct', 'Ashok Rao', 'We were not ready.'],
      [4, 'direct', 'Ashok Rao', 'The drains are blocked.'],
    ]);
  });

  it('a transcript quoted paragraph by paragraph is read label by label, not as one long quotation; a surname label twice is a speaker', () => {
    const text =
      'Pence on the debate.\n' +
      'On Sunday, Gov. Mike Pence spoke on television about the debate.\n' +
      'Partial transcript as follows:\n' +
      '"WALLACE: Will she be there?\n' +
      '"PENCE: She will not be attending the debate.\n' +
      '"(CROSSTALK)\n' +
      '"WALLACE: If I may, sir.\n' +
      '"PENCE: Well, look, the question is a fair one."\n';
    expect(quoteRows(text, 40)).toEqual([
      [3, 'direct', 'Wallace', 'Will she be there?'],
      [4, 'direct', 'Mike Pence', 'She will not be attending the debate.'],
      [6, 'direct', 'Wallace', 'If I may, sir.'],
      [7, 'direct', 'Mike Pence', 'Well, look, the question is a fair one.'],
    ]);
  });
});
