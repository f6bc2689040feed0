import type { DocumentMetadata } from '../types.js';

/** The labels of a 政府信息公开 metadata table and the metadata field each fills. */
const LABELS: [RegExp, keyof DocumentMetadata][] = [
  [/^索\s*引\s*号$/, 'indexNumber'],
  [/^(发布机构|发文机关|发文单位|发布单位|制发机关|公开责任部门|信息来源)$/, 'issuer'],
  [/^(发文字号|文\s*号|发文编号)$/, 'docNumber'],
  [/^(成文日期|成文时间|印发日期|发文日期)$/, 'date'],
  [/^(发布日期|发布时间|公开日期|公开时间)$/, 'published'],
  [/^(主题分类|主\s*题\s*词|分\s*类)$/, 'subject'],
  [/^(标\s*题|名\s*称|文件名称)$/, 'title'],
];

/** The metadata field a label names ("发文字号" → docNumber), or null. */
export function metadataField(label: string): keyof DocumentMetadata | null {
  const l = label.replace(/[\s\u00a0\u3000]+/g, ' ').trim().replace(/[:：]$/, '').trim();
  for (const [re, field] of LABELS) if (re.test(l)) return field;
  return null;
}

/**
 * A "label：value" line of the metadata block ("发文字号：沈政发〔2022〕3号"), or null. 标题 and
 * 名称 lines are not taken alone: plans have sentences that start so.
 */
export function metadataLine(text: string): { field: keyof DocumentMetadata; value: string } | null {
  const m = /^([^:：]{1,8})[:：]\s*(.*)$/.exec(text.trim());
  if (!m) return null;
  const field = metadataField(m[1]!);
  if (!field || field === 'title' || field === 'subject' || text.length > 120) return null;
  return { field, value: m[2]!.trim() };
}

/** A date written 2023年03月05日, 2023-03-05, 2023/3/5 or 2023.3.5, as ISO YYYY-MM-DD; else null. */
export function isoDate(text: string): string | null {
  const m = /(\d{4})\s*[年\-/.．]\s*(\d{1,2})\s*[月\-/.．]\s*(\d{1,2})/.exec(text.normalize('NFKC'));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Puts a found value into the metadata unless a stronger source already gave it. */
export function setMetadata(meta: DocumentMetadata, field: keyof DocumentMetadata, raw: string, from: string): void {
  const value = raw.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
  if (!value || meta[field]) return;
  if (field === 'date' || field === 'published') {
    const iso = isoDate(value);
    meta[field] = { value: iso ?? value, from };
    return;
  }
  meta[field] = { value, from };
}
