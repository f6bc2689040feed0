import { cleanInline, joinFragments } from './clean.js';
import { splitSentences } from './sentences.js';
import { splitUnits, unitSpacesAsSeparators } from './units.js';

/** Metadata keys, mapped to the field they fill. */
const KEYS: Record<string, 'leads' | 'partners' | 'deadline'> = {
  牵头单位: 'leads',
  牵头部门: 'leads',
  牵头领导: 'leads',
  主责单位: 'leads',
  责任单位: 'partners',
  责任部门: 'partners',
  配合单位: 'partners',
  配合部门: 'partners',
  协办单位: 'partners',
  参与单位: 'partners',
  完成时限: 'deadline',
  完成时间: 'deadline',
  时间节点: 'deadline',
  时限要求: 'deadline',
};
const KEY_ALT = Object.keys(KEYS).join('|');
/** A metadata parenthesis opens with a key, possibly after up to two characters a page break duplicated ("（责\n\n责任单位"). */
const OPENING = new RegExp(`^\\s*([^：:（(）)]{0,2}?)(${KEY_ALT})\\s*[:：]`);
const BRACKETED_KEY = new RegExp(`[【\\[](${KEY_ALT})[】\\]]\\s*`, 'g');
const KEY_GLOBAL = new RegExp(`(${KEY_ALT})\\s*[:：]`, 'g');

/** The metadata found in an item's text. */
export interface Metadata {
  /** The text with the metadata parenthesis removed. */
  text: string;
  leads: string[];
  partners: string[];
  deadline: string | null;
  /** The parenthesis as written, or null when there is none. */
  raw: string | null;
  /** Characters before the first key inside the parenthesis (page-break debris), if any. */
  debris: string;
  /** Text that followed the parenthesis (normally empty). */
  trailing: string;
  /** True when the parenthesis was never closed. */
  unclosed: boolean;
  /**
   * "下同" (the same for the items below) or "同上" (the same as the item above) written among the
   * units: the plan means these units for items that name none of their own.
   */
  carry?: Carry;
}

/** Which neighbours an annotation's units are meant for besides its own item. */
export type Carry = 'below' | 'above';

/** 下同 / 以下同 / 同上 as a clause of a unit annotation. */
const CARRY = /^(?:以?下同|下略|同上)$/;

interface Group {
  start: number;
  end: number; // index of the closing bracket, or text.length when unclosed
}

/** Top-level parenthesised groups; full- and half-width parentheses count as the same. */
function topLevelGroups(text: string): Group[] {
  const out: Group[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '（' || ch === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if ((ch === '）' || ch === ')') && depth > 0) {
      depth--;
      if (depth === 0) out.push({ start, end: i });
    }
  }
  if (depth > 0 && start >= 0) out.push({ start, end: text.length });
  return out;
}

/**
 * Finds the unit annotation of an item and splits it into lead units, partner units and a
 * deadline. Forms read:
 * - a keyed parenthesis （牵头单位：…；责任单位：…；完成时限：…） with ：or :, ；or ; (the last one);
 * - role phrases in parentheses: （X牵头落实） （X负责落实） （X负责） （X牵头，Y配合） （X牵头，Y等按职责分工
 *   负责） （各单位按照职责分工负责）, every such parenthesis of the item (some plans put one after
 *   each sentence);
 * - keys written into the text without brackets, after the last sentence ("…公开。责任单位：X").
 * Leads are who 牵头 (or, without a 牵头, who 负责/落实); partners are 责任单位/配合单位 and who
 * 配合/参与 or shares the work 按职责分工.
 * @example
 * extractMetadata('加强助企纾困信息公开。(牵头单位:市营商局;完成时限:长期坚持)')
 * // → { text: '加强助企纾困信息公开。', leads: ['市营商局'], partners: [], deadline: '长期坚持', … }
 */
