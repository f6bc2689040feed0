import { BadOptionError } from '../errors.js';
import type { Plan } from '../model/plan.js';
import { warningLines } from '../report/comparison/phrases.js';
import type { Lang } from '../report/common/labels.js';
import { cleanText } from '../report/common/sanitize.js';
import type { CliIo } from './io.js';
import { message } from './messages.js';

/**
 * Says on stderr how many warnings each plan has and the first few; with `strict`, any warning
 * ends the command (exit 1) before a report is written.
 */
export function surfaceWarnings(plans: Plan[], options: { lang: Lang; strict?: boolean }, io: CliIo): void {
  const lines = plans.flatMap((p) => warningLines(p, options.lang));
  const total = plans.reduce((n, p) => n + p.warnings.length, 0);
  if (total === 0) return;
  io.stderr(`${lines.map(cleanText).join('\n')}\n`);
  if (options.strict) throw new BadOptionError(message(options.lang, 'strict', { n: total }));
  io.stderr(`${message(options.lang, 'warningsHint')}\n`);
}
