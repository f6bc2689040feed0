import { cleanInline } from './clean.js';

const OPEN = '（(〈<《【[「';
const CLOSE = '）)〉>》】]」';

interface Piece {
  text: string;
  /** Separator that preceded this piece ('' for the first). */
  sep: string;
}

/** Splits at separators that are outside any brackets, keeping the separators. */
function splitTopLevel(value: string, separators: RegExp): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let cur = '';
  let sep = '';
  for (const ch of value) {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.test(ch)) {
      out.push({ text: cur, sep });
      cur = '';
      sep = ch;
      continue;
    }
    cur += ch;
  }
  out.push({ text: cur, sep });
  return out;
}

/** A fragment starting with one of these begins a new unit name even in a wrapped table cell. */
const UNIT_START = /^(市|区|县|省|州|盟|旗|各|镇|乡|街道|相关|有关|中共|国家|国务院|自治|驻|本级|本|全)/;

/** Whether a space in a table cell separates two names, or only a name a line wrap broke ("市政府 办公厅"). */
const spaceSeparates = (before: string, after: string): boolean => UNIT_START.test(after) && before.length > 1;

/** Words that are not units on their own after "等" ("区大数据中心等部门单位"). */
const GENERIC_TAIL = new Set(['部门', '单位', '部门单位']);

/**
 * Splits a list of unit names from a metadata parenthesis or a table cell into names.
 *
 * Separators are 、，,；; (and, for table cells, spaces, since PDF tables put one unit per
 * visual line). Brackets inside a name are kept ("各区县(市)政府", "各镇〈街〉"). In table cells a
 * fragment that cannot start a unit name is glued to the one before ("市政府 办公厅" →
 * "市政府办公厅"). "X等Y" gives X and Y, unless Y is a bare "部门/单位". A lone character stays
 * with the name before it ("各镇、街").
 * @example splitUnits('区政府办、区营商局；各镇、街') // → ['区政府办', '区营商局', '各镇、街']
 */
export function splitUnits(value: string, options: { spaces?: boolean } = {}): string[] {
  const seps = options.spaces ? /[、，,；;\s]/ : /[、，,；;]/;
  const pieces = splitTopLevel(value.trim(), seps)
    .map((p) => ({ text: options.spaces ? p.text.trim() : cleanInline(p.text), sep: p.sep }))
    .filter((p) => p.text.length > 0);
  const glued: Piece[] = [];
  for (const p of pieces) {
    const prev = glued[glued.length - 1];
    if (prev && options.spaces && /\s/.test(p.sep) && !spaceSeparates(prev.text, p.text)) {
      prev.text += p.text;
    } else if (prev && p.text.length === 1 && !/\s/.test(p.sep)) {
      prev.text += p.sep + p.text;
    } else {
      glued.push({ ...p });
    }
  }
  const out: string[] = [];
  for (const p of glued) {
    const name = cleanInline(p.text).replace(/[。.]$/, '');
    const deng = name.lastIndexOf('等');
    if (deng > 0) {
      const head = name.slice(0, deng);
      const tail = name.slice(deng + 1);
      out.push(head);
      if (tail && !GENERIC_TAIL.has(tail)) out.push(tail);
    } else if (name) {
      out.push(name);
    }
  }
  return out;
}

const UNIT_KEY = /(牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协办单位|参与单位)\s*[:：]/g;

/**
 * In a line that lists units after a key ("责任单位：市财政局 市税务局"), marks the spaces that
 * separate unit names with 、, since line cleaning drops spaces between Chinese characters. Only a
 * space after a name's last character (局, 委, 办, 府 …) and before a name's first one (市, 区, 各 …)
 * counts, so a name split by PDF extraction ("市政府 办公室") stays one name.
 * @example keepUnitSpaces('责任单位：市财政局 市税务局') // → '责任单位：市财政局、市税务局'
 */
export function keepUnitSpaces(raw: string): string {
  if (!UNIT_KEY.test(raw)) return raw;
  UNIT_KEY.lastIndex = 0;
  return raw.replace(/((?:牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协办单位|参与单位)\s*[:：])([^；;）)]*)/g, (_, key: string, list: string) =>
    key + list.trim().replace(/(?<=[局委办厅室府心部院会所队站馆处组司门位])[ \t\u3000]+(?=[市区县省州盟旗各镇乡街相有中国自驻本全])/g, '、'),
  );
}

/**
 * A table cell's unit list with the spaces that separate names written as 、 and the others (a
 * name broken by a line wrap) removed, by the rule {@link splitUnits} uses for table cells; for
 * readers that split at 、 only.
 * @example unitSpacesAsSeparators('市编委办 市营商局牵头') // → '市编委办、市营商局牵头'
 */
export function unitSpacesAsSeparators(value: string): string {
  const pieces = value.trim().split(/\s+/).filter(Boolean);
  let out = pieces[0] ?? '';
  for (const p of pieces.slice(1)) {
    out += spaceSeparates(out.split(/[、，,；;]/).pop() ?? '', p) ? `、${p}` : p;
  }
  return out;
}
