import { comparePlans } from '../align/compare.js';
import type { Comparison, Relation } from '../model/comparison.js';
import { renderCsv } from '../report/csv.js';
import { renderHtml } from '../report/html.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import { ALIGN_ARGS, ALIGN_HELP, alignArgs, choiceOption, OUTPUT_ARGS, parseCommandArgs, READ_ARGS, READ_HELP, readArgs } from './args.js';
import { readPlan, writeOutput, type CliIo } from './io.js';
import { tokenizerNamed } from './tokenizer.js';

export const FORMATS = ['text', 'json', 'md', 'html', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export const COMPARE_HELP = `Usage: policy-lineage compare UPPER LOWER [options]

Aligns the items of two plans and reports, requirement by requirement, what the LOWER plan
inherited, modified, added or dropped from the UPPER plan. Works for a higher and a lower level
(沈阳市 → 辽中区), for peers (沈阳市 vs 朝阳市) and for one place in different years (2018 vs 2022).
UPPER and LOWER are plan documents (Word, OpenDocument, PDF, saved web pages, text) or Plan
JSON files (from \`parse --json\`), in any mix.

Options:
  --format F           text (default), json (policy-lineage/comparison@1), md, html, csv
  --json               same as --format json
  --out FILE           write the report to FILE instead of standard output
  --all                text format: list inherited links without field changes too
${ALIGN_HELP}
${READ_HELP}
  --relation R         hierarchy, peer or revision (default: inferred from the plans)
  --color / --no-color colours in the text report (default: on for terminals)
  -h, --help           show this help

Examples:
  policy-lineage compare seeds/003_c25a0eff93a0bef6.txt seeds/000_69cf3694f199daec.txt
  policy-lineage compare city.txt district.txt --format html --out report.html
  policy-lineage compare city.txt district.txt --format csv --out links.csv --min-score 0.25
`;

/** Renders a comparison in one of the report formats. */
export function render(comparison: Comparison, format: Format, options: { color?: boolean; all?: boolean } = {}): string {
  switch (format) {
    case 'json':
      return renderJson(comparison);
    case 'md':
      return renderMarkdown(comparison);
    case 'html':
      return renderHtml(comparison);
    case 'csv':
      return renderCsv(comparison);
    default:
      return renderText(comparison, options);
  }
}

/** `policy-lineage compare`. */
export async function runCompare(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { ...OUTPUT_ARGS, ...ALIGN_ARGS, ...READ_ARGS, all: { type: 'boolean' }, relation: { type: 'string' }, color: { type: 'boolean' }, 'no-color': { type: 'boolean' } },
    'compare',
  );
  if (values.help) {
    io.stdout(COMPARE_HELP);
    return 0;
  }
  if (positionals.length !== 2) {
    io.stderr(`policy-lineage compare: expected UPPER and LOWER, got ${positionals.length} file(s)\n${COMPARE_HELP}`);
    return 1;
  }
  const format = values.json ? 'json' : choiceOption(values.format, 'format', FORMATS, 'text');
  const align = alignArgs(values);
  const relation = values.relation === undefined ? undefined : choiceOption<Relation>(values.relation, 'relation', ['hierarchy', 'peer', 'revision'], 'hierarchy');
  const options = { ...align, tokenizer: tokenizerNamed(align.tokenizer), relation };
  const reading = readArgs(values);
  const upper = await readPlan(positionals[0]!, reading);
  const lower = await readPlan(positionals[1]!, reading);
  const comparison = comparePlans(upper, lower, Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)));
  const color = values['no-color'] ? false : (values.color ?? (io.stdoutIsTTY && !values.out && !process.env.NO_COLOR));
  const output = render(comparison, format, { color, all: values.all });
  if (values.out) writeOutput(values.out, output, io);
  else io.stdout(output);
  return 0;
}
