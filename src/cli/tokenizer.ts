import { createRequire } from 'node:module';
import { BadOptionError } from '../errors.js';
import { charTokenizer, segmentitTokenizer, type Tokenizer } from '../text/segmenter.js';

export const TOKENIZERS = ['segmentit', 'chars', 'jieba'] as const;

/** The tokenizer a CLI user names: segmentit (default), chars, or jieba when @node-rs/jieba is installed. */
export function tokenizerNamed(name: (typeof TOKENIZERS)[number]): Tokenizer {
  if (name === 'chars') return charTokenizer;
  if (name === 'segmentit') return segmentitTokenizer;
  const require = createRequire(import.meta.url);
  let jieba: { Jieba: { withDict(dict: Uint8Array): { cut(text: string, hmm?: boolean): string[] } } };
  let dict: { dict: Uint8Array };
  try {
    jieba = require('@node-rs/jieba');
    dict = require('@node-rs/jieba/dict');
  } catch {
    throw new BadOptionError('--tokenizer jieba needs the optional package @node-rs/jieba: npm install @node-rs/jieba');
  }
  const cutter = jieba.Jieba.withDict(dict.dict);
  return (text: string) => cutter.cut(text, false);
}
