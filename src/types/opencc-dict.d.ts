// opencc-js ships its dictionaries as ES modules that default-export "src dst|src dst|…" strings, without types
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
