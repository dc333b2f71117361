/**
 * The README's quick start holds: `npm start -- --headless` builds, serves the demo stories, runs
 * them in headless Chromium with the extension and writes screenshots and a summary.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactsDir, repoRoot } from './harness';

describe('npm start -- --headless', () => {
  it('writes screenshots of each story page, its card and the popup, and a summary of the speakers', () => {
    const r = spawnSync(process.execPath, [join(repoRoot, 'tools/start.mjs'), '--headless', '--port', '0'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const out = join(artifactsDir, 'start');
    expect(r.stdout).toContain('artifacts/start/');
    for (const story of ['ap-2016-11-10', 'presstv-2016-11-10']) {
      for (const shot of ['page', 'card', 'popup']) {
        const file = join(out, `${story}-${shot}.png`);
        expect(existsSync(file), file).toBe(true);
        expect(statSync(file).size).toBeGreaterThan(10_000);
      }
    }
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Array<{
      story: string;
      status: string;
      speakers: Array<{ name: string; quotes: string[] }>;
    }>;
    const ap = summary.find((s) => s.story === 'ap-2016-11-10')!;
    expect(ap.status).toBe('done');
    expect(ap.speakers[0]!.name).toBe('Dmitry Peskov');
    expect(ap.speakers.map((s) => s.name)).toContain('a Trump spokeswoman');
    expect(r.stdout).toContain('Dmitry Peskov');
  }, 200_000);
});
