import type { WarningCode } from '../errors.js';
import type { Position } from './position.js';

/** Schema identifier of a serialized {@link Plan}. */
export const PLAN_SCHEMA = 'policy-lineage/plan@1' as const;

/** Administrative level of a jurisdiction, from the State Council down to a township. */
export type Level = 'national' | 'province' | 'city' | 'district' | 'county' | 'township';

/** All levels, highest first. */
export const LEVELS: readonly Level[] = ['national', 'province', 'city', 'district', 'county', 'township'];

/** The government a plan belongs to, e.g. `{ name: "辽中区", level: "district", parent: "沈阳市" }`. */
export interface Jurisdiction {
  name: string | null;
  level: Level | null;
  /** Name of the jurisdiction directly above, when known from the gazetteer or the header. */
  parent: string | null;
}

/** A superior document the plan says it implements, cited as 《title》（文号）. */
export interface Reference {
  title: string;
  docNumber: string | null;
  /** The plan inside a notice title "关于印发X的通知" (X), when the title has that form. */
  planTitle: string | null;
}

/** One row of a task-breakdown table (任务分解表): a sub-task with its own lead units. */
export interface Task {
  text: string;
  leads: string[];
  /** 1-based line of the table row in the source. */
  line: number;
  /** The table row's span in the linear text (and its place in the original file), when known. */
  position?: Position;
}

/** A leaf requirement of a plan. */
export interface Item {
  kind: 'item';
  /** Stable path inside the plan, e.g. "1.2.5" (1-based child positions). */
  id: string;
  /** Marker as written, e.g. "1.", "（一）", or a table row number "14". */
  marker: string;
  /** The heading sentence (without its final 。), or "" when the item has none. */
  heading: string;
  /** The item's full requirement text (heading included) without the metadata parenthesis. */
  text: string;
  /** 牵头单位 */
  leads: string[];
  /** 责任单位 / 配合单位 */
  partners: string[];
  /** 完成时限 as written (whitespace removed), or null. */
  deadline: string | null;
  tasks: Task[];
  /** 1-based first line of the item in the source. */
  line: number;
  /** From the item's marker to the end of its last line, when known. */
  position?: Position;
}

/** A heading that groups items (一、 / （一） …). */
export interface Section {
  kind: 'section';
  id: string;
  marker: string;
  title: string;
  /** Text between the section title and its first child, if any. */
  intro: string;
  children: Node[];
  /** 1-based line of the section's marker. */
  line: number;
  /** From the section's marker to the end of its last descendant, when known. */
  position?: Position;
}

/** A node of the plan tree: a section or an item. */
export type Node = Section | Item;

/** Something the parser skipped, repaired or could not reconcile. */
export interface ParseWarning {
  /** Stable machine-readable kind, e.g. "skipped-line", "table-title-mismatch" (see {@link WarningCode}). */
  code: WarningCode;
  /** 1-based source line the warning is about, when there is one. */
  line: number | null;
  /** What was skipped, guessed or repaired, in words; it does not repeat the place. */
  message: string;
  /** The span the warning is about, when there is one. */
  position?: Position;
}

/**
 * The notice by which one body forwards another body's plan (转发…的通知). The plan's own title,
 * issuer, 文号 and date are the forwarded (inner) plan's; the forwarder's are kept here.
 */
export interface Forwarding {
  /** The forwarding notice's title, e.g. "赣州市人民政府办公室关于转发…的通知". */
  title: string;
  issuer: string | null;
  docNumber: string | null;
  /** ISO date (YYYY-MM-DD) of the forwarding notice. */
  date: string | null;
}

/** A parsed plan: notice header plus the tree of sections and items. */
export interface Plan {
  schema: typeof PLAN_SCHEMA;
  /** The plan's own title, e.g. "沈阳市2022年政务公开工作要点". */
  title: string;
  jurisdiction: Jurisdiction;
  year: number | null;
  /** The notice's 文号, e.g. "沈政公领发〔2022〕1号". */
  docNumber: string | null;
  issuer: string | null;
  /** ISO date (YYYY-MM-DD) of the notice. */
  date: string | null;
  references: Reference[];
  /** Text between the plan title and the first section. */
  preamble: string;
  children: Node[];
  warnings: ParseWarning[];
  /** Where the plan came from (file name), when the caller said. */
  source: string | null;
  /** Present when the document forwards another body's plan: the forwarding notice's own fields. */
  forwardedBy?: Forwarding;
}
