// What a web app imports, resolved through package.json "exports" to dist/: the root and the tokenizers' subpath.
export * from 'policy-lineage';
export * from 'policy-lineage/text';
