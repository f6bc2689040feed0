/**
 * policy-lineage/xlsx: the comparison as an Excel workbook. Kept out of the main entry so the core
 * and the browser bundle do not carry exceljs, an optional peer dependency (`npm install exceljs`).
 * @packageDocumentation
 */
export { renderXlsx } from '../report/comparison/xlsx.js';
export type { XlsxOptions } from '../report/comparison/xlsx.js';
