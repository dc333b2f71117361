/**
 * Validation and integrity of the dataset's sources: every error names the file and the field.
 * The engine is the predictable stand-in (these failures happen before any story is analyzed,
 * or concern what the engine returns); the registry is data/entities.json.
 */
import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../../src/core/dataset/compile';
import type { DatasetFiles } from '../../../../src/core/dataset/types';
import { fakeEngine } from './fake-engine';
import { editJson, repoFiles } from './files';

const base = (): DatasetFiles => repoFiles();
const errorsOf = (files: DatasetFiles): string[] => {
  const r = compileDataset(files, fakeEngine);
  expect(r.report.ok).toBe(false);
  expect(r.bundle).toBeNull();
  return r.report.errors;
};

describe('the sources as they are', () => {
  it('compile without errors', () => {
    const r = compileDataset(base(), fakeEngine);
    expect(r.report.errors).toEqual([]);
    expect(r.report.ok).toBe(true);
    expect(r.bundle?.stories.map((s) => s.id)).toEqual(['ap-2016-11-10', 'presstv-2016-11-10']);
  });
});

describe('schema errors name the file and the field path', () => {
  it('a date in the wrong format', () => {
    const files = editJson(base(), 'data/coverage.json', (j) => (j.coverage[3].date = '11/10/2016'));
    expect(errorsOf(files)).toEqual(['data/coverage.json: coverage[3].date: expected YYYY-MM-DD, got "11/10/2016"']);
  });

  it('an impossible calendar date and a malformed address', () => {
    const files = editJson(base(), 'data/coverage.json', (j) => {
      j.coverage[0].date = '2016-02-30';
      j.coverage[1].url = 'straitstimes.com/world';
    });
    expect(errorsOf(files)).toEqual([
      'data/coverage.json: coverage[0].date: expected YYYY-MM-DD, got "2016-02-30"',
      'data/coverage.json: coverage[1].url: expected an absolute http(s) URL, got "straitstimes.com/world"',
    ]);
  });

  it('a missing field, an unknown field and a wrong type', () => {
    const files = editJson(base(), 'data/reported-claims.json', (j) => {
      delete j.claims[0].summary;
      j.claims[1].speeker = 'x';
      j.claims[2].topics = 'campaign-contacts';
    });
    const errors = errorsOf(files);
    expect(errors).toContain('data/reported-claims.json: claims[0].summary: missing (required field)');
    expect(errors.some((e) => e.startsWith('data/reported-claims.json: claims[1].speeker: unknown field'))).toBe(true);
    expect(errors).toContain('data/reported-claims.json: claims[2].topics: expected an array, got "campaign-contacts"');
    expect(errors).toHaveLength(3);
  });

  it('story metadata: id must be the file name, language a tag', () => {
    const files = editJson(base(), 'data/stories/ap-2016-11-10.json', (j) => {
      j.id = 'ap-story';
      j.language = 'English';
    });
    expect(errorsOf(files)).toEqual(['data/stories/ap-2016-11-10.json: language: expected a language tag like "en", got "English"']);
    const renamed = editJson(base(), 'data/stories/ap-2016-11-10.json', (j) => (j.id = 'ap-story'));
    expect(errorsOf(renamed)).toEqual(['data/stories/ap-2016-11-10.json: id: expected "ap-2016-11-10" (the file\'s name), got "ap-story"']);
  });

  it('invalid JSON, a missing file, a story without its text', () => {
    const files = base();
    files['data/topics.json'] = '{ "version": 1, "topics": [ }';
    delete files['data/relations.json'];
    delete files['data/stories/presstv-2016-11-10.txt'];
    const errors = errorsOf(files);
    expect(errors[0]).toMatch(/^data\/topics\.json: invalid JSON: /);
    expect(errors).toContain('data/relations.json: missing file');
    expect(errors).toContain(
      'data/stories/presstv-2016-11-10.txt: missing (the text of the story data/stories/presstv-2016-11-10.json describes)',
    );
  });

  it('a bad claim reference says which shape it expected', () => {
    const files = editJson(base(), 'data/relations.json', (j) => (j.relations[0].from = { story: 'ap-2016-11-10' }));
    expect(errorsOf(files)).toEqual(['data/relations.json: relations[0].from.quote: missing (required field)']);
  });
});

