import type { CliIo } from './io.js';

/** `policy-lineage corpus` (placeholder until the lineage issue lands). */
export function runCorpus(_args: string[], io: CliIo): number {
  io.stderr('policy-lineage corpus: not implemented yet\n');
  return 1;
}
