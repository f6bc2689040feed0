/**
 * Writes the perturbation set: district (and county) versions of the Shenyang 2022 city plan
 * (seeds/003), each made by edit rules written out below by hand, with the truth of every link
 * stated next to the rule that makes it. Run `npx tsx scripts/make-perturbations.ts`; it writes
 * test/fixtures/compare/<variant>/{upper.txt, lower.txt, links.json}. The engine is never run
 * here: links.json says what the edits did, not what the comparison finds.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../src/parse/index.js';
import type { Item, Section } from '../src/model/plan.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'test', 'fixtures', 'compare');

type Status = 'inherited' | 'modified';
type Direction = 'stronger' | 'weaker';

/** One item of a plan to write, with the truth of where it came from. */
interface Entry {
  heading: string;
  body: string;
  leads: string[];
  partners: string[];
  deadline: string | null;
  /** Upper item ids this item carries (several for a merge; one shared by split parts); [] for an added item. */
  from: string[];
  status: Status;
  moved?: boolean;
  obligation?: Direction;
  /** For a modified link: wording (synonyms, reordered clauses), substantive, or partial (split, merge, cut). */
  extent?: Extent;
}

type Extent = 'wording' | 'substantive' | 'partial';

interface Block {
  title: string;
  subs?: { title: string; items: Entry[] }[];
  items?: Entry[];
}

interface Variant {
  name: string;
  note: string;
  title: string;
  format: 'prose' | 'table' | 'flat';
  blocks: Block[];
}

// ---------------------------------------------------------------------------------------------
// The upper plan: Shenyang 2022, read from the seed once, written back in a plain prose form.

const seed = parsePlan(readFileSync(join(ROOT, 'seeds', '003_c25a0eff93a0bef6.txt')), { source: '003_c25a0eff93a0bef6.txt' });
const UPPER_TITLE = seed.title;
const PREAMBLE = '为做好2022年政务公开工作，结合工作实际，制定本要点。';

function entryOf(item: Item): Entry {
  const body = item.text.startsWith(item.heading) ? item.text.slice(item.heading.length).replace(/^[。.]/, '') : item.text;
  return { heading: item.heading, body, leads: [...item.leads], partners: [...item.partners], deadline: item.deadline, from: [item.id], status: 'inherited' };
}

function upperBlocks(): Block[] {
  return seed.children.map((node) => {
    const s = node as Section;
    const subs = s.children.filter((c): c is Section => c.kind === 'section');
    if (subs.length) return { title: s.title, subs: subs.map((sub) => ({ title: sub.title, items: sub.children.map((c) => entryOf(c as Item)) })) };
    return { title: s.title, items: s.children.map((c) => entryOf(c as Item)) };
  });
}

/** A deep copy of the upper plan's blocks, to edit into a lower plan. */
function fresh(): Block[] {
  return JSON.parse(JSON.stringify(upperBlocks())) as Block[];
}

function everyEntry(blocks: Block[]): Entry[] {
  return blocks.flatMap((b) => [...(b.items ?? []), ...(b.subs ?? []).flatMap((s) => s.items)]);
}

function entry(blocks: Block[], id: string): Entry {
  const e = everyEntry(blocks).find((x) => x.from.length === 1 && x.from[0] === id);
  if (!e) throw new Error(`no entry for upper item ${id}`);
  return e;
}

/** Removes and returns the entry of an upper item. */
function take(blocks: Block[], id: string): Entry {
  for (const b of blocks) {
    for (const list of [b.items ?? [], ...(b.subs ?? []).map((s) => s.items)]) {
      const i = list.findIndex((x) => x.from.length === 1 && x.from[0] === id);
      if (i >= 0) return list.splice(i, 1)[0]!;
    }
  }
  throw new Error(`no entry for upper item ${id}`);
}

/** Replaces text that must be there: a rule that no longer matches fails loudly, so the truth cannot drift. */
function edit(e: Entry, from: string, to: string, truth: { status?: Status; obligation?: Direction; extent?: Extent } = {}): void {
  const where = e.body.includes(from) ? 'body' : e.heading.includes(from) ? 'heading' : null;
  if (!where) throw new Error(`"${from}" not in ${e.from.join('+')}: ${e.heading}`);
  e[where] = e[where].replace(from, to);
  e.status = truth.status ?? 'modified';
  if (e.status === 'modified') e.extent = truth.extent ?? 'substantive';
  if (truth.obligation) e.obligation = truth.obligation;
}

