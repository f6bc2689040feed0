/** The signature of an OLE compound file (Word 97–2003, WPS, and encrypted OOXML packages). */
export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Whether an OLE compound file has a stream or storage of this name. Directory entries hold their
 * names in UTF-16LE, so a byte search finds them without reading the sector chains.
 */
export function oleHasEntry(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  const first = needle[0]!;
  outer: for (let i = 512; i <= bytes.length - needle.length; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    // a directory entry's name starts its 128-byte record
    if (i % 128 === 0) return true;
  }
  return false;
}