export function extractMetadata(input: string): Metadata {
  // 【责任单位】X reads as 责任单位：X
  const text = input.replace(BRACKETED_KEY, '$1：');
  const none: Metadata = { text, leads: [], partners: [], deadline: null, raw: null, debris: '', trailing: '', unclosed: false };
  const groups = topLevelGroups(text);
  for (let g = groups.length - 1; g >= 0; g--) {
    const { start, end } = groups[g]!;
    const inner = text.slice(start + 1, end);
    const open = OPENING.exec(inner);
    if (!open) continue;
    const trailing = text.slice(Math.min(end + 1, text.length)).trim();
    // plans that annotate each sentence ("…。（牵头单位：X）…。（牵头单位：Y）") name the item's units in all of them
    const earlier = groups.slice(0, g).filter((e) => /[。；;！？!?]\s*$/.test(text.slice(0, e.start)) && OPENING.test(text.slice(e.start + 1, e.end)));
    const keyed = (inner: string) => parseFields(inner.slice(OPENING.exec(inner)![1]!.length));
    const fields = mergeFields([...earlier.map((e) => keyed(text.slice(e.start + 1, e.end))), keyed(inner)]);
    let before = text.slice(0, start);
    for (const e of [...earlier].reverse()) before = joinFragments(before.slice(0, e.start).trimEnd(), before.slice(e.end + 1).trim());
    return {
      text: /^[\p{P}\s]*$/u.test(trailing) ? before.trimEnd() : joinFragments(before.trimEnd(), trailing),
      ...fields,
      raw: [...earlier.map((e) => text.slice(e.start, e.end + 1)), text.slice(start, Math.min(end + 1, text.length))].join(''),
      debris: open[1] ?? '',
      trailing,
      unclosed: end === text.length,
    };
  }
  const roles = roleGroups(text, groups);
  if (roles) return roles;
  const bare = bareUnits(text, groups);
  if (bare) return bare;
  const inline = inlineKeys(text);
  if (inline) return inline;
  return none;
}

/** Every parenthesis of the text that is a role phrase, removed from the text and merged. */
function roleGroups(text: string, groups: Group[]): Metadata | null {
  const found: { group: Group; fields: Fields }[] = [];
  for (const group of groups) {
    if (group.end === text.length) continue;
    const fields = parseRoles(text.slice(group.start + 1, group.end));
    if (fields) found.push({ group, fields });
  }
  if (found.length === 0) return null;
  let out = '';
  let from = 0;
  for (const { group } of found) {
    out += text.slice(from, group.start);
    from = group.end + 1;
  }
  const trailing = text.slice(from).trim();
  out = /^[\p{P}\s]*$/u.test(trailing) ? out.trimEnd() : joinFragments(out.trimEnd(), trailing);
  const merged = mergeFields(found.map((f) => f.fields));
  return { text: out, ...merged, raw: found.map((f) => text.slice(f.group.start, f.group.end + 1)).join(''), debris: '', trailing, unclosed: false };
}

/** A closing parenthesis that only names units ("…公开。（市财政局、市税务局）"): they lead the item. */
function bareUnits(text: string, groups: Group[]): Metadata | null {
  const last = groups[groups.length - 1];
  if (!last || last.end === text.length || last.start === 0) return null;
  const trailing = text.slice(last.end + 1);
  if (!/^[\p{P}\s]*$/u.test(trailing) || !/[。！？!?；;]\s*$/.test(text.slice(0, last.start))) return null;
  const names = unitNames(text.slice(last.start + 1, last.end));
  if (!names || names.length === 0 || names.some((n) => n.length < 3)) return null;
  return { text: text.slice(0, last.start).trimEnd(), leads: names, partners: [], deadline: null, raw: text.slice(last.start, last.end + 1), debris: '', trailing, unclosed: false };
}

/** Keys written into running text after its last sentence: "…公开。责任单位：X；完成时限：Y". */
function inlineKeys(text: string): Metadata | null {
  const first = [...text.matchAll(KEY_GLOBAL)].find((k) => {
    const before = text.slice(0, k.index).trimEnd();
    return before === '' || /[。！？!?；;）)]$/.test(before);
  });
  if (!first || first.index === undefined) return null;
  const fields = parseFields(text.slice(first.index));
  if (fields.leads.length + fields.partners.length === 0 && !fields.deadline) return null;
  return { text: text.slice(0, first.index).trimEnd(), ...fields, raw: text.slice(first.index), debris: '', trailing: '', unclosed: false };
}

/**
 * Reads a line that only carries unit metadata — "责任单位：X", "牵头部门：X 完成时限：Y", or a
 * role phrase such as "X牵头落实" — as it follows an item on a line of its own; null otherwise.
 * @example unitLine('牵头部门：区政府督查室') // → { leads: ['区政府督查室'], partners: [], deadline: null }
 */