// ---------------------------------------------------------------------------------------------
// Adaptation rules, written by hand: what a district (or county) writes where its city wrote …

const DISTRICT: [string, string][] = [
  ['市政府有关部门', '区政府有关部门'],
  ['市政府各部门', '区政府各部门'],
  ['各区县(市)政府', '各街道'],
  ['《市政府工作报告》', '《区政府工作报告》'],
  ['巩固市政府规章', '巩固市政府规章'],
  ['市政府部门网站', '区政府部门网站'],
  ['市级政务类', '区级政务类'],
  ['全市', '全区'],
  ['完善市政府公报', '完善区政府公报'],
];

const RARE: [string, string][] = [
  ['市政府有关部门', '区直有关部门'],
  ['市政府各部门', '区直各部门'],
  ['各区县(市)政府', '各街道乡镇'],
  ['涉农区县政府', '涉农街道'],
  ['将各级政府', '将全区各级政府'],
  ['《市政府工作报告》', '《区政府工作报告》'],
  ['市政府部门网站', '区直部门网站'],
  ['市级政务类', '区级政务类'],
  ['全市政府网站', '本区政府网站'],
  ['全市依申请', '全区依申请'],
  ['完善市政府公报', '完善区政府公报'],
];

const COUNTY: [string, string][] = [
  ['市政府有关部门', '县政府有关部门'],
  ['市政府各部门', '县直各部门'],
  ['各区县(市)政府', '各乡镇'],
  ['涉农区县政府', '各涉农乡镇'],
  ['《市政府工作报告》', '《县政府工作报告》'],
  ['市政府部门网站', '县政府部门网站'],
  ['市级政务类', '县级政务类'],
  ['全市', '全县'],
  ['完善市政府公报', '完善县政府公报'],
];

/** Lead and partner names one level down: 市X → 区X (the agency aliases match them). */
function unitDown(name: string, level: '区' | '县', rules: [string, string][]): string {
  for (const [a, b] of rules) if (name === a) return b;
  return name.replace(/^市/, level);
}

function adapt(blocks: Block[], rules: [string, string][], level: '区' | '县'): Block[] {
  const apply = (s: string) => rules.reduce((acc, [a, b]) => acc.split(a).join(b), s);
  for (const b of blocks) {
    b.title = apply(b.title);
    for (const s of b.subs ?? []) s.title = apply(s.title);
  }
  for (const e of everyEntry(blocks)) {
    e.heading = apply(e.heading);
    e.body = apply(e.body);
    e.leads = e.leads.map((n) => unitDown(n, level, rules));
    e.partners = e.partners.map((n) => unitDown(n, level, rules));
  }
  return blocks;
}

const district = () => adapt(fresh(), DISTRICT, '区');

// ---------------------------------------------------------------------------------------------
// The variants.

const variants: Variant[] = [];
const v = (name: string, note: string, title: string, blocks: Block[], format: Variant['format'] = 'prose') =>
  variants.push({ name, note, title, format, blocks });

v('identity', 'The city plan compared with itself: every item inherited, nothing moved.', UPPER_TITLE, fresh());

v('adapt-common', 'A district copies every item with the common adaptations (全市→全区, 市政府→区政府, 各区县(市)政府→各街道, 市级→区级); all inherited.', '沈阳市浑南区2022年政务公开工作要点', district());

v(
  'adapt-rare',
  'Rarer adaptations: 区直有关部门 / 区直各部门 for 市政府有关部门 / 市政府各部门, 各街道乡镇, 涉农街道 for 涉农区县政府, an inserted 全区各级, 本区 for 全市; all inherited.',
  '沈阳市苏家屯区2022年政务公开工作要点',
  adapt(fresh(), RARE, '区'),
);

v('adapt-county', 'A county copies every item (全县, 县直各部门, 各乡镇, 各涉农乡镇); all inherited.', '康平县2022年政务公开工作要点', adapt(fresh(), COUNTY, '县'));

{
  const b = district();
  edit(entry(b, '4.2'), '市级以下政府不得开展', '区级以下政府不得开展'); // who is bound: the district itself is now allowed
  edit(entry(b, '1.4.2'), '涉农区县政府要及时公开', '各街道要及时公开'); // every street, not only the agricultural ones
  edit(entry(b, '1.2.2'), '将各级政府出台的', '将区政府出台的'); // one level instead of all
  edit(entry(b, '2.2'), '区政府部门网站', '区教育局网站'); // one department instead of all
  edit(entry(b, '1.4.1'), '组织基层单位做好', '组织城区街道做好'); // urban streets only
  v('scope', 'Scope and actor changes alone (who must act, which level, which region) on five items; the rest adapted and inherited.', '沈阳市浑南区2022年政务公开工作要点', b);
}

