import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BadOptionError } from '../errors.js';

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
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new BadOptionError(`--${name} must be a number between 0 and 1, got "${value}"`);
  return n;
}

/** Reads an option restricted to a set of values. */
export function choiceOption<T extends string>(value: string | undefined, name: string, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!choices.includes(value as T)) throw new BadOptionError(`--${name} must be one of ${choices.join(', ')}, got "${value}"`);
  return value as T;
}
