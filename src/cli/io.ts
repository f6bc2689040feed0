import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PolicyLineageError, InputTooLargeError } from '../errors.js';
import type { Plan } from '../model/plan.js';
import { readPlan as readPlanBytes } from '../parse/read-plan.js';
import { DEFAULT_MAX_BYTES } from '../read/index.js';

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

/** Options of reading an input file. */
export interface InputOptions {
  /** Largest file accepted, in bytes (default {@link DEFAULT_MAX_BYTES}). */
  maxBytes?: number;
  /** Most lines a document may have (the parser's default when absent). */
  maxLines?: number;
}

/**
 * Reads a file's bytes with a clear error for a missing file, a directory, a device or FIFO (which
 * could block or never end) and a file over the size limit — checked before anything is read.
 */
export function readInput(path: string, options: InputOptions = {}): Uint8Array {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new PolicyLineageError('NOT_FOUND', `no such file`, { source: path });
  }
  if (stat.isDirectory()) throw new PolicyLineageError('IO', `is a directory, expected a plan file`, { source: path });
  if (!stat.isFile()) {
    const kind = stat.isFIFO() ? 'a FIFO (named pipe)' : stat.isSocket() ? 'a socket' : 'a device';
    throw new PolicyLineageError('IO', `is ${kind}, expected a regular plan file`, { source: path });
  }
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (stat.size > limit) {
    throw new InputTooLargeError(`the file is ${stat.size} bytes, over the limit of ${limit} bytes (raise it with --max-bytes)`, path, limit);
  }
  try {
    return readFileSync(path);
  } catch (e) {
    throw new PolicyLineageError('IO', `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { source: path });
  }
}

/**
 * Reads a plan file of any supported format — text, Word, OpenDocument, PDF, a saved web page —
 * or Plan JSON written by `parse --json` or another tool.
 */
export async function readPlan(path: string, options: InputOptions = {}): Promise<Plan> {
  const bytes = readInput(path, options);
  return readPlanBytes(bytes, { source: path, maxBytes: options.maxBytes, maxLines: options.maxLines });
}

/**
 * The name a file is written under until it is complete: hidden, in the same folder (so the
 * rename is atomic) and ending in `.partial`, so an interrupted run leaves nothing that looks done.
 */
export function partialName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
}

/**
 * Writes files so that each appears complete or not at all: every content goes to its
 * {@link partialName} first, and only when all are written are they renamed into place.
 */
export function writeOutputs(files: readonly { path: string; content: string | Uint8Array }[], io: CliIo): void {
  const written: { path: string; partial: string }[] = [];
  let current = files[0]?.path ?? '';
  try {
    for (const { path, content } of files) {
      current = path;
      mkdirSync(dirname(path), { recursive: true });
      const partial = partialName(path);
      written.push({ path, partial });
      writeFileSync(partial, content);
    }
  } catch (e) {
    for (const { partial } of written) rmSync(partial, { force: true });
    throw new PolicyLineageError('IO', `cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { source: current });
  }
  for (const { path, partial } of written) {
    try {
      renameSync(partial, path);
    } catch (e) {
      rmSync(partial, { force: true });
      throw new PolicyLineageError('IO', `cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { source: path });
    }
    io.stderr(`wrote ${path}\n`);
  }
}

/** Writes a report, creating the folder, under a temporary name renamed at the end; says where on stderr. */
export function writeOutput(path: string, content: string | Uint8Array, io: CliIo): void {
  writeOutputs([{ path, content }], io);
}
