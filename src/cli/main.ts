/**
 * sourcelight analyze FILE [--json]
 *   FILE: a .txt file (each non-empty line a paragraph), an .html page, or "-" for standard input.
 * Bad input: one line on standard error, exit code 2, nothing on standard output.
 */
import { analyze } from '../core/analyze';
import { enrichAnalysis } from '../core/dataset/queries';
import { loadDataset } from './dataset';
import { InputError, readInput } from './input';
import { buildJson, enrichmentExtras, summary } from './json';

const USAGE = 'usage: sourcelight analyze FILE [--json]   (FILE: .txt, .html, or - for standard input)';

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const args = argv.filter((a) => a !== '--json');
  const json = argv.includes('--json');
  if (args[0] === '--help' || args[0] === '-h') {
    out(USAGE + '\n');
    return 0;
  }
  if (args[0] !== 'analyze' || args.length !== 2 || (args[1]!.startsWith('-') && args[1] !== '-')) {
    err(USAGE + '\n');
    return 2;
  }
  try {
    const article = readInput(args[1]!);
    const { bundle, index } = loadDataset();
    const analysis = analyze(article, index);
    const enrichment = enrichAnalysis(bundle, article, analysis);
    out(
      json
        ? JSON.stringify(buildJson(article, analysis, enrichmentExtras(enrichment)), null, 2) + '\n'
        : summary(article, analysis, enrichment),
    );
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      err(`sourcelight: ${e.message}\n`);
      return 2;
    }
    err(`sourcelight: ${(e as Error).message.split('\n')[0]}\n`);
    return 1;
  }
}

process.exitCode = run(
  process.argv.slice(2),
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
);
