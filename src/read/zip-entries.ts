/** One entry of a zip's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/**
 * The names in a zip file's central directory, so that format detection needs no zip library.
 * Returns null when the directory is missing or damaged.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const directory = zipDirectory(bytes);
  return 'damaged' in directory ? null : directory.entries.map((e) => e.name);
}

/**
 * The entries of a zip file's central directory, read without inflating anything (zip64 sizes and
 * offsets taken from their extra field), or why the directory cannot be read.
 */
export function zipDirectory(bytes: Uint8Array): { entries: ZipEntry[] } | { damaged: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (i: number) => view.getUint16(i, true);
  const u32 = (i: number) => view.getUint32(i, true);
  const u64 = (i: number) => u32(i) + u32(i + 4) * 0x1_0000_0000;
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { damaged: 'no end of central directory' };
  let count = u16(eocd + 10);
  let at = u32(eocd + 16);
  if (eocd >= 20 && u32(eocd - 20) === 0x07064b50) {
    const z = u64(eocd - 12);
    if (z + 56 <= bytes.length && u32(z) === 0x06064b50) {
      count = u64(z + 32);
      at = u64(z + 48);
    }
  }
  const entries: ZipEntry[] = [];
  const utf8 = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) return { damaged: 'a damaged central directory' };
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    if (at + 46 + nameLength + extraLength > bytes.length) return { damaged: 'a damaged central directory' };
    const entry: ZipEntry = {
      name: utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: u16(at + 8),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      localOffset: u32(at + 42),
    };
    // zip64: the fields set to 0xFFFFFFFF follow in the 0x0001 extra field, in this order
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; x += 4 + u16(x + 2)) {
      if (u16(x) !== 1) continue;
      let y = x + 4;
      for (const key of ['size', 'compressedSize', 'localOffset'] as const) {
        if (entry[key] === 0xffffffff && y + 8 <= x + 4 + u16(x + 2)) {
          entry[key] = u64(y);
          y += 8;
        }
      }
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries };
}
