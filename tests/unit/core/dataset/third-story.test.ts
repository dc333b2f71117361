/**
 * Growing the dataset: a third story, written for this test, added to the sources in memory,
 * flows through the compiler into the bundle and is found by the queries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileDataset } from '../../../../src/core/dataset/compile';
import { claimMatches, enrichAnalysis, findStory, priorStatements } from '../../../../src/core/dataset/queries';
import type { DatasetBundle, DatasetFiles } from '../../../../src/core/dataset/types';
import { engine } from '../../../../tools/dataset';
import { editJson, repoFiles, ROOT } from './files';

const THIRD = 'test-chess-2016-11-14';
const THIRD_TEXT = [
  'Peskov: no politics in New York, only chess',
  'Kremlin spokesman Dmitry Peskov said on Monday that he had no Kremlin errands during his trip to New York.',
  '“I went to New York for the chess, not for politics. Nobody asked me to carry any message,” Peskov said.',
  'Russia’s Sergei Karyakin faces Magnus Carlsen in the World Chess Championship Match 2016.',
].join('\n');

function withThirdStory(): DatasetFiles {
  let files: DatasetFiles = {
    ...repoFiles(),
    [`data/stories/${THIRD}.txt`]: THIRD_TEXT,
    [`data/stories/${THIRD}.json`]: JSON.stringify({
      id: THIRD,
      outlet: 'Test Wire',
      headline: 'Peskov: no politics in New York, only chess',
      date: '2016-11-14',
      url: 'https://example.org/news/2016/11/14/peskov-chess',
      byline: null,
      language: 'en',
    }),
  };
  files = editJson(files, 'data/reported-claims.json', (j) =>
    j.claims.push({
      id: 'peskov-no-errands',
      story: THIRD,
      speaker: { entityId: 'dmitry-peskov', name: 'Dmitry Peskov' },
      text: 'Kremlin spokesman Dmitry Peskov said on Monday that he had no Kremlin errands during his trip to New York',
      summary: 'Peskov had no Kremlin errands during his trip to New York.',
      topics: ['chess-championship'],
    }),
  );
  return files;
}

let bundle: DatasetBundle;
beforeAll(() => {
  const r = compileDataset(withThirdStory(), engine);
  expect(r.report.errors).toEqual([]);
  bundle = r.bundle!;
});

describe('a third story', () => {
  it('is in the bundle with the entities the engine found and its claims', () => {
    const story = bundle.stories.find((s) => s.id === THIRD)!;
    expect(story).toMatchObject({ outlet: 'Test Wire', date: '2016-11-14', byline: null, topics: ['chess-championship'] });
    expect(story.entities).toEqual(expect.arrayContaining(['dmitry-peskov', 'kremlin', 'new-york', 'sergey-karjakin', 'magnus-carlsen']));
    expect(story.events).toEqual(['world-chess-championship-2016']);
    const quote = bundle.claims.find((c) => c.story === THIRD && c.source === 'engine')!;
    expect(quote).toMatchObject({
      id: `${THIRD}#i-went-to-new-york-for`,
      text: 'I went to New York for the chess, not for politics. Nobody asked me to carry any message,',
      speaker: { entityId: 'dmitry-peskov' },
      kind: 'direct',
      paragraph: 2,
    });
    expect(bundle.build.dataDate).toBe('2016-11-14');
  });

  it("adds to Peskov's prior statements, newest last", () => {
    const prior = priorStatements(bundle, 'dmitry-peskov', { excludeStory: 'ap-2016-11-10' });
    expect(prior.at(-1)).toMatchObject({ story: THIRD, outlet: 'Test Wire', date: '2016-11-14' });
    expect(prior.map((p) => p.story)).toContain('presstv-2016-11-10');
  });

  it('is recognised by its text and its address, and a page quoting it repeats it', () => {
    expect(findStory(bundle, { text: THIRD_TEXT.replace(/\n/g, '\n\n') })?.id).toBe(THIRD);
    expect(findStory(bundle, { url: 'https://example.org/news/2016/11/14/peskov-chess/' })?.id).toBe(THIRD);
    const m = claimMatches(bundle, { text: '"I went to New York for the chess, not for politics..."' });
    expect(m[0]).toMatchObject({ relation: 'repeats', claim: { story: THIRD } });
  });

  it('shows in the related coverage of the AP story, after the Press TV story', () => {
    const text = readFileSync(join(ROOT, 'data/stories/ap-2016-11-10.txt'), 'utf8');
    const article = engine.articleFromText(text);
    const related = enrichAnalysis(bundle, article, engine.analyze(article, engine.compileIndex(bundle.entities))).relatedCoverage;
    const ids = related.map((r) => r.id);
    expect(ids[0]).toBe('presstv-2016-11-10');
    expect(ids).toContain(THIRD);
  });
});
