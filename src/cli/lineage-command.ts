import { BadOptionError } from '../errors.js';
import { describePlan } from '../lineage/levels.js';
import { orderPlans } from '../lineage/order.js';
import { DEFAULT_SKIP_MARGIN, traceLineage } from '../lineage/trace.js';
import type { PlanOrder } from '../model/lineage.js';
import { renderers } from '../report/lineage/index.js';
import type { Lang } from '../report/common/labels.js';
import { ALIGN_ARGS, ALIGN_HELP, alignArgs, alignHelp, parseCommandArgs, unitOption, READ_ARGS, READ_HELP, readArgs } from './args.js';
import { choiceLang } from './compare-command.js';
import { readPlan, type CliIo } from './io.js';
import { cliLang, message } from './messages.js';
import { REPORT_ARGS, resolveFormat, writeReport } from './output.js';
import { tokenizerNamed } from './tokenizer.js';
import { surfaceWarnings } from './warnings.js';

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
  --out FILE           write the report to FILE; the extension sets the format (.html .csv .json .txt)
  --force              replace an existing file of another format
  --lang L             zh or en (default: the locale)
  --strict             parser warnings are fatal (exit 1, no report)
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
  policy-lineage lineage province.txt city.txt district.txt --out lineage.html
  policy-lineage lineage district.txt city.txt province.txt --out chains.csv
  policy-lineage lineage a.json b.json --ordered --json
`;

/** `lineage --help`, in the CLI's language. */
export function lineageHelp(lang: Lang): string {
  if (lang === 'en') return LINEAGE_HELP;
  return `用法：policy-lineage lineage 计划 计划 [计划…] [选项]

沿层级链（省 → 市 → 区……）追踪各项要求：每一级对上一级沿用、修改或未采纳了什么，哪些条目
越过中间一级直接取自更高一级（跨级沿用），以及每项上级要求在哪一级被删去。

文件顺序不限：根据各计划的地区（辽宁省 > 沈阳市 > 辽中区）和所引用上级计划的标题、文号排出
层级链，并在标准错误输出（和报告中）说明排列依据。同一地区的多个年度只取一份，其余列为其他版本。

选项：
  --format F           text（默认）、json（policy-lineage/lineage@1）、csv、html
  --json               等同于 --format json
  --out FILE           写入文件；格式由扩展名决定（.html .csv .json .txt）
  --force              覆盖已存在的、格式不同的文件
  --lang L             zh 或 en（默认按系统语言）
  --strict             有解析提示时视为错误（退出码 1，不生成报告）
  --ordered            按给出的顺序（最高一级在前），不推断
  --all                文本报告也列出逐级完全沿用的要求链
  --skip-margin N      跨级匹配需比中间一级高出多少（0–1，默认 ${DEFAULT_SKIP_MARGIN}）才算跨级沿用
${alignHelp('zh')}
${READ_HELP}
  --color / --no-color 文本报告的颜色（默认：终端中开启）
  -h, --help           显示本帮助

示例：
  policy-lineage lineage seeds/000_69cf3694f199daec.txt seeds/003_c25a0eff93a0bef6.txt
  policy-lineage lineage province.txt city.txt district.txt --out lineage.html
`;
}

/**
 * `policy-lineage lineage`: orders the plans (unless --ordered), traces the lineage, writes the
 * report. Returns the exit status.
 * @example await runLineage(['city.txt', 'district.txt', '--format', 'json'], processIo());
 */
export async function runLineage(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { ...REPORT_ARGS, ...ALIGN_ARGS, ...READ_ARGS, ordered: { type: 'boolean' }, all: { type: 'boolean' }, 'skip-margin': { type: 'string' }, color: { type: 'boolean' }, 'no-color': { type: 'boolean' } },
    'lineage',
  );
  const lang = cliLang(choiceLang(values.lang));
  if (values.help) {
    io.stdout(lineageHelp(lang));
    return 0;
  }
  if (positionals.length < 2) {
    io.stderr(`policy-lineage lineage: ${message(lang, 'expectedChain', { n: positionals.length })}\n${lineageHelp(lang)}`);
    return 1;
  }
  const format = resolveFormat(values, LINEAGE_FORMATS, 'lineage', lang, 'text');
  const align = alignArgs(values);
  const options = { ...align, skipMargin: unitOption(values['skip-margin'], 'skip-margin'), tokenizer: tokenizerNamed(align.tokenizer) };
  const reading = readArgs(values);
  const plans = [];
  for (const path of positionals) plans.push(await readPlan(path, reading));
  const order: PlanOrder = values.ordered
    ? { chain: plans, reasons: [`chain as given (--ordered): ${plans.map(describePlan).join(' → ')}`], otherVersions: [] }
    : orderPlans(plans);
  io.stderr(`${order.reasons.map((r, i) => (i === 0 ? `${r}\n` : `  - ${r}\n`)).join('')}`);
  // after the chain, so the first line says which chain was built
  surfaceWarnings(plans, { lang, strict: values.strict }, io);
  if (order.chain.length < 2) {
    throw new BadOptionError(
      `a lineage needs plans of at least two levels, but all ${plans.length} plans are of ${describePlan(order.chain[0]!)}'s place: compare versions with "policy-lineage compare OLD NEW"`,
    );
  }
  const lineage = traceLineage(order.chain, { ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)), order });
  const color = values['no-color'] ? false : (values.color ?? (io.stdoutIsTTY && !values.out && !process.env.NO_COLOR));
  const output = renderers[format](lineage, { color, all: values.all, lang });
  if (values.out) writeReport(values.out, output, format, { force: values.force, lang }, io);
  else io.stdout(output);
  return 0;
}
