import type { CliIo } from './io.js';

/** `policy-lineage lineage` (placeholder until the lineage issue lands). */
export function runLineage(_args: string[], io: CliIo): number {
  io.stderr('policy-lineage lineage: not implemented yet\n');
  return 1;
}
