import type { Comparison } from '../model/comparison.js';
import { PolicyLineageError } from '../errors.js';
import { renderXlsx } from '../report/comparison/xlsx.js';
import type { Lang } from '../report/common/labels.js';
import { message } from './messages.js';

/** The workbook, or one clear line when exceljs (an optional dependency) is not installed. */
export async function renderXlsxOrExplain(comparison: Comparison, lang: Lang): Promise<Uint8Array> {
  try {
    return await renderXlsx(comparison, { lang });
  } catch (e) {
    if (e instanceof PolicyLineageError && /exceljs/.test(e.message)) throw new PolicyLineageError('IO', message(lang, 'xlsxMissing'));
    throw e;
  }
}
