import type { Item, Node, ParseWarning, Section } from '../model/plan.js';
import type { Line } from './lines.js';
import { parseMarker } from './markers.js';
import { joinAllFragments } from './clean.js';
import { extractMetadata, unitLine, type Carry } from './metadata.js';
import { buildOutline, sectionTitle, type OutlineNode, type OutlineState } from './outline.js';
import { headingOf } from './sentences.js';
import { isoDate, isPlanTitle } from './header.js';

/** Lines that close a document after its last item: dates, signatures, 抄送/印发 footers. */
const TRAILER = /^(抄送|印发|附件[:：\d一二三四五六七八九十]*|(此件|本件).{0,8})/;

/**
 * Index of the first line of the plan body: a "第一部分" / "第一章" followed by a second one, else
 * the first "一、" (value 1) outside tables, else the first marker of value 1 whose kind recurs with
 * value 2 later on.
 */
export function findBodyStart(lines: Line[]): number {
  const markers = lines.map((l) => (l.table ? null : parseMarker(l.text)));
  const firstDun = markers.findIndex((m) => m?.kind === 'cn-dun' && m.value === 1);
  // 第一部分 / 第一章 above the 一、 sections, when a 第二… follows
  const firstPart = markers.findIndex(
    (m, i) => (m?.kind === 'part' || m?.kind === 'chapter') && m.value === 1 && markers.slice(i + 1).some((n) => n?.kind === m.kind && n.value === 2),
  );
  if (firstPart >= 0 && (firstDun < 0 || firstPart < firstDun)) return firstPart;
  if (firstDun >= 0) return afterNoticeDemands(lines, markers, firstDun) ?? firstDun;
  return markers.findIndex((m, i) => m?.value === 1 && markers.slice(i + 1).some((n) => n?.kind === m.kind && n.value === 2));
}

/**
 * The first 一、 of the plan when the 一、 found first is the covering notice's own list of demands
 * ("现将…印发给你们，并提出如下要求：一、提高认识。…二、压实责任。…", then the signature, the date
 * and the plan's title): only 一、-level paragraphs up to a date line, then a plan title, then a
 * new 一、 within a few lines (a preamble may sit between). Null when the lines are not so.
 */
function afterNoticeDemands(lines: Line[], markers: (ReturnType<typeof parseMarker> | null)[], firstDun: number): number | null {
  for (let d = firstDun + 1; d < lines.length; d++) {
    const m = markers[d];
    if (m && m.kind !== 'cn-dun') return null;
    if (!isoDate(lines[d]!.text)) continue;
    for (let k = d + 1; k < Math.min(lines.length, d + 4); k++) {
      if (markers[k] || !isPlanTitle(lines[k]!.text)) continue;
      for (let j = k + 1; j < Math.min(lines.length, k + 6); j++) if (markers[j]?.kind === 'cn-dun' && markers[j]!.value === 1) return j;
      return null;
    }
    return null;
  }
  return null;
}

/**
 * Splits a line that runs a whole plan together ("…工作要点为…制定本要点。一、总体要求（一）…二、…")
 * before its first "一、" when a "二、" follows in the same line, so that the body starts on a line
 * of its own. Used only when no line starts the body.
 */
export function splitRunInBody(lines: Line[]): Line[] {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.table) continue;
    const one = /(?<=[。！？!?；;）)”》\p{Script=Han}])一[、．.](?=\p{Script=Han})/u.exec(l.text);
    if (!one || one.index === 0) continue;
    if (!/[。！？!?；;）)]\s*二[、．.]/.test(l.text.slice(one.index))) continue;
    const head = { ...l, raw: l.text.slice(0, one.index), text: l.text.slice(0, one.index).trim() };
    const body = { ...l, raw: l.text.slice(one.index), text: l.text.slice(one.index) };
    return [...lines.slice(0, i), head, body, ...lines.slice(i + 1)];
  }
  return lines;
}

/** The line a table caption sits on ("沈阳市2022年政务公开工作要点任务分解表"), if the line is one. */
export function isCaption(line: Line): boolean {
  return !parseMarker(line.text) && line.text.length <= 60 && !/[。；;]$/.test(line.text) && /(表|清单|分解|台账|附件)/.test(line.text);
}

/** Removes footer lines (signature, date, 抄送…) that follow the last item, with a warning each. */
export function dropTrailer(lines: Line[], warnings: ParseWarning[]): Line[] {
  let end = lines.length;
  while (end > 0) {
    const l = lines[end - 1]!;
    const t = l.text.replace(/\s+/g, '');
    const nextIsDate = end < lines.length && isoDate(lines[end]!.text) !== null;
    if (isoDate(t) || TRAILER.test(t) || (nextIsDate && t.length <= 30 && !/[。，,；;]/.test(t))) end--;
    else break;
  }
  for (const l of lines.slice(end)) warnings.push({ code: 'skipped-trailer', line: l.no, message: `skipped closing line "${l.text}"` });
  return lines.slice(0, end);
}

/**
 * Builds sections and items from prose body lines. A node with children is a section; a leaf is
 * an item, whatever its marker (朝阳's "（一）强化信息发布审核。严格落实…" is an item, its
 * "（一）以政务公开助推经济平稳健康发展。" a section). Items lose their metadata parenthesis to
 * `leads`, `partners` and `deadline`.
 */
