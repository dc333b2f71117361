/**
 * The CLI, built with esbuild and spawned as a process: the JSON contract exactly, the readable summary,
 * .txt / .html / standard input, and exit code 2 with one line on standard error for bad input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeBundle } from '../../../tools/node-bundle.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cli = join(root, 'build', 'test-core', 'cli.mjs');
const fx = (rel: string): string => join(root, 'tests', 'fixtures', rel);
const STORY = join(root, 'data', 'stories', 'ap-2016-11-10.txt');

function sl(args: string[], input?: string | Buffer): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  await nodeBundle(join(root, 'src/cli/main.ts'), cli);
}, 180_000); // one esbuild bundle: over a minute when the 2 cores are shared

describe('sourcelight analyze FILE --json', { timeout: 30_000 }, () => {
  it('prints exactly the contract for a .txt story, offsets into the file as read', () => {
    const r = sl(['analyze', STORY, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout);
    const text = readFileSync(STORY, 'utf8');
    expect(Object.keys(j)).toEqual(['article', 'entities', 'quotes', 'priorStatements', 'relatedCoverage']);
    expect(j.article).toEqual({ title: null, byline: null, siteName: null, length: text.length });
    for (const e of j.entities) {
      expect(Object.keys(e)).toEqual(['id', 'name', 'type', 'mentions']);
      for (const m of e.mentions) {
        expect(Object.keys(m)).toEqual(['start', 'end', 'text']);
        expect(text.slice(m.start, m.end)).toBe(m.text);
      }
    }
    const karyakin = j.entities.find((e: { id: string }) => e.id === 'sergey-karjakin');
    expect(karyakin).toMatchObject({ name: 'Sergey Karjakin', type: 'person', mentions: [{ text: 'Sergei Karyakin' }] });
    expect(j.quotes).toHaveLength(27);
    for (const q of j.quotes) {
      expect(Object.keys(q)).toEqual(['text', 'start', 'end', 'kind', 'speaker', 'confidence', 'matches']);
      expect(Object.keys(q.speaker)).toEqual(['name', 'entityId', 'mention']);
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.speaker.mention) expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
    }
    expect(j.quotes[1]).toMatchObject({
      text: 'very much alike',
      kind: 'partial',
      speaker: { name: 'Dmitry Peskov', entityId: 'dmitry-peskov' },
    });
    const denial = j.quotes.find((q: { text: string }) => q.text.endsWith('“any foreign entity.”'));
    expect(denial.speaker).toMatchObject({ name: 'a Trump spokeswoman', entityId: null, mention: { text: 'A Trump spokeswoman' } });
  });

  it('adds the dataset: prior statements per speaker, related coverage, and per quote the claims it repeats or disputes', () => {
    const j = JSON.parse(sl(['analyze', STORY, '--json']).stdout);
    // The AP story is recognised by its text: Peskov's earlier statements are Press TV's, not the AP quotes in it.
    const prior = j.priorStatements['dmitry-peskov'] as Array<{ outlet: string; story: string; date: string; url: string }>;
    expect(prior.length).toBeGreaterThan(3);
    expect(new Set(prior.map((p) => p.outlet))).toEqual(new Set(['Press TV']));
    expect(prior[0]!.url).toBe('http://presstv.ir/Detail/2016/11/10/493058/Russia-US-Trump-Putin-contact-foreign-policy');
    // Related coverage: the Press TV story first, then the other outlets' reports; never the AP story itself.
    expect(j.relatedCoverage[0]).toMatchObject({ id: 'presstv-2016-11-10', kind: 'story', outlet: 'Press TV', date: '2016-11-10' });
    expect(j.relatedCoverage.slice(1).every((c: { kind: string }) => c.kind === 'coverage')).toBe(true);
    expect(j.relatedCoverage.map((c: { id: string }) => c.id)).not.toContain('ap-2016-11-10');
    // “very much alike” is the same remark as Press TV's “phenomenal how close they are”.
    const alike = j.quotes.find((q: { text: string }) => q.text === 'very much alike');
    expect(alike.matches).toContainEqual(
      expect.objectContaining({
        relation: 'same-remark',
        outlet: 'Press TV',
        text: expect.stringMatching(/^It is phenomenal how close they are/),
      }),
    );
    // The campaign's denial disputes the contact claims of Peskov and Ryabkov.
    const denial = j.quotes.find((q: { text: string }) => q.text.endsWith('“any foreign entity.”'));
    const disputed = denial.matches
      .filter((m: { relation: string }) => m.relation === 'disputes')
      .map((m: { speaker: { entityId: string } }) => m.speaker.entityId);
    expect(disputed.sort()).toEqual(['dmitry-peskov', 'sergei-ryabkov']);
  });

  it('reads an .html page through Readability', () => {
    const r = sl(['analyze', fx('core/article.html'), '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.article.title).toBe('Kremlin aide hopeful about Trump');
    expect(j.article.siteName).toBe('Example News');
    expect(j.quotes.map((q: { text: string; speaker: { name: string } }) => [q.text.slice(0, 25), q.speaker.name])).toEqual([
      ['the Russian president hop', 'Dmitry Peskov'],
      ['very much alike', 'Dmitry Peskov'],
      ['An atmosphere of mutual t', 'Dmitry Peskov'],
      ["We shouldn't expect them ", 'Dmitry Peskov'],
      ['there were any contacts b', 'a Trump spokeswoman'],
      ['five top Russian banks we', 'Dmitry Peskov'],
      ['Russia had nothing to do ', 'Dmitry Peskov'],
    ]);
    const ids = j.entities.map((e: { id: string }) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'dmitry-peskov',
        'vladimir-putin',
        'donald-trump',
        'sergey-karjakin',
        'magnus-carlsen',
        'russian-chess-federation',
      ]),
    );
  });

  it('reads standard input, sniffing text and html', () => {
    const txt = sl(['analyze', '-', '--json'], '“It is phenomenal,” Peskov said.\n');
    expect(txt.code).toBe(0);
    expect(JSON.parse(txt.stdout).quotes[0]).toMatchObject({
      text: 'It is phenomenal,',
      start: 1,
      end: 18,
      kind: 'direct',
      confidence: 0.97,
    });
    const html = sl(['analyze', '-', '--json'], readFileSync(fx('core/article.html')));
    expect(html.code).toBe(0);
    expect(JSON.parse(html.stdout).article.title).toBe('Kremlin aide hopeful about Trump');
  });

  it('prints a readable summary speaker by speaker without --json', () => {
    const r = sl(['analyze', STORY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dmitry Peskov [dmitry-peskov]: 24 quotations');
    expect(r.stdout).toContain('a Trump spokeswoman: 1 quotation');
    expect(r.stdout).toContain('Donald Trump [donald-trump]: 1 quotation');
    expect(() => JSON.parse(r.stdout)).toThrow();
  });
});

describe('bad input: one line on stderr, exit 2, nothing on stdout', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sl-cli-'));
  const empty = join(dir, 'empty.txt');
  const blank = join(dir, 'blank.txt');
  const binary = join(dir, 'data.txt');
  writeFileSync(empty, '');
  writeFileSync(blank, '  \n\n \t\n');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  const cases: Array<[string, string[], string | undefined, RegExp]> = [
    ['missing file', ['analyze', join(dir, 'nope.txt'), '--json'], undefined, /no such file/],
    ['empty file', ['analyze', empty, '--json'], undefined, /is empty/],
    ['blank file', ['analyze', blank], undefined, /is empty/],
    ['binary file', ['analyze', binary, '--json'], undefined, /not text/],
    ['page without an article', ['analyze', fx('core/no-article.html'), '--json'], undefined, /no article/],
    ['empty standard input', ['analyze', '-', '--json'], '', /standard input is empty/],
    ['no command', [], undefined, /usage/],
    ['unknown command', ['explain', STORY], undefined, /usage/],
  ];
  for (const [name, args, input, message] of cases) {
    it(name, () => {
      const r = sl(args, input ?? '');
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});
