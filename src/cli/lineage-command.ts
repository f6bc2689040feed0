import { BadOptionError } from '../errors.js';
import { describePlan } from '../lineage/levels.js';
import { orderPlans } from '../lineage/order.js';
import { DEFAULT_SKIP_MARGIN, traceLineage } from '../lineage/trace.js';
import type { Lineage, PlanOrder } from '../model/lineage.js';
import { renderLineageCsv } from '../report/lineage-csv.js';
import { renderLineageHtml } from '../report/lineage-html.js';
import { renderLineageJson } from '../report/lineage-json.js';
import { renderLineageText } from '../report/lineage-text.js';
import { ALIGN_ARGS, ALIGN_HELP, alignArgs, choiceOption, OUTPUT_ARGS, parseCommandArgs, unitOption, READ_ARGS, READ_HELP, readArgs } from './args.js';
import { readPlan, writeOutput, type CliIo } from './io.js';
import { tokenizerNamed } from './tokenizer.js';

export const LINEAGE_FORMATS = ['text', 'json', 'csv', 'html'] as const;
export type LineageFormat = (typeof LINEAGE_FORMATS)[number];

export const LINEAGE_HELP = `Usage: policy-lineage lineage PLAN PLAN [PLAN…] [options]

Traces requirements down a chain of plans (province → city → district …): what each level
inherited, modified or dropped from the level above, which items a lower level took straight from
a level two or more up (skip-level inheritance), and where each upper requirement was dropped.

The files may come in any order: the chain is built from each plan's jurisdiction (gazetteer:
辽宁省 > 沈阳市 > 辽中区) and the superior plans it cites by title and 文号, and the command says
on standard error (and in the report) which chain it built and why. A chain holds one plan per
place: of several years of one place it keeps the version a lower plan cites (else the one whose
year is closest to the others', else the newest) and reports the others as other versions. Two
plans of the same level (peers) are not a chain: compare them with "policy-lineage compare".

Options:
  --format F           text (default), json (policy-lineage/lineage@1), csv, html
  --json               same as --format json
  --out FILE           write the report to FILE instead of standard output
  --ordered            take the plans in the order given, highest level first (no inference)
  --all                text format: list chains inherited unchanged all the way down too
  --skip-margin N      how much closer (0–1) a match two or more levels up must be than the
                       match in between to count as skip-level inheritance (default ${DEFAULT_SKIP_MARGIN})
${ALIGN_HELP}
${READ_HELP}
  --color / --no-color colours in the text report (default: on for terminals)
  -h, --help           show this help

Examples:
  policy-lineage lineage seeds/000_69cf3694f199daec.txt seeds/003_c25a0eff93a0bef6.txt
  policy-lineage lineage province.txt city.txt district.txt --format html --out lineage.html
  policy-lineage lineage district.txt city.txt province.txt --format csv --out chains.csv
  policy-lineage lineage a.json b.json --ordered --json
`;

/**
 * Renders a lineage in one of the lineage report formats.
 * @example renderLineage(lineage, 'csv')
 */
export function renderLineage(lineage: Lineage, format: LineageFormat, options: { color?: boolean; all?: boolean } = {}): string {
  switch (format) {
    case 'json':
      return renderLineageJson(lineage);
    case 'csv':
      return renderLineageCsv(lineage);
    case 'html':
      return renderLineageHtml(lineage);
    default:
      return renderLineageText(lineage, options);
  }
}

/**
 * `policy-lineage lineage`: orders the plans (unless --ordered), traces the lineage, writes the
 * report. Returns the exit status.
 * @example await runLineage(['city.txt', 'district.txt', '--format', 'json'], processIo());
 */
export async function runLineage(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { ...OUTPUT_ARGS, ...ALIGN_ARGS, ...READ_ARGS, ordered: { type: 'boolean' }, all: { type: 'boolean' }, 'skip-margin': { type: 'string' }, color: { type: 'boolean' }, 'no-color': { type: 'boolean' } },
    'lineage',
  );
  if (values.help) {
    io.stdout(LINEAGE_HELP);
    return 0;
  }
  if (positionals.length < 2) {
    io.stderr(`policy-lineage lineage: expected at least two plans (one per level), got ${positionals.length}\n${LINEAGE_HELP}`);
    return 1;
  }
  const format = values.json ? 'json' : choiceOption(values.format, 'format', LINEAGE_FORMATS, 'text');
  const align = alignArgs(values);
  const options = { ...align, skipMargin: unitOption(values['skip-margin'], 'skip-margin'), tokenizer: tokenizerNamed(align.tokenizer) };
  const reading = readArgs(values);
  const plans = [];
  for (const path of positionals) plans.push(await readPlan(path, reading));
  const order: PlanOrder = values.ordered
    ? { chain: plans, reasons: [`chain as given (--ordered): ${plans.map(describePlan).join(' → ')}`], otherVersions: [] }
    : orderPlans(plans);
  io.stderr(`${order.reasons.map((r, i) => (i === 0 ? `${r}\n` : `  - ${r}\n`)).join('')}`);
  if (order.chain.length < 2) {
    throw new BadOptionError(
      `a lineage needs plans of at least two levels, but all ${plans.length} plans are of ${describePlan(order.chain[0]!)}'s place: compare versions with "policy-lineage compare OLD NEW"`,
    );
  }
  const lineage = traceLineage(order.chain, { ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)), order });
  const color = values['no-color'] ? false : (values.color ?? (io.stdoutIsTTY && !values.out && !process.env.NO_COLOR));
  const output = renderLineage(lineage, format, { color, all: values.all });
  if (values.out) writeOutput(values.out, output, io);
  else io.stdout(output);
  return 0;
}