{
  const b = district();
  edit(entry(b, '2.1'), '确保信息发布准确无误', '力争信息发布准确无误', { obligation: 'weaker' });
  edit(entry(b, '2.2'), '全面完成政府门户网站', '全面推进政府门户网站', { obligation: 'weaker' });
  edit(entry(b, '4.2'), '市级以下政府不得开展', '市级以下政府原则上不开展', { obligation: 'weaker' });
  edit(entry(b, '1.2.1'), '严格执行疫情防控信息发布各项制度', '参照执行疫情防控信息发布各项制度', { obligation: 'weaker' });
  edit(entry(b, '1.1.4'), '政府门户网站要与12366', '政府门户网站可与12366', { obligation: 'weaker' });
  edit(entry(b, '1.3.1'), '探索建立统一的', '建立统一的', { obligation: 'stronger' });
  edit(entry(b, '3.6'), '推进数字化利用', '确保完成数字化利用', { obligation: 'stronger' });
  edit(entry(b, '3.2'), '可通过互联网等渠道公开', '应通过互联网等渠道公开', { obligation: 'stronger' });
  edit(entry(b, '4.3'), '未完成的要督促整改', '未完成的必须督促整改', { obligation: 'stronger' });
  edit(entry(b, '1.4.3'), '务实推进政务公开专区建设', '全面完成政务公开专区建设', { obligation: 'stronger' });
  v('obligation', 'Ten obligation edits, five weaker (确保→力争, 完成→推进, 不得→原则上不, 严格执行→参照执行, 要→可) and five stronger (探索建立→建立, 推进→确保完成, 可→应, 要→必须, 推进→完成).', '沈阳市浑南区2022年政务公开工作要点', b);
}

{
  const b = district();
  entry(b, '1.1.1').leads = ['区发展改革局'];
  entry(b, '1.1.3').leads = ['区营商局'];
  entry(b, '1.2.2').leads = ['区人社局', '区财政局'];
  entry(b, '3.3').leads = ['区政务服务中心'];
  entry(b, '4.4').leads = ['区委组织部'];
  const deadline = (id: string, d: string, obligation?: Direction) => {
    const e = entry(b, id);
    e.deadline = d;
    if (obligation) e.obligation = obligation;
  };
  deadline('1.1.2', '2022年6月底,长期坚持', 'weaker');
  deadline('1.1.4', '2022年5月底', 'stronger');
  deadline('2.2', '2022年11月底', 'weaker');
  deadline('2.3', '2022年8月底', 'stronger');
  deadline('1.2.3', '2022年11月底', 'stronger');
  v('leads-deadlines', 'Only lead units (five items) and deadlines (five items: three earlier, two later) change; every text is adapted and inherited.', '沈阳市浑南区2022年政务公开工作要点', b);
}

{
  const b = district();
  const moved = (id: string) => {
    const e = take(b, id);
    e.moved = true;
    return e;
  };
  const m = { a: moved('1.1.2'), b: moved('1.2.3'), c: moved('2.4'), d: moved('3.3'), e: moved('4.4'), f: moved('1.3.3') };
  b[2]!.items!.push(m.a); // 助企纾困 into 规范执行公开制度
  b[3]!.items!.push(m.b); // 民生实事 into 工作指导监督
  b[0]!.subs![3]!.items.push(m.c); // 新闻发布 into 基层政务公开
  b[1]!.items!.unshift(m.d); // 政策咨询 into 公开平台建设
  b[2]!.items!.unshift(m.e); // 检查考核 into 规范执行公开制度
  b[1]!.items!.push(m.f); // 政策集中公开成果运用 into 公开平台建设
  const reordered = [b[0]!, b[2]!, b[1]!, b[3]!];
  v('reorder-move', 'Sections 二 and 三 swapped, six items moved to other sections (flagged moved); all adapted and inherited.', '沈阳市浑南区2022年政务公开工作要点', reordered);
}

