import { readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PolicyLineageError } from '../errors.js';
import { isJsonText, loadPlanJson } from '../model/validate.js';
import { decodeBytes } from '../parse/decode.js';
import type { Plan } from '../model/plan.js';
import { parsePlan } from '../parse/index.js';

/** What a command may do to the outside world; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colours) and stderr is (progress bars). */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

/** The real process streams. */
export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdoutIsTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
  };
}

/** Reads a file's bytes with a clear error for a missing file or a directory. */
export function readInput(path: string): Uint8Array {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new PolicyLineageError('NOT_FOUND', 'no such file', { source: path });
  }
  if (stat.isDirectory()) throw new PolicyLineageError('IO', 'is a directory, expected a plan file', { source: path });
  try {
    return readFileSync(path);
  } catch (e) {
    throw new PolicyLineageError('IO', `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { source: path });
  }
}

/**
 * Reads a plan file: a document to parse, or Plan JSON written by `parse --json` or another tool.
 * JSON is told by content in any encoding the decoder reads, so a JSON file that is not a Plan
 * is refused as a bad Plan JSON (naming the path), never parsed as a text document.
 */
export function readPlan(path: string): Plan {
  const bytes = readInput(path);
  const { text } = decodeBytes(bytes, path);
  if (isJsonText(text)) return loadPlanJson(text, path);
  return parsePlan(text, { source: path });
}

/** Writes a report, creating the folder; says where on stderr. */
export function writeOutput(path: string, content: string | Uint8Array, io: CliIo): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  } catch (e) {
    throw new PolicyLineageError('IO', `cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { source: path });
  }
  io.stderr(`wrote ${path}\n`);
}
