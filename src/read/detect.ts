import { UnreadableDocumentError } from '../errors.js';
import { isJsonText } from '../model/validate.js';
import { decodeBytes } from './decode.js';
import { OLE_MAGIC, oleHasEntry } from './ole.js';
import type { DocumentFormat } from './types.js';
import { zipEntryNames } from './zip-entries.js';

const ODT_MIME = 'application/vnd.oasis.opendocument.text';

/** The format a file name's extension promises, when it names one we read. */
export function formatOfName(source: string | null | undefined): DocumentFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(source ?? '')?.[1]?.toLowerCase();
  switch (ext) {
    case 'docx':
    case 'docm':
    case 'dotx':
    case 'dotm':
      return 'docx';
    case 'doc':
    case 'dot':
      return 'doc';
    case 'wps':
      return 'wps';
    case 'odt':
    case 'ott':
      return 'odt';
    case 'pdf':
      return 'pdf';
    case 'html':
    case 'htm':
    case 'xhtml':
    case 'shtml':
      return 'html';
    case 'md':
    case 'markdown':
      return 'markdown';
    case 'xlsx':
    case 'xlsm':
      return 'xlsx';
    case 'csv':
      return 'csv';
    case 'json':
      return 'plan-json';
    case 'txt':
    case 'text':
      return 'text';
    default:
      return null;
  }
}

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < Math.min(to, bytes.length); i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/**
 * The first characters of a file that may be text, decoded well enough to recognise markup: the
 * tags of HTML and JSON are ASCII in UTF-8, GBK and GB18030 alike; UTF-16 is told by its BOM or
 * by the zero bytes of its ASCII characters.
 */
function textHead(bytes: Uint8Array, length = 4096): string {
  const head = bytes.subarray(0, length);
  let encoding = 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) encoding = 'utf-16le';
  else if (head[0] === 0xfe && head[1] === 0xff) encoding = 'utf-16be';
  else if (head.length >= 4 && head[0] !== 0 && head[1] === 0 && head[3] === 0) encoding = 'utf-16le';
  else if (head.length >= 4 && head[0] === 0 && head[1] !== 0 && head[2] === 0) encoding = 'utf-16be';
  return new TextDecoder(encoding).decode(head).replace(/^\ufeff/, '');
}

/** Whether the head of a file is an HTML page (not a plan text that happens to hold a <table>). */
function looksLikeHtml(head: string): boolean {
  const t = head.replace(/^(\s|<!--[\s\S]*?-->)+/, '').slice(0, 2048).toLowerCase();
  if (/^<!doctype\s+html/.test(t) || /^<html[\s>]/.test(t)) return true;
  if (/^<\?xml[^>]*>\s*(<!doctype\s+html|<html[\s>])/.test(t)) return true;
  if (/^<(head|body|meta|title)[\s>]/.test(t)) return true;
  return /<html[\s>]/.test(t) && /<(head|body)[\s>]/.test(t);
}

/** Whether the head of a file is a MIME web archive (.mht / .mhtml, "save as single file"). */
function looksLikeMhtml(head: string): boolean {
  const t = head.slice(0, 2048);
  return /^(from|subject|date|mime-version|content-type|snapshot-content-location|x-[\w-]+):/im.test(t.slice(0, 200)) && /content-type:\s*multipart\/related/i.test(t);
}

/**
 * Whether the file is a JSON document (see {@link isJsonText}), whatever it holds, or a broken one
 * that names the plan schema: it goes to the Plan JSON loader, which names what is wrong with one
 * that is not a Plan (`$: expected an object, got []`, `$.schema: expected
 * "policy-lineage/plan@1", got nothing`) wherever its `schema` key sits.
 */
