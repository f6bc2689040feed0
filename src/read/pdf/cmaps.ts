/**
 * Character maps (CMaps) for PDFs whose Chinese fonts are not embedded: such a PDF encodes its
 * text in a predefined CMap (UniGB-UCS2-H, GBK-EUC-H, ETen-B5-H …) that pdf.js cannot map to
 * Unicode without the map's file. The Chinese (GB and CNS) maps of pdf.js ship in
 * `data/pdf-cmaps/`; Node reads them next to the package, a browser fetches them from the URL it
 * is given (`cMapUrl`).
 */
import { readPackageData } from '../../text/package-data.js';

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
        const bytes = readPackageData(`pdf-cmaps/${filename}`);
        if (bytes) return bytes;
      }
      loads.missing.add(filename.replace(/\.bcmap$/, ''));
      throw new Error(`CMap ${filename} not available`);
    }
  };
}
