import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_LINK_THRESHOLD, DEFAULT_MARGIN, DEFAULT_MIN_SCORE } from '../align/align.js';
import { BadOptionError } from '../errors.js';
import { DEFAULT_MAX_BYTES } from '../read/index.js';
import { TOKENIZERS } from './tokenizer.js';

/** Parses a command's arguments; unknown options and missing values become one clear error line. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, command: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = (e as Error).message.replace(/^.*?: /, '').split('\n')[0];
    throw new BadOptionError(`${command}: ${msg} (see policy-lineage ${command} --help)`);
  }
}

/** Reads a number option that must lie in [0, 1]. */
export function unitOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  // Number('') and Number(' ') are 0: an empty value is not a number
  const n = value.trim() === '' ? NaN : Number(value);
  if (!(n >= 0 && n <= 1)) throw new BadOptionError(`--${name} must be a number between 0 and 1, got "${value}"`);
  return n;
}

/** Reads an option restricted to a set of values. */
export function choiceOption<T extends string>(value: string | undefined, name: string, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!choices.includes(value as T)) throw new BadOptionError(`--${name} must be one of ${choices.join(', ')}, got "${value}"`);
  return value as T;
}

/** Options of every command that writes a report. */
export const OUTPUT_ARGS = {
  format: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Options of every command that reads plan files. */
export const READ_ARGS = {
  'max-bytes': { type: 'string' },
  'max-lines': { type: 'string' },
} as const;

/** Help line of {@link READ_ARGS}. */
export const READ_HELP = `  --max-bytes N        largest input file accepted, in bytes (default ${DEFAULT_MAX_BYTES}, 50 MB)
  --max-lines N        most lines a document may have (default 200000)`;

/** The reading options given on the command line. */
export function readArgs(values: Record<string, string | boolean | undefined>): { maxBytes?: number; maxLines?: number } {
  const out: { maxBytes?: number; maxLines?: number } = {};
  const maxBytes = wholeNumber(values['max-bytes'], '--max-bytes', 'bytes');
  if (maxBytes !== undefined) out.maxBytes = maxBytes;
  const maxLines = wholeNumber(values['max-lines'], '--max-lines', 'lines');
  if (maxLines !== undefined) out.maxLines = maxLines;
  return out;
}

function wholeNumber(raw: string | boolean | undefined, flag: string, unit: string): number | undefined {
  if (typeof raw !== 'string') return undefined;
  const n = raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new BadOptionError(`${flag} must be a whole number of ${unit} ≥ 1, got "${raw}"`);
  return n;
}

/** Options of every command that aligns plans. */
export const ALIGN_ARGS = {
  'link-threshold': { type: 'string' },
  'min-score': { type: 'string' },
  margin: { type: 'string' },
  tokenizer: { type: 'string' },
} as const;

/** Help lines of {@link ALIGN_ARGS}, in the CLI's language. */
export function alignHelp(lang: 'zh' | 'en'): string {
  if (lang === 'zh') {
    return `  --link-threshold N   直接对应的相似度阈值（0–1，默认 ${DEFAULT_LINK_THRESHOLD}）
  --min-score N        双方都明显偏好时的最低相似度（0–1，默认 ${DEFAULT_MIN_SCORE}）
  --margin N           “明显偏好”的差距（0–1，默认 ${DEFAULT_MARGIN}）
  --tokenizer T        分词：segmentit（默认）、chars，或 jieba（需安装 @node-rs/jieba）`;
  }
  return ALIGN_HELP;
}

/** Help lines of {@link ALIGN_ARGS}. */
export const ALIGN_HELP = `  --link-threshold N   score at which items are linked outright (0–1, default ${DEFAULT_LINK_THRESHOLD})
  --min-score N        lowest score for a link both items clearly prefer (0–1, default ${DEFAULT_MIN_SCORE})
  --margin N           how clearly they must prefer it (0–1, default ${DEFAULT_MARGIN})
  --tokenizer T        segmentit (default), chars, or jieba (needs @node-rs/jieba installed)`;

/** The alignment thresholds and the tokenizer's name given on the command line (undefined = default). */
export function alignArgs(values: Record<string, string | boolean | undefined>) {
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  return {
    linkThreshold: unitOption(str('link-threshold'), 'link-threshold'),
    minScore: unitOption(str('min-score'), 'min-score'),
    margin: unitOption(str('margin'), 'margin'),
    tokenizer: choiceOption(str('tokenizer'), 'tokenizer', TOKENIZERS, 'segmentit'),
  };
}