{
  const b = district();
  const sub = b[0]!.subs!;
  // three splits: a second part with a heading of its own
  const split = (list: Entry[], id: string, cut: string, heading: string) => {
    const e = entry(b, id);
    const at = e.body.indexOf(cut);
    if (at < 0) throw new Error(`cut "${cut}" not in ${id}`);
    const part: Entry = { ...e, heading, body: e.body.slice(at), status: 'modified', extent: 'partial' };
    e.body = e.body.slice(0, at);
    e.status = 'modified';
    e.extent = 'partial';
    list.splice(list.indexOf(e) + 1, 0, part);
  };
  split(sub[1]!.items, '1.2.1', '加强疫情防控信息发布工作协调', '做好疫情防控信息发布协调');
  split(b[2]!.items!, '3.2', '公开内容涉及社会公众利益调整', '做好依法公开方式选择');
  split(b[3]!.items!, '4.1', '加强政务舆情监测和风险研判', '加强政务舆情回应');
  // two merges: one item carries two
  const merge = (list: Entry[], a: string, c: string, heading: string) => {
    const x = entry(b, a);
    const y = take(b, c);
    x.heading = heading;
    x.body = `${x.body}${y.body}`;
    x.from = [a, c];
    x.status = 'modified';
    x.extent = 'partial';
    void list;
  };
  merge(sub[2]!.items, '1.3.1', '1.3.2', '规范政府规章、行政规范性文件发布和解读');
  merge(b[1]!.items!, '2.3', '2.4', '提升公开平台集约化水平和新闻发布权威性');
  v('split-merge', 'Three items split in two (疫情防控, 公开方式, 主体责任) and two pairs merged (规章发布+解读, 集约化+新闻发布); those links modified, the rest inherited.', '沈阳市浑南区2022年政务公开工作要点', b);
}

const LOCAL: Entry[] = [
  {
    heading: '做好区级重点民生项目信息公开',
    body: '围绕全区棚户区改造、老旧小区供暖管网更新等重点民生项目，在区政府门户网站设立专栏，按季度发布项目招标、施工进度和资金使用情况。',
    leads: ['区住房城乡建设局'], partners: ['各街道'], deadline: '2022年12月底', from: [], status: 'inherited',
  },
  {
    heading: '加强政务服务事项清单公开',
    body: '全面梳理区本级依申请政务服务事项，编制并公开办事指南，标注办理时限、收费标准和咨询电话，做到清单之外无审批。',
    leads: ['区营商局'], partners: ['区政府有关部门'], deadline: '2022年9月底', from: [], status: 'inherited',
  },
  {
    heading: '做好农村集体“三资”信息公开',
    body: '指导各街道建立农村集体资金、资产、资源台账，每季度通过村务公开栏公开收支明细，接受村民监督。',
    leads: ['区农业农村局'], partners: ['各街道'], deadline: '长期坚持', from: [], status: 'inherited',
  },
  {
    heading: '加强生态环境领域信息公开',
    body: '及时公开全区空气质量、河流断面水质监测数据，依法公开建设项目环境影响评价受理和审批结果，回应群众对环境问题的关切。',
    leads: ['区生态环境分局'], partners: ['区政府有关部门'], deadline: '长期坚持', from: [], status: 'inherited',
  },
];

{
  const b = district();
  for (const id of ['1.1.1', '1.2.3', '2.2', '3.4', '4.4']) take(b, id);
  const added = LOCAL.map((e) => ({ ...e }));
  b[0]!.subs![1]!.items.push(added[0]!); // where 民生实事 stood
  b[2]!.items!.push(added[1]!); // where 政务服务 stood
  b[0]!.subs![3]!.items.push(added[2]!);
  b[0]!.subs![0]!.items.push(added[3]!);
  v('drop-add', 'Five city items dropped (三篇大文章, 民生实事, IPv6, 政务服务, 检查考核) and four local items added that share the plan vocabulary — two of them the topic words of a dropped item (民生项目, 政务服务事项).', '沈阳市浑南区2022年政务公开工作要点', b);
}

