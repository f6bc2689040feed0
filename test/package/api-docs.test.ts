import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as lineage from '../../src/exports/lineage.js';
import * as read from '../../src/exports/read.js';
import * as text from '../../src/exports/text.js';
import * as xlsx from '../../src/exports/xlsx.js';
import { ROOT } from '../helpers.js';
import { ENTRY_SOURCES, RUNTIME_EXPORTS } from './exports-list.js';

const MODULES = { '.': root, './read': read, './lineage': lineage, './text': text, './xlsx': xlsx };
const ENTRIES = Object.keys(RUNTIME_EXPORTS) as (keyof typeof RUNTIME_EXPORTS)[];

/** Every export of an entry point with its declaration's TSDoc. */
function exportedDocs(file: string): { name: string; kind: string; doc: string; tags: string[] }[] {
  const path = `${ROOT}/${file}`;
  const program = ts.createProgram([path], { strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, resolveJsonModule: true, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(path)!)!;
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const kind = symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class) ? 'callable' : symbol.flags & ts.SymbolFlags.Variable ? 'value' : 'type';
    return {
      name: exported.getName(),
      kind,
      doc: ts.displayPartsToString(symbol.getDocumentationComment(checker)),
      tags: symbol.getJsDocTags(checker).map((t) => t.name),
    };
  });
}

describe.each(ENTRIES)('the public API at %s', (entry) => {
  it('exports exactly the pinned names', () => {
    expect(Object.keys(MODULES[entry]).sort()).toEqual([...RUNTIME_EXPORTS[entry]].sort());
  });

  const docs = exportedDocs(ENTRY_SOURCES[entry]);

  it('documents every export with TSDoc', () => {
    expect(docs.filter((d) => d.doc.trim().length < 10).map((d) => d.name)).toEqual([]);
  });

  it('gives every function and class an @example', () => {
    expect(docs.filter((d) => d.kind === 'callable' && !d.tags.includes('example')).map((d) => d.name)).toEqual([]);
  });
});

describe('the root API', () => {
  it('stays small: about 30 names, the rest behind subpaths', () => {
    expect(RUNTIME_EXPORTS['.'].length).toBeLessThanOrEqual(38);
  });

  it('shares no name between entry points', () => {
    const all = ENTRIES.flatMap((e) => RUNTIME_EXPORTS[e]);
    expect(all.length).toBe(new Set(all).size);
  });
});
