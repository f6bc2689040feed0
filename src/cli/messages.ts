// What the command line says, in Chinese and English. Status words come from the reports' table
// (src/report/common/labels.ts) so the CLI and every report name them the same way.
import type { ErrorCode } from '../errors.js';
import { fill, langFromLocale, type Bilingual, type Lang } from '../report/common/labels.js';

/** The CLI's language: `--lang`, else the locale (LC_ALL, LC_MESSAGES, LANG). */
export function cliLang(option: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (option === 'zh' || option === 'en') return option;
  return langFromLocale(env);
}

/** The CLI's own messages. */
export const MESSAGES = {
  wrote: { zh: '已写入 {path}', en: 'wrote {path}' },
  formatConflict: { zh: '--format {format} 与 --out {path} 的扩展名（{ext}）不一致', en: '--format {format} contradicts the extension of --out {path} ({ext})' },
  formatUnknownExt: { zh: '无法从 --out {path} 判断格式：请用 .html .md .csv .json .xlsx .txt 作扩展名，或给出 --format', en: 'cannot tell the format from --out {path}: use .html, .md, .csv, .json, .xlsx or .txt, or give --format' },
  formatNotHere: { zh: '{command} 不支持 {format} 格式（可用：{choices}）', en: '{command} has no {format} format (one of {choices})' },
  exists: { zh: '{path} 已存在，且是另一种格式（{old}）的文件；不会覆盖它，确需覆盖请加 --force', en: '{path} exists and holds a {old} file, not {format}: not overwriting it (add --force to replace it)' },
  cannotWrite: { zh: '{path}：无法写入（{why}）', en: '{path}: cannot write ({why})' },
  xlsxMissing: { zh: '.xlsx 报告需要可选依赖 exceljs：npm install exceljs', en: 'the .xlsx report needs the optional package exceljs: npm install exceljs' },
  xlsxStdout: { zh: '.xlsx 报告是二进制文件，请用 --out FILE.xlsx 写入文件', en: 'the .xlsx report is a binary file: write it with --out FILE.xlsx' },
  strict: { zh: '有 {n} 条解析提示，--strict 视为错误，未生成报告', en: '{n} parser warning{s} and --strict: no report written' },
  warningsHint: { zh: '（解析提示说明文档有部分内容被跳过或推测；加 --strict 可将其视为错误）', en: '(warnings say what the parser guessed or skipped; --strict makes them fatal)' },
  expectedTwo: { zh: 'compare 需要上级和下级两个文件，实际给出 {n} 个', en: 'expected UPPER and LOWER, got {n} file(s)' },
  expectedChain: { zh: 'lineage 至少需要两个计划（每级一个），实际给出 {n} 个', en: 'expected at least two plans (one per level), got {n}' },
  expectedCorpus: { zh: 'corpus 需要一个上级计划和至少一个下级文件或文件夹，实际给出 {n} 个参数', en: 'expected UPPER and at least one lower plan file or folder, got {n} argument(s)' },
  expectedOne: { zh: 'parse 需要一个文件，实际给出 {n} 个', en: 'expected one FILE, got {n}' },
  unknownCommand: { zh: '未知命令“{command}”（可用 parse、compare、lineage、corpus、network；见 policy-lineage --help）', en: 'unknown command "{command}" (expected parse, compare, lineage, corpus or network; see policy-lineage --help)' },
  internal: { zh: '内部错误：{message}（请附上输入文件报告此问题）', en: 'internal error: {message} (please report this with the input file)' },
  skipped: { zh: '已跳过 {what}', en: 'skipped {what}' },
  noneCompared: { zh: '没有能对照的计划（跳过 {n} 个文件）', en: 'no plan could be compared ({n} file(s) skipped)' },
  selfSkip: { zh: '不将 {path} 与自身对照', en: 'not comparing {path} with itself' },
  tableFromName: { zh: '按文件名 {path} 写入{table}表', en: 'writing the {table} table, as the name {path} says' },
  tableDefault: { zh: '写入各计划表（--table diffusion 写逐条扩散表）', en: 'writing the per-plan table (--table diffusion for the diffusion table)' },
} as const satisfies Record<string, Bilingual>;

/** Chinese glosses of the error codes, put before the library's (English) message in a Chinese CLI. */
const ERROR_GLOSS: Record<ErrorCode | 'MISSING_DEPENDENCY', string> = {
  ENCODING: '无法识别文件编码',
  EMPTY: '文件为空',
  NO_STRUCTURE: '未找到计划结构',
  BAD_PLAN_JSON: 'Plan JSON 格式错误',
  BAD_OPTION: '选项错误',
  NOT_FOUND: '文件不存在',
  IO: '读写错误',
  UNREADABLE: '无法读取文档',
  TOO_LARGE: '文件超出大小上限',
  MISSING_DEPENDENCY: '缺少依赖',
};

/**
 * A CLI message in one language.
 * @example message('en', 'wrote', { path: 'a.html' }) // → 'wrote a.html'
 */
export function message(lang: Lang, key: keyof typeof MESSAGES, values: Record<string, string | number> = {}): string {
  return fill(MESSAGES[key][lang], values);
}

/** The one line an error becomes: in Chinese, a gloss of its code first. */
export function errorLine(lang: Lang, code: string, text: string): string {
  const gloss = ERROR_GLOSS[code as ErrorCode];
  return lang === 'zh' && gloss ? `${gloss}：${text}` : text;
}