{
  const b = district();
  edit(entry(b, '1.1.2'), '加强助企纾困信息公开', '强化助企纾困信息公开', { extent: 'wording' });
  edit(entry(b, '1.1.3'), '持续推进反不正当竞争', '持续推动反不正当竞争', { extent: 'wording' });
  edit(entry(b, '1.3.1'), '建立健全动态更新机制', '建立完善动态更新机制', { extent: 'wording' });
  edit(entry(b, '1.3.2'), '进一步丰富图表图解', '持续丰富图表图解', { extent: 'wording' });
  edit(entry(b, '2.3'), '进一步加强全区政府网站', '持续强化全区政府网站', { extent: 'wording' });
  edit(entry(b, '4.1'), '加强政务舆情监测', '强化政务舆情监测', { extent: 'wording' });
  const reorder = (id: string, first: string) => {
    const e = entry(b, id);
    const at = e.body.indexOf(first);
    if (at <= 0) throw new Error(`"${first}" not inside ${id}`);
    e.body = e.body.slice(at) + e.body.slice(0, at);
    e.status = 'modified';
    e.extent = 'wording';
  };
  reorder('3.3', '积极运用人工智能等技术');
  reorder('1.2.2', '动态公开技能培训政策规定');
  reorder('3.6', '完善区政府公报数据库');
  v('paraphrase', 'Policy-verb synonyms (加强→强化, 推进→推动, 健全→完善, 进一步→持续) on six items and sentences reordered in three; those modified (no obligation change), the rest inherited.', '沈阳市浑南区2022年政务公开工作要点', b);
}

v('task-table', 'The district plan written as one task table (事项名称 / 主要任务 / 牵头单位 / 责任单位 / 完成时限), texts adapted; all inherited.', '沈阳市浑南区2022年政务公开工作要点', district(), 'table');

v('flat', 'The district plan numbered 1. 2. 3. throughout, without sections; all adapted and inherited.', '沈阳市浑南区2022年政务公开工作要点', district(), 'flat');

{
  const b = district();
  for (const e of everyEntry(b)) {
    e.body = '';
    e.status = 'modified';
    e.extent = 'partial';
  }
  v('first-sentence', 'Every item cut to its first sentence (its heading): all modified, every link still found.', '沈阳市浑南区2022年政务公开工作要点', b);
}

{
  const b = adapt(fresh(), COUNTY, '县');
  edit(entry(b, '2.1'), '确保信息发布准确无误', '力争信息发布准确无误', { obligation: 'weaker' });
  edit(entry(b, '3.2'), '可通过互联网等渠道公开', '应通过互联网等渠道公开', { obligation: 'stronger' });
  edit(entry(b, '1.2.1'), '严格执行疫情防控信息发布各项制度', '参照执行疫情防控信息发布各项制度', { obligation: 'weaker' });
  edit(entry(b, '1.1.3'), '持续推进反不正当竞争', '持续推动反不正当竞争', { extent: 'wording' });
  edit(entry(b, '4.1'), '加强政务舆情监测', '强化政务舆情监测', { extent: 'wording' });
  entry(b, '2.3').deadline = '2022年12月底';
  entry(b, '2.3').obligation = 'weaker';
  for (const id of ['1.2.3', '3.4']) take(b, id);
  // a split and a merge
  const e = entry(b, '4.2');
  const at = e.body.indexOf('行政机关向社会公开发布排名结果');
  b[3]!.items!.splice(b[3]!.items!.indexOf(e) + 1, 0, { ...e, heading: '规范排名结果和问题通报发布', body: e.body.slice(at), status: 'modified' });
  e.body = e.body.slice(0, at);
  e.status = 'modified';
  e.extent = 'partial';
  const x = entry(b, '1.4.2');
  const y = take(b, '1.4.3');
  x.heading = '规范公开惠民惠农信息并推进基层公开向农村延伸';
  x.body += y.body;
  x.from = ['1.4.2', '1.4.3'];
  x.status = 'modified';
  x.extent = 'partial';
  // two items moved, sections 二 and 三 swapped, two local items
  const m1 = take(b, '1.1.5');
  m1.moved = true;
  b[2]!.items!.push(m1);
  const m2 = take(b, '3.6');
  m2.moved = true;
  b[3]!.items!.push(m2);
  b[0]!.subs![1]!.items.push({ ...LOCAL[0]!, heading: '做好县级重点民生项目信息公开', body: LOCAL[0]!.body.replace('全区', '全县').replace('区政府', '县政府'), partners: ['各乡镇'] });
  b[2]!.items!.push({ ...LOCAL[3]!, body: LOCAL[3]!.body.replace('全区', '全县'), leads: ['县生态环境分局'] });
  v(
    'hard',
    'A county version with everything at once: adaptations, sections 二/三 swapped, two items moved, three obligation edits and a deadline loosened, two paraphrases, a split, a merge, two items dropped and two local items added.',
    '康平县2022年政务公开工作要点',
    [b[0]!, b[2]!, b[1]!, b[3]!],
  );
}

