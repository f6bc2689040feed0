/** The character set of a saved web page: BOM, then the page's own declaration, then a guess. */

/** Encoding labels of the GB family, all read with the GB18030 decoder (a superset of each). */
const GB = /^(gb2312|gbk|gb18030|x-gbk|cp936|csgb2312|chinese|iso-ir-58|gb_2312-80)$/i;

/** The charset a page declares in `<meta charset>` or `<meta http-equiv … content="…charset=…">`. */
export function declaredCharset(head: string): string | null {
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? meta[1]!.toLowerCase() : null;
}

/**
 * Decodes a saved page: a BOM wins, then the declared charset (GBK, GB2312 and GB18030 through
 * the GB18030 decoder), then UTF-8 when the bytes are valid UTF-8, else GB18030 — the two
 * encodings Chinese government sites use.
 */
export function decodeHtml(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  // the declaration is ASCII in every encoding a page may use: read the head byte for byte
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 8192); i++) head += String.fromCharCode(bytes[i]!);
  const declared = declaredCharset(head);
  if (declared && GB.test(declared)) return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  if (declared && !/^utf-?8$/.test(declared)) {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
    } catch {
      // an unknown label: fall through to the guess
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // a page declared UTF-8 but written in GBK is common enough on old sites
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
