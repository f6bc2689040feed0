import type { Plan } from '../model/plan.js';
import { readDocument } from '../read/index.js';
import type { ReadOptions } from '../read/types.js';
import { parsePlan, type ParseOptions } from './index.js';

/** Options of {@link readPlan}: those of the reader and of the parser. */
export interface ReadPlanOptions extends ReadOptions, Omit<ParseOptions, 'source'> {}

/**
 * Reads a plan file of any supported format and parses it: {@link readDocument} then
 * {@link parsePlan}. A Plan JSON file gives the validated plan it holds.
 * @throws what {@link readDocument} and {@link parsePlan} throw
 * @example
 * const plan = await readPlan(fs.readFileSync('liaozhong-2022.docx'), { source: 'liaozhong-2022.docx' });
 * plan.title;   // '沈阳市辽中区2022年政务公开工作要点'
 */
export async function readPlan(bytes: Uint8Array, options: ReadPlanOptions = {}): Promise<Plan> {
  const doc = await readDocument(bytes, options);
  return parsePlan(doc, options);
}