export function proseNodes(lines: Line[], warnings: ParseWarning[], state?: OutlineState): Node[] {
  const { roots, leading } = buildOutline(lines, warnings, state);
  for (const l of leading) warnings.push({ code: 'skipped-line', line: l.no, message: `skipped text before the first section: "${l.text.slice(0, 40)}"` });
  const nodes = roots.map((n) => finish(n, warnings));
  carryUnits(nodes, warnings);
  return nodes;
}

/** Items whose annotation said 下同 or 同上 (the `carry` of their metadata), while their tree is built. */
const carried = new WeakMap<Item, Carry>();

/**
 * Gives items without units of their own the units an annotation meant for them: those of the last
 * 下同 before them (until an item names its own), or, for 同上, those of the item just above.
 */
function carryUnits(nodes: Node[], warnings: ParseWarning[]): void {
  const items: Item[] = [];
  const walk = (ns: Node[]) => ns.forEach((n) => (n.kind === 'item' ? items.push(n) : walk(n.children)));
  walk(nodes);
  const bare = (it: Item) => it.leads.length + it.partners.length === 0 && !it.deadline;
  let below: Item | null = null;
  items.forEach((item, i) => {
    const carry = carried.get(item);
    const own = !bare(item);
    const from = carry === 'above' ? items[i - 1] : own ? null : below;
    if (from && from !== item) {
      if (item.leads.length === 0) item.leads = [...from.leads];
      if (item.partners.length === 0) item.partners = [...from.partners];
      item.deadline ??= from.deadline;
      const word = carry === 'above' ? '同上' : '下同';
      warnings.push({ code: 'carried-units', line: item.line, message: `item ${item.marker}: units taken from item ${from.marker} (${word})` });
    }
    if (carry === 'below') below = item;
    else if (own) below = null;
  });
}

function finish(node: OutlineNode, warnings: ParseWarning[]): Node {
  if (node.children.length > 0) {
    const { title, intro } = sectionTitle(node);
    const children = node.children.map((c) => finish(c, warnings));
    const last = children[children.length - 1]?.position ?? node.position;
    const position = { ...node.position, end: last.end };
    const section: Section = { kind: 'section', id: '', marker: node.marker.raw, title, intro, children, line: node.line, position };
    return section;
  }
  // unit and deadline lines after the item's text ("责任单位：X", "X牵头落实") belong to it
  const parts = [...node.parts];
  const ownLine: ReturnType<typeof unitLine>[] = [];
  while (parts.length > 1) {
    const f = unitLine(parts[parts.length - 1]!);
    if (!f) break;
    ownLine.unshift(f);
    parts.pop();
  }
  // a title line followed by its paragraph ("（一）指导思想" / "坚持…"): the title is the heading
  // (not when the next line starts with a number that was read as part of a cut sentence)
  const titleLine = parts.length > 1 && isTitleLine(parts[0]!) && !parseMarker(parts[1]!) ? parts[0]! : '';
  const body = joinAllFragments((titleLine ? parts.slice(1) : parts));
  const meta = extractMetadata(body);
  if (meta.debris) {
    warnings.push({ code: 'repaired-metadata', line: node.line, message: `item ${node.marker.raw}: dropped "${meta.debris}" repeated by a page break before a metadata key` });
  }
  if (meta.unclosed) {
    warnings.push({ code: 'unclosed-metadata', line: node.line, message: `item ${node.marker.raw}: the metadata parenthesis is never closed` });
  }
  const text = titleLine ? (meta.text ? `${titleLine} ${meta.text}` : titleLine) : meta.text;
  const leads = [...meta.leads];
  const partners = [...meta.partners];
  const deadlines = meta.deadline ? [meta.deadline] : [];
  for (const f of ownLine) {
    for (const u of f!.leads) if (!leads.includes(u)) leads.push(u);
    for (const u of f!.partners) if (!partners.includes(u)) partners.push(u);
    if (f!.deadline) deadlines.push(f!.deadline);
  }
  const carry = meta.carry ?? ownLine.find((f) => f!.carry)?.carry;
  const item: Item = {
    kind: 'item',
    id: '',
    marker: node.marker.raw,
    heading: titleLine ? titleLine.replace(/[。.]$/, '') : headingOf(text),
    text,
    leads,
    partners,
    deadline: deadlines.length ? deadlines.join('；') : null,
    tasks: [],
    line: node.line,
    position: node.position,
  };
  if (!text) warnings.push({ code: 'empty-item', line: node.line, message: `item ${node.marker.raw} has no text` });
  if (carry) carried.set(item, carry);
  return item;
}

/** A heading on a line of its own: short, no punctuation inside or at its end. */
function isTitleLine(s: string): boolean {
  // a run of Latin letters (an English annotation) counts as one character
  const length = s.replace(/[A-Za-z][A-Za-z\s'-]*/g, 'x').length;
  if (/[。！？!?；;：:]/.test(s) || /[，,、]$/.test(s)) return false;
  // a line of a page's full width that a break cut is longer than a title with commas in it
  return /[，,、]/.test(s) ? length <= SHORT_TITLE_WITH_COMMAS : length <= SHORT_TITLE;
}
const SHORT_TITLE = 25;
const SHORT_TITLE_WITH_COMMAS = 22;

/** Gives every node its path id ("1", "1.2", "1.2.5"). */
export function assignIds(nodes: Node[], prefix = ''): void {
  nodes.forEach((n, i) => {
    n.id = prefix ? `${prefix}.${i + 1}` : String(i + 1);
    if (n.kind === 'section') assignIds(n.children, n.id);
  });
}
