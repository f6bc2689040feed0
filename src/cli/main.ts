import { PolicyLineageError } from '../errors.js';
import type { Lang } from '../report/common/labels.js';
import { processIo, type CliIo } from './io.js';
import { cliLang, errorLine, message } from './messages.js';
import { VERSION } from './version.js';

/** The top-level help, in the CLI's language. */
export function mainHelp(lang: Lang): string {
  if (lang === 'zh') {
    return `policy-lineage ${VERSION} — 读取政务公开工作要点等计划，逐级追踪各项要求的沿用、修改、新增和未采纳

用法：
  policy-lineage parse FILE [--json]                      一份计划的结构（或其 Plan JSON）
  policy-lineage compare 上级 下级 [--out FILE]           下级计划沿用、修改、新增、未采纳了什么
  policy-lineage lineage 计划 计划 [计划…] [--out FILE]   沿层级链追踪各项要求
  policy-lineage corpus 上级 文件夹或文件… [--out FILE]   一份上级计划对照多份下级计划
  policy-lineage network 文件夹… [--out DIR]              一批计划之间的来源关系与逐条扩散

各命令的选项和示例见 "policy-lineage 命令 --help"。语言：--lang zh|en（默认按系统语言）。
退出码：0 成功；1 输入或选项有误（标准错误输出一行说明）。

示例：
  policy-lineage compare seeds/003_c25a0eff93a0bef6.txt seeds/000_69cf3694f199daec.txt --out report.html
`;
  }
  return `policy-lineage ${VERSION} — read Chinese government work plans and trace their requirements across levels

Usage:
  policy-lineage parse FILE [--json]                      outline of one plan (or its Plan JSON)
  policy-lineage compare UPPER LOWER [--out FILE]         what LOWER inherited, modified, added, dropped
  policy-lineage lineage PLAN PLAN [PLAN…] [--out FILE]   trace requirements down a chain of plans
  policy-lineage corpus UPPER DIR_OR_FILES… [--out FILE]  one upper plan against many lower plans
  policy-lineage network DIR… [--out DIR]                 who derives from whom in a folder of plans; item diffusion

Run "policy-lineage COMMAND --help" for the options of a command, with examples.
Language: --lang zh|en (default: the locale). Exit status: 0 on success, 1 on bad input or options
(one line on standard error).

Example:
  policy-lineage compare seeds/003_c25a0eff93a0bef6.txt seeds/000_69cf3694f199daec.txt --out report.html
`;
}

/** The top-level help in English. */
export const HELP = mainHelp('en');

type Command = (args: string[], io: CliIo) => number | Promise<number>;

// each command loads its own modules: a compare does not pay for the lineage, corpus and network code
const COMMANDS: Record<string, () => Promise<Command>> = {
  parse: async () => (await import('./parse-command.js')).runParse,
  compare: async () => (await import('./compare-command.js')).runCompare,
  lineage: async () => (await import('./lineage-command.js')).runLineage,
  corpus: async () => (await import('./corpus-command.js')).runCorpus,
  network: async () => (await import('./network-command.js')).runNetwork,
};

/** `--lang` wherever it is on the command line, for messages printed before a command parses its options. */
function langOf(argv: string[]): Lang {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? undefined : argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  return cliLang(value === 'zh' || value === 'en' ? value : undefined);
}

/**
 * Runs the command line and returns the exit status. Errors about the input or the options are
 * one line on stderr and status 1; anything unexpected is reported as an internal error (2),
 * still without a stack trace unless POLICY_LINEAGE_DEBUG is set.
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  const lang = langOf(argv);
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(mainHelp(lang));
    return command ? 0 : 1;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    io.stderr(`policy-lineage: ${message(lang, 'unknownCommand', { command })}\n`);
    return 1;
  }
  try {
    return await (await load())(rest, io);
  } catch (e) {
    if (e instanceof PolicyLineageError) {
      io.stderr(`policy-lineage: ${errorLine(lang, e.code, e.message)}\n`);
      return 1;
    }
    io.stderr(`policy-lineage: ${message(lang, 'internal', { message: (e as Error).message })}\n`);
    if (process.env.POLICY_LINEAGE_DEBUG) io.stderr(`${(e as Error).stack}\n`);
    return 2;
  }
}