export function unitLine(line: string): Fields | null {
  let t = line.trim().replace(BRACKETED_KEY, '$1：');
  const depth = [...t].reduce((d, ch) => d + ('（(【['.includes(ch) ? 1 : '）)】]'.includes(ch) ? -1 : 0), 0);
  // the end of a parenthesis opened on an earlier line is not a line of its own
  if (depth !== 0) return null;
  if (/^[（(【\[]/.test(t) && /[）)】\]]$/.test(t)) t = t.slice(1, -1);
  const open = OPENING_KEY.exec(t);
  if (open) {
    const f = parseFields(t);
    return f.leads.length + f.partners.length > 0 || f.deadline ? f : null;
  }
  return t.length <= 120 && !/[。！？!?]./.test(t) ? parseRoles(t.replace(/[。.]$/, '')) : null;
}

type Fields = Pick<Metadata, 'leads' | 'partners' | 'deadline' | 'carry'>;

const OPENING_KEY = new RegExp(`^(${KEY_ALT})\\s*[:：]`);
const LEAD_TAIL = /(?:分别|共同|统筹)?牵头(?:落实|负责|推进|实施|办理|抓总)?$/;
const DUTY_TAIL = /(?:等)?(?:按照?|根据|依据)(?:各自)?职(?:责|能)(?:分工)?(?:负责|落实|抓好落实|推进)?$/;
const PARTNER_TAIL = /(?:等)?(?:协同|共同|积极|分别)?(?:配合|参与|协助|协同|协办)(?:落实|实施|推进|工作)?$/;
const RESP_TAIL = /(?:分别|共同|具体)?(?:负责(?:落实|推进|实施|办理)?|(?:抓好|认真|组织)?落实|承办|主责)$/;
/** How unit names end: agencies, governments, places, collective nouns. */
const UNIT_END = /(局|委|办|厅|室|府|中心|部|院|会|所|队|站|馆|处|组|司|行|台|社|团|区|县|市|州|盟|旗|镇|乡|街道|街|村|单位|部门|机构|公司|企业|学校|医院|园区|各地|各级|地区)$/;
const DEADLINE = /(\d{4}\s*年|月底|年底|季度|长期|持续|全年|每月|每年|前完成|底前)/;

/**
 * Reads role phrases ("X牵头，Y配合"); null when any clause is not one (ordinary bracketed text).
 * @example parseRoles('市财政局牵头，各区县配合') // → { leads: ['市财政局'], partners: ['各区县'], deadline: null }
 */
export function parseRoles(inner: string): Fields | null {
  const clauses = inner.split(/[，,；;]/).map((c) => c.trim()).filter(Boolean);
  if (clauses.length === 0) return null;
  const leads: string[] = [];
  const responsible: string[] = [];
  const partners: string[] = [];
  let deadline: string | null = null;
  let pending: string[] = [];
  let roles = 0;
  let carry: Carry | undefined;
  for (const clause of clauses) {
    const c = clause.replace(/^(由|请)/, '');
    if (CARRY.test(c)) {
      carry = c === '同上' ? 'above' : 'below';
      continue;
    }
    const role = LEAD_TAIL.test(c) ? 'lead' : DUTY_TAIL.test(c) ? 'duty' : PARTNER_TAIL.test(c) ? 'partner' : RESP_TAIL.test(c) ? 'resp' : null;
    if (role === null) {
      if (DEADLINE.test(c) && c.length <= 30) {
        deadline = deadline ? `${deadline}；${c}` : c;
        continue;
      }
      const names = unitNames(c);
      if (!names) return null;
      pending.push(...names);
      continue;
    }
    const tail = role === 'lead' ? LEAD_TAIL : role === 'duty' ? DUTY_TAIL : role === 'partner' ? PARTNER_TAIL : RESP_TAIL;
    const names = unitNames(c.replace(tail, '').replace(/等$/, ''));
    if (!names) return null;
    const all = [...pending, ...names];
    pending = [];
    if (all.length === 0) return null;
    roles++;
    (role === 'lead' ? leads : role === 'resp' ? responsible : partners).push(...all);
  }
  if (pending.length > 0 || (roles === 0 && !(carry && deadline === null))) return null;
  // without a 牵头, whoever 负责 leads; beside one, they are partners
  const out: Fields = leads.length > 0 ? { leads, partners: [...responsible, ...partners], deadline } : { leads: responsible, partners, deadline };
  if (carry) out.carry = carry;
  return out;
}

/** Unit names of a list, or null when a piece does not read as a unit name. */
function unitNames(list: string): string[] | null {
  const names = splitUnits(list.replace(/(?<=[局委办厅室府心部院会门位])及(?=[市区县省州各相有])/g, '、'));
  return names.every((n) => n.length >= 2 && n.length <= 30 && UNIT_END.test(n.replace(/[（(〈][^）)〉]*[）)〉]$/, ''))) ? names : null;
}

