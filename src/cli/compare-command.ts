import { comparePlans } from '../align/compare.js';
import type { Comparison, Relation } from '../model/comparison.js';
import type { Renderer } from '../report/common/types.js';
import { reversalNote } from '../report/comparison/phrases.js';
import { wordingFor } from '../report/comparison/wording.js';
import { ALIGN_ARGS, alignArgs, alignHelp, choiceOption, parseCommandArgs, READ_ARGS, READ_HELP, readArgs } from './args.js';
import { readPlan, type CliIo } from './io.js';
import { cliLang, message } from './messages.js';
import { REPORT_ARGS, resolveFormat, writeReport } from './output.js';
import { tokenizerNamed } from './tokenizer.js';
import { renderXlsxOrExplain } from './xlsx.js';
import type { Lang } from '../report/common/labels.js';
import { BadOptionError } from '../errors.js';
import { surfaceWarnings } from './warnings.js';

export const FORMATS = ['text', 'json', 'md', 'html', 'csv', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

/** `compare --help`, in the CLI's language. */
export function compareHelp(lang: Lang): string {
  if (lang === 'zh') {
    return `用法：policy-lineage compare 上级计划 下级计划 [选项]

逐条对照两份计划，报告下级计划对上级计划的每项要求是沿用、修改、新增还是未采纳。适用于上下级
（沈阳市 → 辽中区）、同级（沈阳市与朝阳市）和同一地区不同年度（2018 与 2022）。两个文件可以是
计划文档（Word、OpenDocument、PDF、保存的网页、文本），也可以是 Plan JSON（由 \`parse --json\` 生成）。

选项：
  --format F           text（默认）、json（policy-lineage/comparison@1）、md、html、csv、xlsx
  --json               等同于 --format json
  --out FILE           写入文件；格式由扩展名决定（.html .md .csv .json .xlsx .txt），
                       与 --format 矛盾时报错
  --force              覆盖已存在的、格式不同的文件
  --lang L             zh 或 en（默认按系统语言：中文环境为 zh）
  --brief              文本报告只显示概览
  --all                文本报告也列出没有字段变化的沿用条目
  --strict             有解析提示时视为错误（退出码 1，不生成报告）
${alignHelp('zh')}
${READ_HELP}
  --relation R         hierarchy、peer 或 revision（默认根据两份计划推断）
  --color / --no-color 文本报告的颜色（默认：终端中开启；设置 NO_COLOR 时关闭）
  -h, --help           显示本帮助

示例：
  policy-lineage compare seeds/003_c25a0eff93a0bef6.txt seeds/000_69cf3694f199daec.txt
  policy-lineage compare city.txt district.txt --out report.html
  policy-lineage compare city.txt district.txt --out links.xlsx --lang zh
  policy-lineage compare city.txt district.txt --brief
`;
  }
  return `Usage: policy-lineage compare UPPER LOWER [options]

Aligns the items of two plans and reports, requirement by requirement, what the LOWER plan
inherited, modified, added or dropped from the UPPER plan. Works for a higher and a lower level
(沈阳市 → 辽中区), for peers (沈阳市 vs 朝阳市) and for one place in different years (2018 vs 2022).
UPPER and LOWER are plan documents (Word, OpenDocument, PDF, saved web pages, text) or Plan
JSON files (from \`parse --json\`), in any mix.

Options:
  --format F           text (default), json (policy-lineage/comparison@1), md, html, csv, xlsx
  --json               same as --format json
  --out FILE           write the report to FILE; the extension sets the format (.html .md .csv
                       .json .xlsx .txt), and a --format that contradicts it is an error
  --force              replace an existing file of another format
  --lang L             zh or en (default: the locale; Chinese for a zh locale)
  --brief              text format: the summary only
  --all                text format: list inherited links without field changes too
  --strict             parser warnings are fatal (exit 1, no report)
${alignHelp('en')}
${READ_HELP}
  --relation R         hierarchy, peer or revision (default: inferred from the plans)
  --color / --no-color colours in the text report (default: on for terminals, off with NO_COLOR)
  -h, --help           show this help

Examples:
  policy-lineage compare seeds/003_c25a0eff93a0bef6.txt seeds/000_69cf3694f199daec.txt
  policy-lineage compare city.txt district.txt --out report.html
  policy-lineage compare city.txt district.txt --out links.xlsx --lang zh
  policy-lineage compare city.txt district.txt --brief
`;
}

/** `compare --help` in English (the CLI prints it in its language). */
export const COMPARE_HELP = compareHelp('en');

/** `policy-lineage compare`. */
export async function runCompare(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { ...REPORT_ARGS, ...ALIGN_ARGS, ...READ_ARGS, all: { type: 'boolean' }, brief: { type: 'boolean' }, relation: { type: 'string' }, color: { type: 'boolean' }, 'no-color': { type: 'boolean' } },
    'compare',
  );
  const lang = cliLang(choiceLang(values.lang));
  if (values.help) {
    io.stdout(compareHelp(lang));
    return 0;
  }
  if (positionals.length !== 2) {
    io.stderr(`policy-lineage compare: ${message(lang, 'expectedTwo', { n: positionals.length })}\n${compareHelp(lang)}`);
    return 1;
  }
  const format = resolveFormat(values, FORMATS, 'compare', lang, 'text');
  const align = alignArgs(values);
  const relation = values.relation === undefined ? undefined : choiceOption<Relation>(values.relation, 'relation', ['hierarchy', 'peer', 'revision'], 'hierarchy');
  const options = { ...align, tokenizer: tokenizerNamed(align.tokenizer), relation };
  const reading = readArgs(values);
  const upper = await readPlan(positionals[0]!, reading);
  const lower = await readPlan(positionals[1]!, reading);
  surfaceWarnings([upper, lower], { lang, strict: values.strict }, io);
  const comparison = comparePlans(upper, lower, Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)));
  const note = reversalNote(comparison, wordingFor(comparison.relation, lang));
  if (note) io.stderr(`${note}\n`);
  if (format === 'xlsx') {
    if (!values.out) throw new BadOptionError(message(lang, 'xlsxStdout'));
    writeReport(values.out, await renderXlsxOrExplain(comparison, lang), format, { force: values.force, lang }, io);
    return 0;
  }
  const color = values['no-color'] ? false : (values.color ?? (io.stdoutIsTTY && !values.out && !process.env.NO_COLOR));
  const output = (await rendererFor(format))(comparison, { color, all: values.all, brief: values.brief, lang });
  if (values.out) writeReport(values.out, output, format, { force: values.force, lang }, io);
  else io.stdout(output);
  return 0;
}

/** A format's renderer, loaded on demand: a JSON comparison does not load the HTML report and its hashing. */
async function rendererFor(format: Exclude<Format, 'xlsx'>): Promise<Renderer<Comparison>> {
  if (format === 'json') {
    const { renderJson } = await import('../report/comparison/json.js');
    return (c) => renderJson(c);
  }
  return (await import('../report/comparison/index.js')).renderers[format];
}

/** `--lang` checked: zh, en, or unset. */
export function choiceLang(value: string | undefined): Lang | undefined {
  return value === undefined ? undefined : choiceOption<Lang>(value, 'lang', ['zh', 'en'], 'en');
}
