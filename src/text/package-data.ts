/**
 * Files the package ships in `data/` (the segmentation dictionary, the PDF character maps), read
 * next to the running module when it runs in Node. Browsers have no file system: there this
 * returns null and the callers take their data from the URL or bytes the page gives them.
 */

interface NodeFs {
  readFileSync(path: URL): Uint8Array;
  existsSync(path: URL): boolean;
}

declare const __filename: string | undefined;

/** `data/NAME` relative to this module, built (every chunk sits in dist/) or from source (src/text/). */
function candidateUrls(name: string): URL[] {
  const bases: string[] = [];
  try {
    // tsup shims import.meta.url in the CommonJS build; `typeof import.meta` would not be
    const url = import.meta.url;
    if (typeof url === 'string') bases.push(url);
  } catch {
    // bundled into a page without a module URL
  }
  if (typeof __filename === 'string') bases.push(`file://${__filename}`);
  const out: URL[] = [];
  for (const base of bases) {
    for (const rel of [`../data/${name}`, `../../data/${name}`]) {
      try {
        out.push(new URL(rel, base));
      } catch {
        // a base that is not a URL (bundled into a page)
      }
    }
  }
  return out;
}

/**
 * The bytes of `data/NAME` in Node (≥ 20.16, read synchronously without importing node:fs, so the
 * core stays free of Node-only imports), or null where there is no such file or no file system.
 */
export function readPackageData(name: string): Uint8Array | null {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const fs = proc?.getBuiltinModule?.('node:fs') as NodeFs | undefined;
  if (!fs) return null;
  for (const url of candidateUrls(name)) {
    if (url.protocol === 'file:' && fs.existsSync(url)) return fs.readFileSync(url);
  }
  return null;
}