// ---------------------------------------------------------------------------------------------
// Writing.

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function metadata(e: Entry): string {
  const parts = [
    e.leads.length ? `牵头单位：${e.leads.join('、')}` : '',
    e.partners.length ? `责任单位：${e.partners.join('、')}` : '',
    e.deadline ? `完成时限：${e.deadline}` : '',
  ].filter(Boolean);
  return parts.length ? `（${parts.join('；')}）` : '';
}

const sentence = (e: Entry) => `${e.heading}。${e.body}`;

function renderProse(title: string, blocks: Block[]): string {
  const out = [title, PREAMBLE];
  let n = 0;
  blocks.forEach((b, i) => {
    out.push(`${NUMERALS[i]}、${b.title}`);
    (b.subs ?? []).forEach((s, j) => {
      out.push(`（${NUMERALS[j]}）${s.title}`);
      for (const e of s.items) out.push(`${++n}. ${sentence(e)}${metadata(e)}`);
    });
    for (const e of b.items ?? []) out.push(`${++n}. ${sentence(e)}${metadata(e)}`);
  });
  return `${out.join('\n\n')}\n`;
}

function renderFlat(title: string, blocks: Block[]): string {
  const out = [title, PREAMBLE];
  everyEntry(blocks).forEach((e, i) => out.push(`${i + 1}. ${sentence(e)}${metadata(e)}`));
  return `${out.join('\n\n')}\n`;
}

function renderTable(title: string, blocks: Block[]): string {
  const out = [title, '', PREAMBLE, '', '序号\t事项名称\t主要任务\t牵头单位\t责任单位\t完成时限'];
  let n = 0;
  blocks.forEach((b, i) => {
    out.push(`${NUMERALS[i]}、${b.title}\t\t\t\t\t`);
    for (const e of [...(b.subs ?? []).flatMap((s) => s.items), ...(b.items ?? [])]) {
      out.push(`${++n}\t${e.heading}\t${e.body}\t${e.leads.join(' ')}\t${e.partners.join(' ')}\t${e.deadline ?? ''}`);
    }
  });
  return `${out.join('\n')}\n`;
}

function render(variant: { title: string; format: Variant['format']; blocks: Block[] }): string {
  return variant.format === 'table' ? renderTable(variant.title, variant.blocks) : variant.format === 'flat' ? renderFlat(variant.title, variant.blocks) : renderProse(variant.title, variant.blocks);
}

/** Headings name items in links.json; none may contain another, or a phrase would name two items. */
function checkPhrases(entries: Entry[], plan: string): void {
  for (const a of entries) for (const b of entries) {
    if (a !== b && b.heading.includes(a.heading)) throw new Error(`${plan}: heading "${a.heading}" is inside "${b.heading}"`);
  }
}

const upperEntries = everyEntry(upperBlocks());
const upperHeading = new Map(upperEntries.map((e) => [e.from[0]!, e.heading]));
checkPhrases(upperEntries, 'upper');
const upperText = renderProse(UPPER_TITLE, upperBlocks());

for (const variant of variants) {
  const lower = everyEntry(variant.blocks);
  checkPhrases(lower, variant.name);
  const links: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  for (const e of lower) {
    if (e.from.length === 0) {
      links.push({ status: 'added', upper: [], lower: [e.heading] });
      continue;
    }
    const key = e.from.join('+');
    const existing = links.find((l) => l.key === key);
    if (existing) {
      (existing.lower as string[]).push(e.heading);
      continue;
    }
    for (const id of e.from) seen.add(id);
    const link: Record<string, unknown> = { key, status: e.status, upper: e.from.map((id) => upperHeading.get(id)!), lower: [e.heading], moved: e.moved ?? false };
    if (e.obligation) link.obligation = e.obligation;
    if (e.status === 'modified') link.extent = e.extent ?? 'substantive';
    links.push(link);
  }
  for (const [id, heading] of upperHeading) if (!seen.has(id)) links.push({ status: 'dropped', upper: [heading], lower: [] });
  for (const l of links) delete l.key;
  const dir = join(OUT, variant.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'upper.txt'), upperText);
  writeFileSync(join(dir, 'lower.txt'), variant.name === 'identity' ? upperText : render(variant));
  writeFileSync(join(dir, 'links.json'), `${JSON.stringify({ note: variant.note, phrases: 'heading', links }, null, 1)}\n`);
}
console.log(`wrote ${variants.length} variants to ${OUT}`);
