import { PolicyLineageError } from '../errors.js';
import { runCompare } from './compare-command.js';
import { runCorpus } from './corpus-command.js';
import { processIo, type CliIo } from './io.js';
import { runLineage } from './lineage-command.js';
import { runNetwork } from './network-command.js';
import { runParse } from './parse-command.js';
import { VERSION } from './version.js';

export const HELP = `policy-lineage ${VERSION} — read Chinese government work plans and trace their requirements across levels

Usage:
  policy-lineage parse FILE [--json]                      outline of one plan (or its Plan JSON)
  policy-lineage compare UPPER LOWER [--format F]         what LOWER inherited, modified, added, dropped
  policy-lineage lineage PLAN PLAN [PLAN…] [--format F]   trace requirements down a chain of plans
  policy-lineage corpus UPPER DIR_OR_FILES… [--format F]  one upper plan against many lower plans
  policy-lineage network DIR… [--out DIR]                 who derives from whom in a folder of plans; item diffusion

Run "policy-lineage COMMAND --help" for the options of a command, with examples.
Exit status: 0 on success, 1 on bad input or options (one line on standard error).

Example:
  policy-lineage compare seeds/003_c25a0eff93a0bef6.txt seeds/000_69cf3694f199daec.txt --format html --out report.html
`;

const COMMANDS: Record<string, (args: string[], io: CliIo) => number | Promise<number>> = {
  parse: runParse,
  compare: runCompare,
  lineage: runLineage,
  corpus: runCorpus,
  network: runNetwork,
};

/**
 * Runs the command line and returns the exit status. Errors about the input or the options are
 * one line on stderr and status 1; anything unexpected is reported as an internal error (2),
 * still without a stack trace unless POLICY_LINEAGE_DEBUG is set.
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(HELP);
    return command ? 0 : 1;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`policy-lineage: unknown command "${command}" (expected parse, compare, lineage, corpus or network; see policy-lineage --help)\n`);
    return 1;
  }
  try {
    return await run(rest, io);
  } catch (e) {
    if (e instanceof PolicyLineageError) {
      io.stderr(`policy-lineage: ${e.message}\n`);
      return 1;
    }
    io.stderr(`policy-lineage: internal error: ${(e as Error).message} (please report this with the input file)\n`);
    if (process.env.POLICY_LINEAGE_DEBUG) io.stderr(`${(e as Error).stack}\n`);
    return 2;
  }
}