function isJson(bytes: Uint8Array, head: string): boolean {
  if (!/^\s*[[{]/.test(head)) return false;
  let text: string;
  try {
    text = decodeBytes(bytes).text;
  } catch {
    return false;
  }
  return isJsonText(text) || /"schema"\s*:\s*"policy-lineage\/plan@/.test(text);
}

/**
 * Detects a document's format from its content — zip entries, OLE streams, the PDF signature,
 * HTML markup, a Plan JSON schema — and uses the file name's extension only where the content
 * does not decide (an OLE Word file named .wps, a text file named .md). A .docx renamed .txt
 * still reads as Word.
 * @throws {@link UnreadableDocumentError} for a damaged zip, an encrypted Office file, a zip or
 * OLE file that is no text document (a spreadsheet, a presentation), RTF or a web archive
 * @example
 * detectFormat(fs.readFileSync('plan.docx'));                 // 'docx'
 * detectFormat(new TextEncoder().encode('一、总体要求'), 'a.md'); // 'markdown'
 */
export function detectFormat(bytes: Uint8Array, source?: string | null): DocumentFormat {
  const byName = formatOfName(source);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const names = zipEntryNames(bytes);
    if (!names) throw new UnreadableDocumentError(`a damaged or truncated zip file (its directory cannot be read); expected a .docx or .odt document`, source, byName === 'odt' ? 'odt' : 'docx');
    if (names.includes('word/document.xml') || names.some((n) => /^word\/document\d*\.xml$/.test(n))) return 'docx';
    if (names.includes('content.xml')) {
      const mime = ascii(bytes, 38, 38 + 80);
      if (mime.startsWith(ODT_MIME) || byName === 'odt' || !names.includes('mimetype')) return 'odt';
      throw new UnreadableDocumentError(`an OpenDocument file that is not a text document (${mime.split(/[^\w./-]/)[0]}); expected an .odt text document`, source, null);
    }
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    if (names.some((n) => n.startsWith('ppt/'))) throw new UnreadableDocumentError(`a PowerPoint file (.pptx); expected a plan document (.docx, .doc, .odt, .pdf, .html or text)`, source, null);
    throw new UnreadableDocumentError(`a zip archive that holds no Word, OpenDocument or Excel document; expected a .docx, .odt or .xlsx file`, source, null);
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    if (oleHasEntry(bytes, 'EncryptionInfo') || oleHasEntry(bytes, 'EncryptedPackage')) {
      throw new UnreadableDocumentError(`an encrypted (password-protected) Office document; remove the password in Word (File → Info → Protect Document) and save it again`, source, 'docx');
    }
    if (oleHasEntry(bytes, 'WordDocument')) return byName === 'wps' ? 'wps' : 'doc';
    if (oleHasEntry(bytes, 'Workbook') || oleHasEntry(bytes, 'Book')) throw new UnreadableDocumentError(`an Excel 97–2003 workbook (.xls, or a WPS .et); save it as .xlsx (or .csv) in Excel or WPS and try again`, source, null);
    if (oleHasEntry(bytes, 'PowerPoint Document')) throw new UnreadableDocumentError(`a PowerPoint file (.ppt); expected a plan document`, source, null);
    throw new UnreadableDocumentError(`an OLE compound file without a Word document stream; expected a .doc or .wps document`, source, byName === 'wps' ? 'wps' : 'doc');
  }
  for (let i = 0; i < Math.min(1024, bytes.length - 4); i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return 'pdf';
  }
  const head = textHead(bytes);
  if (/^\s*\{\\rtf/.test(head)) throw new UnreadableDocumentError(`an RTF file; save it as .docx (or .txt) in Word or WPS and try again`, source, null);
  if (looksLikeMhtml(head)) throw new UnreadableDocumentError(`a web archive (.mht/.mhtml); save the page as "Web page, HTML only" (.html) and try again`, source, 'html');
  if (looksLikeHtml(head)) return 'html';
  if (isJson(bytes, head)) return 'plan-json';
  // a CSV is text that only its name tells apart: a plan text with commas is no table
  return byName === 'markdown' || byName === 'csv' ? byName : 'text';
}
