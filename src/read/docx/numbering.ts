import { formatCounter } from '../number-format.js';
import { attr, child, childrenNamed, findDeep, type XmlNode } from '../xml.js';

/** One level of a Word list definition (w:abstractNum/w:lvl). */
interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  /** w:lvlRestart: restart after a paragraph of this 1-based level or higher; 0 = never. */
  restart?: number;
  /** w:suff: what separates the label from the text. */
  suffix: 'tab' | 'space' | 'nothing';
  /** w:isLgl: every level shown as decimal. */
  legal: boolean;
  /** w:pStyle: the paragraph style this level belongs to. */
  style?: string;
}

interface NumInstance {
  abstractId: string;
  /** w:lvlOverride/w:startOverride by level. */
  startOverride: Map<number, number>;
  /** w:lvlOverride/w:lvl: a level redefined for this instance. */
  levels: Map<number, Level>;
}

function readLevel(lvl: XmlNode): Level {
  const val = (tag: string): string | undefined => {
    const n = child(lvl, tag);
    return n ? attr(n, 'w:val') : undefined;
  };
  const restart = val('w:lvlRestart');
  const suff = val('w:suff');
  const level: Level = {
    start: Number(val('w:start') ?? 1),
    numFmt: val('w:numFmt') ?? 'decimal',
    lvlText: val('w:lvlText') ?? '',
    suffix: suff === 'space' ? 'space' : suff === 'nothing' ? 'nothing' : 'tab',
    legal: child(lvl, 'w:isLgl') !== undefined,
  };
  if (restart !== undefined) level.restart = Number(restart);
  const style = val('w:pStyle');
  if (style) level.style = style;
  return level;
}

/**
 * Word's automatic numbering (numbering.xml), rendered: a paragraph with w:numPr (its own or its
 * style's) gets the label its list level's w:lvlText makes from the counters ("%1、", "（%1）",
 * "%1.%2."). Counters belong to the abstract list, so instances (w:num) of one list continue each
 * other, as in Word, unless an instance overrides a level's start; a level restarts after a
 * paragraph of a higher level unless w:lvlRestart says otherwise.
 */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, NumInstance>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();
  private readonly styleLevels = new Map<string, { numId: string; ilvl: number }>();

  constructor(nodes: XmlNode[] | null) {
    const root = nodes ? findDeep(nodes, 'w:numbering') : undefined;
    if (!root) return;
    for (const a of childrenNamed(root, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of childrenNamed(a, 'w:lvl')) levels.set(Number(attr(lvl, 'w:ilvl') ?? 0), readLevel(lvl));
      this.abstracts.set(attr(a, 'w:abstractNumId') ?? '', levels);
    }
    for (const n of childrenNamed(root, 'w:num')) {
      const abs = child(n, 'w:abstractNumId');
      const instance: NumInstance = { abstractId: abs ? (attr(abs, 'w:val') ?? '') : '', startOverride: new Map(), levels: new Map() };
      for (const o of childrenNamed(n, 'w:lvlOverride')) {
        const ilvl = Number(attr(o, 'w:ilvl') ?? 0);
        const so = child(o, 'w:startOverride');
        if (so) instance.startOverride.set(ilvl, Number(attr(so, 'w:val') ?? 1));
        const lvl = child(o, 'w:lvl');
        if (lvl) instance.levels.set(ilvl, readLevel(lvl));
      }
      const numId = attr(n, 'w:numId') ?? '';
      this.nums.set(numId, instance);
    }
    // a level tied to a paragraph style numbers that style's paragraphs
    for (const [numId, instance] of this.nums) {
      for (const [ilvl, level] of this.abstracts.get(instance.abstractId) ?? []) {
        if (level.style && !this.styleLevels.has(level.style)) this.styleLevels.set(level.style, { numId, ilvl });
      }
    }
  }

  /** The list a paragraph style is tied to by a level's w:pStyle, when its own w:numPr says nothing. */
  styleList(styleId: string): { numId: string; ilvl: number } | undefined {
    return this.styleLevels.get(styleId);
  }

  private level(instance: NumInstance, ilvl: number): Level | undefined {
    return instance.levels.get(ilvl) ?? this.abstracts.get(instance.abstractId)?.get(ilvl);
  }

  /**
   * Advances the counters for a paragraph of list `numId` at level `ilvl` and returns its label
   * with the separator after it ("一、", "（一）", "1." …), or null for no numbering (numId 0, an
   * unknown list, a bullet).
   */
  next(numId: string, ilvl: number): { label: string; suffix: string } | null {
    if (numId === '0') return null;
    const instance = this.nums.get(numId);
    if (!instance) return null;
    const level = this.level(instance, ilvl);
    if (!level) return null;
    const key = instance.levels.size > 0 ? `num:${numId}` : `abs:${instance.abstractId}`;
    let counters = this.counters.get(key);
    if (!counters) {
      counters = [];
      this.counters.set(key, counters);
    }
    if (!this.started.has(numId)) {
      // an instance that overrides a start begins those levels afresh
      this.started.add(numId);
      for (const [l, start] of instance.startOverride) counters[l] = start - 1;
    }
    counters[ilvl] = counters[ilvl] === undefined ? level.start : counters[ilvl]! + 1;
    for (let k = ilvl + 1; k < 9; k++) {
      const deeper = this.level(instance, k);
      const restartAfter = deeper?.restart ?? k;
      if (restartAfter !== 0 && ilvl < restartAfter) counters[k] = undefined;
    }
    if (level.numFmt === 'bullet') return null;
    const label = level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const lv = this.level(instance, l);
      const value = counters![l] ?? lv?.start ?? 1;
      return formatCounter(value, level.legal && l !== ilvl ? 'decimal' : (lv?.numFmt ?? 'decimal'));
    });
    if (!label.trim()) return null;
    return { label, suffix: level.suffix === 'space' ? ' ' : '' };
  }
}
