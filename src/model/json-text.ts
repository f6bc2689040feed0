/**
 * `JSON.stringify` for data of any depth: the native one recurses and ends in a RangeError on a
 * plan a few thousand sections deep, so past that this writes the same text with its own stack.
 * Plain data only (what the contracts hold): objects, arrays, strings, numbers, booleans, null.
 * In such deep data the indentation stops growing after 64 levels (whitespace only: the same JSON).
 * @example stringifyJson(plan, 2) === JSON.stringify(plan, null, 2) // for any plan JSON.stringify can write
 */
export function stringifyJson(value: unknown, indent = 0): string {
  // a failed native attempt on deep data costs as much memory as the text: look at the depth first
  if (deeperThan(value, NATIVE_DEPTH)) return writeDeep(value, indent);
  try {
    return JSON.stringify(value, null, indent || undefined);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return writeDeep(value, indent);
  }
}

/** Nesting the native JSON.stringify is left to (it reaches a few thousand levels). */
const NATIVE_DEPTH = 1000;

/** Whether arrays and objects nest deeper than `limit` in a value: depth-first, stopping there. */
function deeperThan(root: unknown, limit: number): boolean {
  const stack: { v: unknown; depth: number }[] = [{ v: root, depth: 0 }];
  while (stack.length > 0) {
    const { v, depth } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= limit) return true;
    for (const x of Array.isArray(v) ? v : Object.values(v)) if (x !== null && typeof x === 'object') stack.push({ v: x, depth: depth + 1 });
  }
  return false;
}

type Frame = { kind: 'array'; items: unknown[]; at: number; depth: number } | { kind: 'object'; entries: [string, unknown][]; at: number; depth: number };

const MAX_INDENT_DEPTH = 64;

const writable = (v: unknown) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';

function writeDeep(root: unknown, indent: number): string {
  // pieces are joined into chunks as they come: millions of small strings would cost more than the text
  const chunks: string[] = [];
  let pieces: string[] = [];
  const out = {
    push(...xs: string[]) {
      pieces.push(...xs);
      if (pieces.length >= 65_536) {
        chunks.push(pieces.join(''));
        pieces = [];
      }
    },
  };
  // indentation stops growing at MAX_INDENT_DEPTH: indented deep data would grow with the square of its depth
  const pads = Array.from({ length: MAX_INDENT_DEPTH + 1 }, (_, d) => (indent ? `\n${' '.repeat(indent * d)}` : ''));
  const pad = (depth: number) => pads[Math.min(depth, MAX_INDENT_DEPTH)]!;
  const colon = indent ? ': ' : ':';
  const stack: Frame[] = [];
  // writes a scalar, or opens a container and returns its frame
  const open = (v: unknown, depth: number): Frame | null => {
    if (v === null || typeof v !== 'object') {
      out.push(typeof v === 'number' && !Number.isFinite(v) ? 'null' : (JSON.stringify(v) ?? 'null'));
      return null;
    }
    const json = (v as { toJSON?: () => unknown }).toJSON;
    if (typeof json === 'function') return open(json.call(v), depth);
    if (Array.isArray(v)) {
      out.push('[');
      return { kind: 'array', items: v, at: 0, depth };
    }
    out.push('{');
    return { kind: 'object', entries: Object.entries(v).filter(([, x]) => writable(x)), at: 0, depth };
  };
  const first = open(root, 0);
  if (first) stack.push(first);
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    const length = f.kind === 'array' ? f.items.length : f.entries.length;
    if (f.at >= length) {
      stack.pop();
      out.push(length > 0 ? `${pad(f.depth)}${f.kind === 'array' ? ']' : '}'}` : f.kind === 'array' ? ']' : '}');
      continue;
    }
    if (f.at > 0) out.push(',');
    out.push(pad(f.depth + 1));
    let v: unknown;
    if (f.kind === 'array') {
      v = f.items[f.at];
      if (!writable(v)) v = null;
    } else {
      const [k, x] = f.entries[f.at]!;
      out.push(JSON.stringify(k), colon);
      v = x;
    }
    f.at++;
    const child = open(v, f.depth + 1);
    if (child) stack.push(child);
  }
  chunks.push(pieces.join(''));
  return chunks.join('');
}
