import type { BuildOptions, BuildResult } from 'esbuild';
export function nodeBundle(entry: string, outfile: string, options?: BuildOptions): Promise<BuildResult>;
