import { LEVEL_NAMES, STATUS_NAMES, type Level, type LinkStatus } from 'policy-lineage';
import type { Lang } from './protocol.js';

/** The page's own words. Report labels come from the library's reports, so both say the same. */
const STRINGS = {
  title: { zh: '政务公开工作要点对照', en: 'Compare government work plans' },
  tagline: {
    zh: '把上级和下级的工作要点拖到这里，逐条查看沿用、修改、新增和未采纳的要求。',
    en: 'Drop an upper-level and a lower-level plan here to see, item by item, what was inherited, modified, added or dropped.',
  },
  privacy: {
    zh: '文件只在本机浏览器中处理，不会上传到任何地方：本页面禁止一切网络连接。',
    en: 'Files are processed in this browser only and never uploaded: this page is not allowed any network connection.',
  },
  drop: { zh: '拖入两个或更多文件（Word、PDF、网页、ODT、Excel、CSV、文本或 Plan JSON）', en: 'Drop two or more files (Word, PDF, web page, ODT, Excel, CSV, text or Plan JSON)' },
  pick: { zh: '选择文件', en: 'Choose files' },
  plans: { zh: '已读取的文件', en: 'Files read' },
  upper: { zh: '上级', en: 'Upper' },
  lower: { zh: '下级', en: 'Lower' },
  level: { zh: '层级', en: 'Level' },
  swap: { zh: '交换上下级', en: 'Swap upper and lower' },
  up: { zh: '上移', en: 'Move up' },
  remove: { zh: '移除', en: 'Remove' },
  compare: { zh: '开始对照', en: 'Compare' },
  order: { zh: '对照顺序', en: 'Order' },
  orderWhy: { zh: '按层级、日期和引用判断的顺序，可以调整：', en: 'Order decided from level, date and citations; you can change it:' },
  jurisdiction: { zh: '地区', en: 'Jurisdiction' },
  docNumber: { zh: '文号', en: 'Doc. no.' },
  issuer: { zh: '发文机关', en: 'Issuer' },
  date: { zh: '成文日期', en: 'Date' },
  items: { zh: '条目', en: 'Items' },
  sections: { zh: '章节', en: 'Sections' },
  references: { zh: '引用的上级文件', en: 'Cited documents' },
  outline: { zh: '结构', en: 'Outline' },
  warnings: { zh: '解析提示', en: 'Parser warnings' },
  noWarnings: { zh: '无解析提示', en: 'No warnings' },
  format: { zh: '格式', en: 'Format' },
  cannotRead: { zh: '无法读取', en: 'Cannot read' },
  kept: { zh: '其他文件保持不变。', en: 'The other files are kept.' },
  needTwo: { zh: '至少需要两个文件才能对照。', en: 'Two files at least are needed to compare.' },
  downloads: { zh: '下载', en: 'Download' },
  dlHtml: { zh: '报告（HTML）', en: 'Report (HTML)' },
  dlXlsx: { zh: '表格（Excel）', en: 'Workbook (Excel)' },
  dlJson: { zh: '数据（JSON）', en: 'Data (JSON)' },
  working: { zh: '正在处理…', en: 'Working…' },
  read: { zh: '读取文件', en: 'Reading' },
  render: { zh: '生成报告', en: 'Rendering' },
  done: { zh: '完成，用时', en: 'Done in' },
  seconds: { zh: '秒', en: 's' },
  report: { zh: '对照结果', en: 'Comparison' },
  failed: { zh: '出错了：', en: 'Something went wrong: ' },
  others: { zh: '不参与层级对照的文件', en: 'Not in the chain' },
  otherVersion: { zh: '同一地区的另一版本', en: 'Another version of a place above' },
  language: { zh: 'English', en: '中文' },
  unknown: { zh: '未识别', en: 'unknown' },
} as const;

export type StringKey = keyof typeof STRINGS;

/** The page's text for a key in a language. */
export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

/** A plan level in the page's language, named as the reports name it. */
export function levelName(level: string | null, lang: Lang): string {
  return level && level in LEVEL_NAMES ? LEVEL_NAMES[level as Level][lang] : t('unknown', lang);
}

/** A link status in the page's language, named as the reports name it (沿用, 修改, 新增, 未采纳). */
export function statusName(status: LinkStatus, lang: Lang): string {
  return STATUS_NAMES[status][lang];
}
