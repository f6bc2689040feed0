import { stringifyJson } from '../model/json-text.js';
import type { Node, Plan } from '../model/plan.js';
import { cleanText, escapeJsonControls } from '../report/common/sanitize.js';
import { parseCommandArgs, READ_ARGS, READ_HELP, readArgs } from './args.js';
import { choiceLang } from './compare-command.js';
import { readPlan, type CliIo } from './io.js';
import { cliLang, message } from './messages.js';
import { resolveFormat, writeReport } from './output.js';

export const PARSE_HELP = `Usage: policy-lineage parse FILE [--json] [--out FILE]

Reads a plan document — Word (.docx .docm .dotx .doc .wps), OpenDocument (.odt), PDF, a saved
web page (.html), a task table in Excel (.xlsx) or CSV, or text in UTF-8, UTF-16 or GB18030 —
and prints its
outline: sections, items with their lead units (牵头), partners (责任) and deadlines (时限), and
warnings about anything the parser skipped or repaired.

Options:
  --json        print the Plan as policy-lineage/plan@1 JSON instead of the outline
  --out FILE    write to FILE instead of standard output (.json writes the Plan JSON)
  --force       replace an existing file of another format
  --lang L      zh or en (messages; default: the locale)
${READ_HELP.replace('        ', '')}
  -h, --help    show this help

Examples:
  policy-lineage parse seeds/003_c25a0eff93a0bef6.txt
  policy-lineage parse seeds/000_69cf3694f199daec.txt --json --out liaozhong.json
`;

/** `policy-lineage parse`: prints a plan's outline or its JSON. */
export async function runParse(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { ...READ_ARGS, json: { type: 'boolean' }, format: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    'parse',
  );
  const lang = cliLang(choiceLang(values.lang));
  if (values.help) {
    io.stdout(PARSE_HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr(`policy-lineage parse: ${message(lang, 'expectedOne', { n: positionals.length })}\n${PARSE_HELP}`);
    return 1;
  }
  const format = resolveFormat(values, ['text', 'json'] as const, 'parse', lang, 'text');
  const plan = await readPlan(positionals[0]!, readArgs(values));
  const output = format === 'json' ? `${escapeJsonControls(stringifyJson(plan, 2))}\n` : cleanText(outline(plan));
  if (values.out) writeReport(values.out, output, format, { force: values.force, lang }, io);
  else io.stdout(output);
  return 0;
}

/** A readable outline of a plan. */
export function outline(plan: Plan): string {
  const lines: string[] = [];
  lines.push(plan.title);
  const j = plan.jurisdiction;
  lines.push([j.name && `${j.name} (${j.level ?? '?'}${j.parent ? `, ${j.parent}` : ''})`, plan.docNumber, plan.issuer, plan.date].filter(Boolean).join(' · '));
  for (const r of plan.references) lines.push(`implements 《${r.title}》${r.docNumber ? ` (${r.docNumber})` : ''}`);
  lines.push('');
  const walk = (nodes: Node[], indent: string): void => {
    for (const n of nodes) {
      if (n.kind === 'section') {
        lines.push(`${indent}${n.marker}${n.title}`);
        walk(n.children, `${indent}  `);
      } else {
        const head = n.heading || (n.text.length > 40 ? `${n.text.slice(0, 40)}…` : n.text);
        lines.push(`${indent}${n.marker} ${head}`);
        const meta = [
          n.leads.length ? `牵头: ${n.leads.join('、')}` : '',
          n.partners.length ? `责任: ${n.partners.join('、')}` : '',
          n.deadline ? `时限: ${n.deadline}` : '',
          n.tasks.length ? `${n.tasks.length} task(s)` : '',
        ].filter(Boolean);
        if (meta.length) lines.push(`${indent}    ${meta.join(' | ')}`);
      }
    }
  };
  walk(plan.children, '');
  if (plan.warnings.length) {
    lines.push('', `${plan.warnings.length} warning(s):`);
    for (const w of plan.warnings) lines.push(`  line ${w.line ?? '?'}: ${w.message}`);
  }
  return `${lines.join('\n')}\n`;
}
