import { InputTooLargeError } from '../errors.js';
import { loadPlanJson } from '../model/validate.js';
import { decodeBytes } from './decode.js';
import { detectFormat, formatOfName } from './detect.js';
import { DEFAULT_MAX_BYTES } from './limits.js';
import { readText } from './text.js';
import type { DocumentFormat, ReadDocument, ReadOptions } from './types.js';

export { DEFAULT_MAX_BYTES } from './limits.js';

type Reader = (bytes: Uint8Array, options: ReadOptions) => ReadDocument | Promise<ReadDocument>;

/**
 * The readers by format. All but the text reader are loaded on first use, so a program that only
 * reads text never loads the zip, XML or PDF code (and a bundler splits them into their own chunks).
 */
const READERS: Record<Exclude<DocumentFormat, 'plan-json'>, () => Promise<Reader>> = {
  text: async () => readText,
  markdown: async () => readText,
  docx: async () => (await import('./docx/index.js')).readDocx,
  odt: async () => (await import('./odt/index.js')).readOdt,
  doc: async () => (await import('./doc/index.js')).readDoc,
  wps: async () => (await import('./doc/index.js')).readDoc,
  pdf: async () => (await import('./pdf/index.js')).readPdf,
  html: async () => (await import('./html/index.js')).readHtml,
  xlsx: async () => (await import('./xlsx/index.js')).readXlsx,
  csv: async () => (await import('./csv.js')).readCsv,
};

const FORMAT_NAMES: Record<DocumentFormat, string> = {
  text: 'plain text',
  markdown: 'Markdown text',
  'plan-json': 'Plan JSON',
  docx: 'a Word document (.docx)',
  doc: 'a Word 97–2003 document (.doc)',
  wps: 'a WPS document (.wps)',
  odt: 'an OpenDocument text (.odt)',
  pdf: 'a PDF',
  html: 'a web page (HTML)',
  xlsx: 'an Excel workbook (.xlsx)',
  csv: 'a CSV table',
};

/**
 * Reads a plan file's bytes into a {@link ReadDocument}: the format detected from the content
 * (see {@link detectFormat}), the text as blocks (paragraphs with layout hints, tables with merged
 * cells resolved), metadata found on the way and warnings about what was dropped or guessed.
 * Word, OpenDocument, PDF, HTML and Excel readers are loaded on demand. A Plan JSON file comes back with
 * the validated plan in `plan`.
 * @throws {@link InputTooLargeError} for input over `maxBytes` (or a zipped document that unpacks to
 * more); {@link UnreadableDocumentError} for damaged or encrypted files and
 * formats no reader handles; {@link EncodingError} / {@link EmptyDocumentError} for bad text;
 * {@link BadPlanJsonError} for invalid Plan JSON
 * @example
 * const doc = await readDocument(fs.readFileSync('plan.docx'), { source: 'plan.docx' });
 * doc.format;                 // 'docx'
 * doc.blocks[0];              // { kind: 'paragraph', text: '沈阳市2022年政务公开工作要点', hints: { centred: true, … } }
 */
export async function readDocument(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  const source = options.source ?? null;
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > limit) {
    throw new InputTooLargeError(`the file is ${megabytes(bytes.length)}, over the ${megabytes(limit)} limit (raise it with maxBytes / --max-bytes)`, source, limit);
  }
  const format = detectFormat(bytes, source);
  const named = formatOfName(source);
  if (format === 'plan-json') {
    const plan = loadPlanJson(decodeBytes(bytes, source).text, source);
    return { format, blocks: [], metadata: {}, warnings: [], source, plan };
  }
  const read = await READERS[format]();
  const doc = await read(bytes, { ...options, source: source ?? undefined });
  doc.format = format;
  if (named && named !== format && !(named === 'text' && format === 'markdown') && !(named === 'plan-json' && (format === 'text' || format === 'markdown'))) {
    doc.warnings.unshift({ code: 'format-mismatch', line: null, message: `the file is named like ${FORMAT_NAMES[named]} but holds ${FORMAT_NAMES[format]}; read as ${FORMAT_NAMES[format]}` });
  }
  return doc;
}

function megabytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB` : `${n} bytes`;
}


