import { comparePlans } from '../../src/align/compare.js';
import type { Comparison } from '../../src/model/comparison.js';
import { PLAN_SCHEMA, type Item, type Plan, type Section } from '../../src/model/plan.js';
import { SEEDS, seedPlan } from '../helpers.js';

/** Markup that would run if a report let plan text through as HTML. */
export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '"><img src=x onerror=alert(1)>';
export const SVG = "'><svg onload=alert(1)>";
export const CLOSE_SCRIPT = '</script><script>alert(3)</script>';
/** Cells a spreadsheet would run as formulas. */
export const FORMULAS = ['=HYPERLINK("http://example.invalid","x")', '+1+1', '-2+3', '@SUM(1,2)'] as const;
/** An item text that CSV must quote and keep byte for byte. */
export const AWKWARD_TEXT = '逗号,引号"双引号"，换行\n第二行\r\n第三行，竖线|反斜杠\\结束。';

/** The Shenyang 2022 city plan against the Liaozhong 2022 district plan. */
export function seedComparison(): Comparison {
  return comparePlans(seedPlan(SEEDS.shenyang2022), seedPlan(SEEDS.liaozhong2022));
}

/** An item with no units, deadline or tasks unless given. */
export function item(id: string, marker: string, text: string, extra: Partial<Item> = {}): Item {
  return { kind: 'item', id, marker, heading: '', text, leads: [], partners: [], deadline: null, tasks: [], line: 1, ...extra };
}

/** A top-level section. */
export function section(id: string, marker: string, title: string, children: Item[]): Section {
  return { kind: 'section', id, marker, title, intro: '', children, line: 1 };
}

/** A 2022 plan of the given place and sections, with no header facts beyond its date. */
export function plan(title: string, name: string, level: Plan['jurisdiction']['level'], children: Section[], extra: Partial<Plan> = {}): Plan {
  return {
    schema: PLAN_SCHEMA,
    title,
    jurisdiction: { name, level, parent: null },
    year: 2022,
    docNumber: null,
    issuer: null,
    date: '2022-05-01',
    references: [],
    preamble: '',
    children,
    warnings: [],
    source: null,
    ...extra,
  };
}

/**
 * Two small plans whose every string field carries markup or a formula: a modified link with the
 * payloads inside inserted and deleted text, a dropped and an added item starting with formulas,
 * and units and deadlines that start with formula characters.
 */
export function hostileComparison(): Comparison {
  const upper = plan(
    `${SCRIPT}甲市2022年政务公开工作要点`,
    `甲市${IMG}`,
    'city',
    [
      section('1', '一、', `${SVG}加强政府信息公开`, [
        item('1.1', '1.', `${SCRIPT}加强政务公开工作，推进市政府信息公开平台建设，及时发布${CLOSE_SCRIPT}政策文件和解读材料。`, {
          leads: ['市政府办公室', `${IMG}市财政局`],
          partners: ['@市有关部门'],
          deadline: '=2022年6月底',
          tasks: [{ text: `任务${SCRIPT}分解`, leads: [`${SVG}牵头`], line: 2 }],
        }),
        item('1.2', '2.', `${FORMULAS[0]}全面推进重点领域信息公开，做好教育医疗卫生等领域公开工作。`),
        item('1.3', '3.', AWKWARD_TEXT + '规范依申请公开办理流程，提高答复质量和效率。'),
      ]),
    ],
    { docNumber: `甲政发${IMG}1号`, issuer: `${SCRIPT}甲市政府`, source: `upper${IMG}.txt`, warnings: [{ code: 'x<b>' as Plan['warnings'][number]['code'], line: 3, message: `${SCRIPT} warning` }] },
  );
  const lower = plan(
    `乙区2022年政务公开工作要点${IMG}`,
    `乙区${SCRIPT}`,
    'district',
    [
      section('1', '一、', `${SVG}加强政府信息公开`, [
        item('1.1', '1.', `${SCRIPT}加强政务公开工作，推进区政府信息公开平台建设${IMG}，及时发布政策文件和解读材料。`, {
          leads: ['区政府办', '-区财政局', '+区司法局'],
          partners: ['@区有关部门', '=各镇街'],
          deadline: '-2022年7月底前',
        }),
        item('1.2', '2.', AWKWARD_TEXT + '规范依申请公开办理流程，提高答复质量和效率。'),
        item('1.3', '3.', `${FORMULAS[1]}新增乡村振兴领域信息公开${SVG}，建立专栏集中发布相关政策。`),
        item('1.4', '4.', `${FORMULAS[2]}${FORMULAS[3]}编制年度报告模板，统一发布格式${CLOSE_SCRIPT}。`),
      ]),
    ],
    { issuer: `乙区${CLOSE_SCRIPT}`, source: 'lower"><x>.txt' },
  );
  return comparePlans(upper, lower);
}