/**
 * Whether a short text is a list of unit names ("市财政局、市税务局", "各县（市、区）政府").
 * @example looksLikeUnits('市财政局、市税务局') // → true
 */
export function looksLikeUnits(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 200 && !/[。！？!?]/.test(t) && unitNames(t.replace(/\s+/g, '、')) !== null;
}

/** A deadline as plans write it: a date, 长期坚持, 全年, 每季度 … */
export function looksLikeDeadline(text: string): boolean {
  const t = text.trim();
  return t.length <= 30 && DEADLINE.test(t) && !/[。；;]/.test(t.replace(/[。.]$/, ''));
}

function mergeFields(all: Fields[]): Fields {
  const leads: string[] = [];
  const partners: string[] = [];
  const deadlines: string[] = [];
  for (const f of all) {
    for (const u of f.leads) if (!leads.includes(u)) leads.push(u);
    for (const u of f.partners) if (!partners.includes(u) && !leads.includes(u)) partners.push(u);
    if (f.deadline) deadlines.push(f.deadline);
  }
  const out: Fields = { leads, partners, deadline: deadlines.length ? deadlines.join('；') : null };
  const carry = all.find((f) => f.carry)?.carry;
  if (carry) out.carry = carry;
  return out;
}

/** "…，下同" at the end of a key's value. */
const CARRY_TAIL = /[，,；;、\s]*(以?下同|下略|同上)$/;

/** A value up to its first 。 outside brackets (the units end there; what follows is a remark). */
function remarkCut(value: string): string {
  const [first, ...rest] = splitSentences(value, '。');
  return first && rest.join('').trim() ? first.replace(/。$/, '') : value;
}

function parseFields(inner: string): Fields {
  const leads: string[] = [];
  const partners: string[] = [];
  const deadlines: string[] = [];
  let carry: Carry | undefined;
  const keys = [...inner.matchAll(KEY_GLOBAL)];
  keys.forEach((k, i) => {
    const from = (k.index ?? 0) + k[0].length;
    const to = i + 1 < keys.length ? (keys[i + 1]!.index ?? inner.length) : inner.length;
    // a sentence after the list ("…。以下各项均需各乡镇落实") is a remark, not more units
    let value = remarkCut(inner.slice(from, to)).replace(/[；;，,。\s]+$/, '');
    const said = CARRY_TAIL.exec(value);
    if (said) {
      carry = said[1] === '同上' ? 'above' : 'below';
      value = value.slice(0, said.index);
    }
    const field = KEYS[k[1]!];
    if (field === 'deadline') {
      const d = cleanInline(value).replace(/\s+/g, '');
      if (d) deadlines.push(d);
    } else if (field === 'leads') {
      leads.push(...splitUnits(value));
    } else if (field === 'partners') {
      partners.push(...splitUnits(value));
    }
  });
  const out: Fields = { leads, partners, deadline: deadlines.length ? deadlines.join('；') : null };
  if (carry) out.carry = carry;
  return out;
}

/** Words that make a unit cell a role phrase rather than a plain list. */
const ROLE_WORD = /(牵头|配合|参与|协助|协同|协办|负责|落实|主责|承办|职责|职能)/;

/**
 * The units of a table's unit cell (牵头单位 or 责任单位 column). A cell that writes the roles
 * itself ("县发改局牵头，各乡镇配合") is read by {@link parseRoles}, the rule of role parentheses,
 * so that a plan reads the same whether it puts its units in brackets or in a table. In a 责任单位
 * column only a 牵头 makes a lead: the column names partners, whoever 负责 (the seeds' convention).
 * Any other cell is a plain list, spaces separating names as PDF tables put them.
 * @example unitCell('县发改局牵头，各乡镇配合', 'partner') // → { leads: ['县发改局'], partners: ['各乡镇'] }
 */
export function unitCell(cell: string, column: 'lead' | 'partner'): { leads: string[]; partners: string[] } {
  const t = cell.trim();
  const plain = splitUnits(t, { spaces: true });
  const asList = column === 'lead' ? { leads: plain, partners: [] } : { leads: [], partners: plain };
  if (!ROLE_WORD.test(t)) return asList;
  const roles = parseRoles(unitSpacesAsSeparators(t).replace(/[。.]$/, ''));
  if (!roles || roles.leads.length + roles.partners.length === 0) return asList;
  if (column === 'partner' && !/牵头/.test(t)) return { leads: [], partners: dedupe([...roles.leads, ...roles.partners]) };
  return { leads: roles.leads, partners: roles.partners.filter((u) => !roles.leads.includes(u)) };
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}