describe('integrity', () => {
  it('a reported claim that is not verbatim in its story fails, naming the claim and the story', () => {
    const files = editJson(base(), 'data/reported-claims.json', (j) => {
      // straight apostrophe where the story has a curly one
      j.claims[0].text = "Peskov said Russian experts were in contact with some members of Trump's staff during the campaign";
    });
    expect(errorsOf(files)).toEqual([
      'data/reported-claims.json: claims[0].text: not found verbatim in story "ap-2016-11-10": the first 70 characters match, then the text has "ome members of Trump\'s staff during" where the story has "ome members of Trump’s staff during"',
    ]);
  });

  it('one alias on two entities fails, naming both', () => {
    const files = editJson(base(), 'data/entities.json', (j) => {
      j.entities.find((e: { id: string }) => e.id === 'joe-biden').aliases.push('Peskov');
    });
    expect(errorsOf(files)).toEqual([
      'data/entities.json: alias "peskov" points at 2 entities: "dmitry-peskov" and "joe-biden" (mark it in "ambiguous" on "dmitry-peskov" and "joe-biden" if that is meant)',
    ]);
  });

  it('aliases are compared as the matcher folds them: romanisation variants, accents, a leading "the"', () => {
    const files = editJson(base(), 'data/entities.json', (j) => {
      const find = (id: string) => j.entities.find((e: { id: string }) => e.id === id);
      find('magnus-carlsen').aliases.push('Sergej Karjakín');
      find('interfax').aliases.push('The Kremlin');
    });
    expect(errorsOf(files)).toEqual([
      'data/entities.json: alias "kremlin" points at 2 entities: "kremlin" and "interfax" (mark it in "ambiguous" on "kremlin" and "interfax" if that is meant)',
      'data/entities.json: alias "sergei kariakin" points at 2 entities: "sergey-karjakin" and "magnus-carlsen" (mark it in "ambiguous" on "sergey-karjakin" and "magnus-carlsen" if that is meant)',
    ]);
  });

  it('an alias shared on purpose passes when both entities mark it ambiguous, and only then', () => {
    const share = (both: boolean) =>
      editJson(base(), 'data/entities.json', (j) => {
        const find = (id: string) => j.entities.find((e: { id: string }) => e.id === id);
        find('russian-government').aliases.push('Kremlin');
        find('kremlin').ambiguous = ['Kremlin'];
        if (both) find('russian-government').ambiguous = ['kremlin'];
      });
    expect(errorsOf(share(false))).toEqual([
      'data/entities.json: alias "kremlin" points at 2 entities: "kremlin" and "russian-government" (mark it in "ambiguous" on "russian-government" if that is meant)',
    ]);
    expect(compileDataset(share(true), fakeEngine).report.errors).toEqual([]);
  });

  it('every referenced id must exist', () => {
    let files = editJson(base(), 'data/coverage.json', (j) => {
      j.coverage[0].entities.push('dmitri-peskoff');
      j.coverage[1].events.push('vladimir-putin');
      j.coverage[2].topics.push('chess');
    });
    files = editJson(files, 'data/relations.json', (j) => (j.relations[3].to = { claim: 'peskov-said-nothing' }));
    const errors = errorsOf(files);
    expect(errors).toEqual([
      'data/coverage.json: coverage[0].entities[3]: unknown entity "dmitri-peskoff"',
      'data/coverage.json: coverage[1].events[0]: "vladimir-putin" is a person, not an event',
      'data/coverage.json: coverage[2].topics[1]: unknown topic "chess"',
    ]);
    // relations are resolved after the stories are analyzed: fixed coverage, broken relation
    const relOnly = editJson(base(), 'data/relations.json', (j) => (j.relations[3].to = { claim: 'peskov-said-nothing' }));
    expect(errorsOf(relOnly)).toEqual(['data/relations.json: relations[3].to: no claim "peskov-said-nothing"']);
  });

  it('a relation quoting words no claim of the story contains fails, naming the story and the words', () => {
    const files = editJson(
      base(),
      'data/relations.json',
      (j) => (j.relations[0].from = { story: 'presstv-2016-11-10', quote: 'phenomenally close' }),
    );
    expect(errorsOf(files)).toEqual([
      'data/relations.json: relations[0].from: no claim of story "presstv-2016-11-10" contains "phenomenally close"',
    ]);
  });

  it('an ambiguous quote reference asks for more words', () => {
    const files = editJson(base(), 'data/relations.json', (j) => (j.relations[0].to = { story: 'ap-2016-11-10', quote: 'very' }));
    const errors = errorsOf(files);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^data\/relations\.json: relations\[0\]\.to: "very" matches \d+ claims of "ap-2016-11-10" \(.*\); quote more words or set "all": true$/,
    );
  });

  it('an engine quotation that is not in the story is an error naming the story file', () => {
    const broken = {
      ...fakeEngine,
      analyze: (...a: Parameters<typeof fakeEngine.analyze>) => {
        const r = fakeEngine.analyze(...a);
        const q = r.quotes[0];
        if (q) q.text = q.text.replace(/'|’/g, '"');
        return r;
      },
    };
    const errors = compileDataset(base(), broken).report.errors;
    expect(
      errors.some((e) => /^data\/stories\/(ap|presstv)-2016-11-10\.txt: the engine's quotation is not verbatim in the story: /.test(e)),
    ).toBe(true);
  });
});
