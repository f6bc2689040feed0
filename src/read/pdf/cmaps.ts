/**
 * Character maps (CMaps) for PDFs whose Chinese fonts are not embedded: such a PDF encodes its
 * text in a predefined CMap (UniGB-UCS2-H, GBK-EUC-H, ETen-B5-H …) that pdf.js cannot map to
 * Unicode without the map's file. The Chinese (GB and CNS) maps of pdf.js ship in
 * `data/pdf-cmaps/`; Node reads them next to the package, a browser fetches them from the URL it
 * is given (`cMapUrl`).
 */

interface NodeFs {
  readFileSync(path: URL): Uint8Array;
  existsSync(path: URL): boolean;
}

declare const __filename: string | undefined;

/** data/pdf-cmaps/ relative to this module, built (dist/) or from source (src/read/pdf/). */
function packageDirs(): URL[] {
  const bases: string[] = [];
  try {
    if (typeof import.meta !== 'undefined' && typeof import.meta.url === 'string') bases.push(import.meta.url);
  } catch {
    // not an ES module (CommonJS build)
  }
  if (typeof __filename === 'string') bases.push(`file://${__filename}`);
  const out: URL[] = [];
  for (const base of bases) {
    for (const rel of ['../data/pdf-cmaps/', '../../../data/pdf-cmaps/']) {
      try {
        out.push(new URL(rel, base));
      } catch {
        // a base that is not a URL (bundled into a page)
      }
    }
  }
  return out;
}

function nodeFs(): NodeFs | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return proc?.getBuiltinModule?.('node:fs') as NodeFs | undefined;
}

const NAME = /^[A-Za-z0-9-]+\.bcmap$/;

/** What the loader found missing, so the reader can say why a PDF has no readable text. */
export interface CMapLoads {
  missing: Set<string>;
}

/**
 * A pdf.js `BinaryDataFactory` that serves CMaps from the shipped files (or `cMapUrl`) and
 * refuses the other kinds of data (standard fonts, wasm), which text extraction does without.
 */
export function cMapFactory(cMapUrl: string | URL | undefined, loads: CMapLoads): new () => { fetch(request: { kind: string; filename: string }): Promise<Uint8Array> } {
  return class {
    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      if (kind !== 'cMapUrl' || !NAME.test(filename)) throw new Error(`no ${kind} data here`);
      if (cMapUrl) {
        const response = await fetch(new URL(filename, cMapUrl)).catch(() => null);
        if (response?.ok) return new Uint8Array(await response.arrayBuffer());
      } else {
        const fs = nodeFs();
        for (const dir of fs ? packageDirs() : []) {
          const url = new URL(filename, dir);
          if (url.protocol === 'file:' && fs!.existsSync(url)) return fs!.readFileSync(url);
        }
      }
      loads.missing.add(filename.replace(/\.bcmap$/, ''));
      throw new Error(`CMap ${filename} not available`);
    }
  };
}
