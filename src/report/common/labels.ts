// The words every report and the CLI use, in Chinese and English, in one table. Statuses are named
// as a 政务公开 office says them when it checks a lower plan against the one above (对照落实):
// 沿用 (kept as it was), 修改 (changed), 新增 (added here), 未采纳 (not taken up).

import type { LinkStatus, Relation } from '../../model/comparison.js';
import type { Level } from '../../model/plan.js';

/** A report language. */
export type Lang = 'zh' | 'en';

/** The report languages, Chinese first (the default for a Chinese locale). */
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** A text in both languages. */
export type Bilingual = Record<Lang, string>;

/** Names of the four statuses. */
export const STATUS_NAMES: Record<LinkStatus, Bilingual> = {
  inherited: { zh: '沿用', en: 'inherited' },
  modified: { zh: '修改', en: 'modified' },
  added: { zh: '新增', en: 'added' },
  dropped: { zh: '未采纳', en: 'dropped' },
};

/** Names of administrative levels. */
export const LEVEL_NAMES: Record<Level, Bilingual> = {
  national: { zh: '国家级', en: 'national' },
  province: { zh: '省级', en: 'province' },
  city: { zh: '市级', en: 'city' },
  district: { zh: '区级', en: 'district' },
  county: { zh: '县级', en: 'county' },
  township: { zh: '乡镇级', en: 'township' },
};

/** Names of the two sides of a comparison, by relation. */
export const SIDE_NAMES: Record<Relation, { upper: Bilingual; lower: Bilingual }> = {
  hierarchy: { upper: { zh: '上级', en: 'upper' }, lower: { zh: '下级', en: 'lower' } },
  peer: { upper: { zh: '左侧', en: 'left' }, lower: { zh: '右侧', en: 'right' } },
  revision: { upper: { zh: '前一版', en: 'earlier' }, lower: { zh: '后一版', en: 'later' } },
};

/**
 * Every other label of the reports and the CLI. `{upper}`/`{lower}` stand for the side names,
 * `{n}` and the like for numbers; {@link fill} puts them in.
 */
export const LABELS = {
  reportKind: { zh: '政务公开工作要点对照', en: 'Plan comparison' },
  relationHierarchy: { zh: '上下级对照：下级计划沿用、修改、新增或未采纳了上级计划的哪些要求', en: 'Hierarchy: what the lower plan inherited, modified, added or dropped from the upper plan' },
  relationPeer: { zh: '同级对照：右侧计划与左侧计划相同、不同、多出或缺少的要求', en: 'Peers: what the right plan shares with, changes from, adds to or lacks from the left plan' },
  relationRevision: { zh: '前后版本对照：后一版保留、修改、新增或删去了前一版的哪些要求', en: 'Revision: what the later plan kept, changed, added or dropped from the earlier plan' },
  descInherited: { zh: '{lower}计划的要求文字相同（仅按本级调整了表述）', en: 'same requirement text in the {lower} plan, up to wording adapted to its level' },
  descModified: { zh: '{lower}计划改写了要求文字', en: "the {lower} plan changed the requirement's text" },
  descAdded: { zh: '仅见于{lower}计划', en: 'only in the {lower} plan' },
  descDropped: { zh: '见于{upper}计划，{lower}计划中没有', en: 'in the {upper} plan, not in the {lower} plan' },
  plan: { zh: '计划', en: 'plan' },
  upperPlan: { zh: '{upper}计划', en: '{upper} plan' },
  lowerPlan: { zh: '{lower}计划', en: '{lower} plan' },
  title: { zh: '标题', en: 'title' },
  untitled: { zh: '（无标题）', en: '(untitled)' },
  jurisdiction: { zh: '地区', en: 'jurisdiction' },
  parentOf: { zh: '隶属', en: 'in' },
  level: { zh: '层级', en: 'level' },
  year: { zh: '年度', en: 'year' },
  docNumber: { zh: '文号', en: 'document no.' },
  issuer: { zh: '发文机关', en: 'issuer' },
  date: { zh: '印发日期', en: 'date' },
  items: { zh: '条目', en: 'items' },
  itemsInSections: { zh: '{items} 条，{sections} 个章节', en: '{items} items in {sections} sections' },
  implements: { zh: '依据', en: 'implements' },
  source: { zh: '来源', en: 'source' },
  summary: { zh: '概览', en: 'Summary' },
  status: { zh: '状态', en: 'status' },
  links: { zh: '条数', en: 'links' },
  share: { zh: '占比', en: 'share' },
  total: { zh: '合计', en: 'total' },
  all: { zh: '全部', en: 'All' },
  section: { zh: '章节', en: 'section' },
  noSection: { zh: '（无章节）', en: '(no section)' },
  lowerSectionOf: { zh: '{lower}：', en: '{lower}: ' },
  itemByItem: { zh: '逐条对照', en: 'Item by item' },
  itemByItemUpper: { zh: '逐条对照（按{upper}计划章节）', en: "Item by item ({upper} plan's sections)" },
  addedInLower: { zh: '{lower}计划新增（按{lower}计划章节）', en: "Added in the {lower} plan ({lower} plan's sections)" },
  score: { zh: '相似度', en: 'score' },
  changes: { zh: '变化', en: 'changes' },
  id: { zh: '编号', en: 'id' },
  heading: { zh: '标题', en: 'heading' },
  text: { zh: '内容', en: 'text' },
  marker: { zh: '序号', en: 'marker' },
  leads: { zh: '牵头单位', en: 'lead units' },
  partners: { zh: '责任单位', en: 'partners' },
  deadline: { zh: '完成时限', en: 'deadline' },
  tasks: { zh: '任务分解', en: 'tasks' },
  moved: { zh: '调整章节', en: 'moved' },
  obligation: { zh: '约束力', en: 'obligation' },
  stronger: { zh: '加强', en: 'stronger' },
  weaker: { zh: '减弱', en: 'weaker' },
  mixed: { zh: '有增有减', en: 'mixed' },
  loosened: { zh: '放宽', en: 'loosened' },
  tightened: { zh: '收紧', en: 'tightened' },
  extentWording: { zh: '措辞调整', en: 'rewording' },
  extentSubstantive: { zh: '实质修改', en: 'substantive' },
  extentPartial: { zh: '部分对应', en: 'partial' },
  changedShare: { zh: '改动 {pct}%', en: '{pct}% changed' },
  textDiff: { zh: '文本差异', en: 'text diff' },
  tooLongToDiff: { zh: '文字过长未逐字比对，全文显示', en: 'too long to diff: texts shown in full' },
  later: { zh: '推迟', en: 'later' },
  earlier: { zh: '提前', en: 'earlier' },
  byMonths: { zh: '{n} 个月', en: 'by {n} month{s}' },
  deadlineAdded: { zh: '新增时限', en: 'added' },
  deadlineRemoved: { zh: '删去时限', en: 'removed' },
  deadlineChanged: { zh: '改变', en: 'changed' },
  extent: { zh: '改动程度', en: 'extent' },
  explanation: { zh: '说明', en: 'explanation' },
  reason: { zh: '原因', en: 'reason' },
  nearest: { zh: '最接近的条目', en: 'nearest item' },
  notInPlan: { zh: '{side}计划无对应条目', en: 'not in the {side} plan' },
  inSection: { zh: '位于', en: 'in' },
  inserted: { zh: '新增文字', en: 'inserted' },
  deleted: { zh: '删除文字', en: 'deleted' },
  insertedIn: { zh: '{lower}计划新增的文字', en: 'inserted in the {lower} plan' },
  deletedFrom: { zh: '{lower}计划删去的文字', en: 'deleted in the {lower} plan' },
  adaptation: { zh: '属地化表述（市 → 区），不计为修改', en: 'jurisdiction adaptation (市 → 区), not a change' },
  formatOnly: { zh: '仅格式差异', en: 'formatting only' },
  legend: { zh: '图例', en: 'legend' },
  warnings: { zh: '解析提示', en: 'parser warnings' },
  warningsOf: { zh: '{plan}：{n} 条解析提示', en: '{plan}: {n} parser warning{s}' },
  line: { zh: '第 {n} 行', en: 'line {n}' },
  moreWarnings: { zh: '……另有 {n} 条', en: '… and {n} more' },
  reversed: { zh: '注意：{upper}计划（{a}）的层级低于{lower}计划（{b}），两个文件的顺序可能颠倒了', en: 'note: the {upper} plan ({a}) is of a lower level than the {lower} plan ({b}); the two files may be the wrong way round' },
  reversedStated: { zh: '注意：两个文件的顺序可能颠倒了（{reason}）', en: 'note: the two files may be the wrong way round ({reason})' },
  reversedYear: { zh: '注意：{upper}计划（{a}）晚于{lower}计划（{b}），两个文件的顺序可能颠倒了', en: 'note: the {upper} plan ({a}) is later than the {lower} plan ({b}); the two files may be the wrong way round' },
  filter: { zh: '筛选条目', en: 'filter links' },
  search: { zh: '搜索', en: 'search' },
  searchPlaceholder: { zh: '条目文字、单位…（按 / 键）', en: 'text, units … (press /)' },
  allSections: { zh: '全部章节', en: 'all sections' },
  reset: { zh: '重置', en: 'reset' },
  shownOf: { zh: '显示 {shown} / {total} 条', en: '{shown} of {total} links shown' },
  noMatch: { zh: '没有符合条件的条目', en: 'no link matches the filters' },
  language: { zh: '语言', en: 'language' },
  chartTitle: { zh: '各章节条目去向', en: 'Links per status and section' },
  chartCaption: {
    zh: '每个一级章节一条比例条，数字为对照条数；新增条目计入对应章节，没有对应章节的计入{lower}计划自己的章节；拆分或合并只计一次。',
    en: "Links per top-level section of the {upper} plan; added items are counted under the corresponding section, or under their own {lower}-plan section when none corresponds. A split or merge counts once.",
  },
  countsAsTable: { zh: '以表格查看', en: 'counts as a table' },
  footer: {
    zh: '相似度取值 0–1，综合词语、字符、包含关系、标题、章节结构和顺序；将鼠标停在分数上可查看各部分。属地化表述（市 → 区）和格式差异以灰色标出，不计为修改。',
    en: 'Similarity is 0–1 over the linked texts (words, characters, containment, headings, section structure and order); hover a score for its parts. Wording adapted to the level (市 → 区) and formatting are marked in grey, not counted as changes.',
  },
  textMarks: { zh: '文字差异：{upper}条目中 ~~删除~~，{lower}条目中 **新增**；属地化表述和格式差异不标出。', en: 'Text changes: ~~deleted~~ in the {upper} item, **inserted** in the {lower} item; wording only adapted to the level (市 → 区) and formatting are left plain.' },
  notListed: { zh: '（未列出没有字段变化的沿用条目；加 --all 列出全部）', en: '(inherited links without field changes are not listed; use --all to list them)' },
  listedBrief: { zh: '（仅概览；去掉 --brief 查看逐条变化）', en: '(summary only; drop --brief for what changed per link)' },
  similarity: { zh: '相似度', en: 'similarity' },
  link: { zh: '对照', en: 'link' },
  // corpus
  corpusTitle: { zh: '批量对照：{upper}（{items} 条）与 {n} 份计划', en: 'Corpus: {upper} ({items} items) against {n} plan{s}' },
  corpusSkipped: { zh: '（跳过 {n} 份）', en: ' ({n} skipped)' },
  groupDescendants: { zh: '下级计划', en: 'descendants' },
  groupPeers: { zh: '同级计划', en: 'peers' },
  groupVersions: { zh: '其他年度', en: 'other years' },
  groupOther: { zh: '其他', en: 'other' },
  groupLine: { zh: '{group} {n} 份：沿用率 平均 {mean}，中位数 {median}', en: '{group}: {n} plan{s}, inheritance rate mean {mean}, median {median}' },
  groupNote: { zh: '沿用率 = （沿用 + 修改）的上级条目 / 上级条目数；下级计划、同级计划和其他年度分开统计。', en: 'Inheritance rate = upper items inherited or modified / upper items; descendants, peers and other years are counted apart.' },
  diffusion: { zh: '逐条扩散（{group}）', en: 'Diffusion per upper item ({group})' },
  upperItem: { zh: '上级条目', en: 'upper item' },
  adoption: { zh: '采纳率', en: 'adoption' },
  plansTable: { zh: '各计划', en: 'Plans' },
  file: { zh: '文件', en: 'file' },
  place: { zh: '地区', en: 'place' },
  group: { zh: '类别', en: 'group' },
  inheritanceRate: { zh: '沿用率', en: 'inheritance rate' },
  skippedFiles: { zh: '跳过的文件', en: 'Skipped files' },
  heatmapNote: { zh: '每行一个上级条目，每列一份计划；字母 I 沿用、M 修改、D 未采纳。', en: 'One row per upper item, one column per plan; I inherited, M modified, D dropped.' },
  // lineage
  lineageTitle: { zh: '层级传递：{chain}', en: 'Lineage: {chain}' },
  whyOrder: { zh: '排列依据', en: 'Why this order' },
  hops: { zh: '逐级对照', en: 'Hops' },
  comparison: { zh: '对照', en: 'comparison' },
  skipCheck: { zh: '（跨级核对）', en: ' (skip-level check)' },
  fatesOf: { zh: '{place}的 {n} 条要求在各级的去向', en: "What became of {place}'s {n} requirements" },
  droppedHere: { zh: '本级未采纳', en: 'dropped here' },
  inheritedName: { zh: '沿用', en: 'inherited' },
  modifiedName: { zh: '修改', en: 'modified' },
  droppedName: { zh: '未采纳', en: 'dropped' },
  absent: { zh: '缺失', en: 'absent' },
  reappeared: { zh: '重新出现', en: 'reappeared' },
  addedHere: { zh: '本级新增', en: 'added here' },
  skipItems: { zh: '跨级沿用', en: 'skip-level items' },
  chains: { zh: '要求链', en: 'Requirement chains' },
  origin: { zh: '原文', en: 'origin' },
  onlyChanges: { zh: '只看有变化的要求', en: 'only requirements that change somewhere' },
} as const satisfies Record<string, Bilingual>;

/** A key of {@link LABELS}. */
export type LabelKey = keyof typeof LABELS;

/**
 * Fills `{name}` placeholders; `{s}` becomes an English plural "s" when `n` is not 1.
 * @example fill('by {n} month{s}', { n: 2 }) // → 'by 2 months'
 */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name === 's') return values.n === 1 ? '' : 's';
    const v = values[name];
    return v === undefined ? whole : String(v);
  });
}

/**
 * A label in one language with its placeholders filled.
 * @example label('en', 'byMonths', { n: 1 }) // → 'by 1 month'
 */
export function label(lang: Lang, key: LabelKey, values?: Record<string, string | number>): string {
  return fill(LABELS[key][lang], values);
}

/**
 * The report language a locale asks for: Chinese for `zh…` locales, else English. LC_ALL wins over
 * LC_MESSAGES, which wins over LANG (POSIX order); unset or `C`/`POSIX` means English.
 * @example langFromLocale({ LANG: 'zh_CN.UTF-8' }) // → 'zh'
 */
export function langFromLocale(env: { LC_ALL?: string; LC_MESSAGES?: string; LANG?: string }): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh([_.@-]|$)/i.test(locale) ? 'zh' : 'en';
}
