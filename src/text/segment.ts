import { FNV_BASIS, fnvStep, type WordDictionary } from './dictionary.js';

/*
 * segmentit's segmentation (its default tokenizer and optimizer modules, MIT, © linonetwo and the
 * node-segment authors) re-implemented over the compact dictionary. It reproduces segmentit's
 * choices exactly — including its quirks, which are kept on purpose and marked "as segmentit" —
 * because the alignment scores were set on its words; a test compares the two on every clause of
 * the seeds and the synthetic plans. The adjective optimizer is left out: it only relabels parts
 * of speech after every step that reads them.
 */

const D_A = 0x40000000;
const D_C = 0x10000000;
const D_F = 0x02000000;
const A_M = 0x00400000;
const D_MQ = 0x00200000;
const D_N = 0x00100000;
const A_Q = 0x00020000;
const D_T = 0x00004000;
const D_U = 0x00002000;
const D_V = 0x00001000;
const D_W = 0x00000800;
const A_NR = 0x00000080;
const A_NS = 0x00000040;
const A_NT = 0x00000020;
const A_NX = 0x00000010;
const A_NZ = 0x00000008;
const UNK = 0;
const URL_TAG = 0x00000001;

/** A word on its way through the modules: `p` undefined = not yet recognised. */
interface Word {
  w: string;
  p?: number;
  /** segmentit stores some tags as a one-element array: equal to nothing under `===`. */
  box?: true;
}

const num = (p: number | undefined): number => p ?? 0;
const sameTag = (a: Word, b: Word): boolean => !a.box && !b.box && a.p === b.p;
/** segmentit tests `word.p > 0` (an array [n] compares as n). */
const tagged = (word: Word): boolean => num(word.p) > 0;

function table(chars: readonly string[], value = 1): Record<string, number> {
  // plain objects with `in`, exactly as segmentit looks these up
  const t: Record<string, number> = {};
  for (const c of chars) t[c] = value;
  return t;
}

// ---- names (segmentit's CHS_NAMES) ----
const FAMILY_NAME_1 = table(
  '王张黄周徐胡高林马于程傅曾叶余夏钟田任方石熊白毛江史候龙万段雷钱汤易常武赖文查赵肖孙李吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施桓孔曹严华金魏陶姜戚谢邹喻柏窦苏潘葛奚范彭鲁韦昌俞袁酆鲍唐费廉岑薛贺倪滕殷罗毕郝邬卞康卜顾孟穆萧尹姚邵湛汪祁禹狄贝臧伏戴宋茅庞纪舒屈祝董梁杜阮闵贾娄颜郭邱骆蔡樊凌霍虞柯昝卢柯缪宗丁贲邓郁杭洪崔龚嵇邢滑裴陆荣荀惠甄芮羿储靳汲邴糜隗侯宓蓬郗仲栾钭历戎刘詹幸韶郜黎蓟溥蒲邰鄂咸卓蔺屠乔郁胥苍莘翟谭贡劳冉郦雍璩桑桂濮扈冀浦庄晏瞿阎慕茹习宦艾容慎戈廖庾衡耿弘匡阙殳沃蔚夔隆巩聂晁敖融訾辛阚毋乜鞠丰蒯荆竺盍单欧'.split(''),
);
const FAMILY_NAME_2 = table(
  ['司马', '上官', '欧阳', '夏侯', '诸葛', '闻人', '东方', '赫连', '皇甫', '尉迟', '公羊', '澹台', '公冶', '宗政', '濮阳', '淳于', '单于', '太叔', '申屠', '公孙', '仲孙', '轩辕', '令狐', '徐离', '宇文', '长孙', '慕容', '司徒', '司空', '万俟'],
  2,
);
const DOUBLE_NAME_1 = table(
  '阿建小晓文志国玉丽永海春金明新德秀红亚伟雪俊桂爱美世正庆学家立淑振云华光惠兴天长艳慧利宏佳瑞凤荣秋继嘉卫燕思维少福忠宝子成月洪东一泽林大素旭宇智锦冬玲雅伯翠传启剑安树良中梦广昌元万清静友宗兆丹克彩绍喜远朝敏培胜祖先菊士向有连军健巧耀莉英方和仁孝梅汉兰松水江益开景运贵祥青芳碧婷龙鹏自顺双书生义跃银佩雨保贤仲鸿浩加定炳飞锡柏发超道怀进其富平全阳吉茂彦诗洁润承治焕如君增善希根应勇宜守会凯育湘凌本敬博延乐三二四五六七八九十'.split(''),
);
const DOUBLE_NAME_2 = table(
  '华平明英军林萍芳玲红生霞梅文荣珍兰娟峰琴云辉东龙敏伟强丽春杰燕民君波国芬清祥斌婷飞良忠新凤锋成勇刚玉元宇海兵安庆涛鹏亮青阳艳松江莲娜兴光德武香俊秀慧雄才宏群琼胜超彬莉中山富花宁利贵福发义蓉喜娥昌仁志全宝权美琳建金贤星丹根和珠康菊琪坤泉秋静佳顺源珊达欣如莹章浩勤芹容友芝豪洁鑫惠洪旺虎远妮森妹南雯奇健卿虹娇媛怡铭川进博智来琦学聪洋乐年翔然栋凯颖鸣丰瑞奎立堂威雪鸿晶桂凡娣先洲毅雅月旭田晖方恒亚泽风银高贞九薇'.split(''),
  2,
);
const SINGLE_NAME = table(
  '家民敏伟勇军斌静丽涛芳杰萍强俊明燕磊玲华平鹏健波红丹辉超艳莉刚娟峰婷亮洁颖琳英慧飞霞浩凯宇毅林佳云莹娜晶洋文鑫欣琴宁琼兵青琦翔彬锋阳璐旭蕾剑虹蓉建倩梅宏威博君力龙晨薇雪琪欢荣江炜成庆冰东帆雷楠锐进海凡巍维迪媛玮杨群瑛悦春瑶婧兰茜松爽立瑜睿晖聪帅瑾骏雯晓昊勤新瑞岩星忠志怡坤康航利畅坚雄智萌哲岚洪捷珊恒靖清扬昕乐武玉诚菲锦凤珍晔妍璇胜菁科芬露越彤曦义良鸣芸方月铭光震冬源政虎莎彪蓓钢凌奇卫彦烨可黎川淼惠祥然三二一四五六七八九十'.split(''),
);
const isFamily = (w: string): boolean => w in FAMILY_NAME_1 || w in FAMILY_NAME_2;

// ---- punctuation (segmentit's PunctuationTokenizer table, every entry one code unit) ----
const PUNCTUATION = table(
  (
    ' ,.;+-|/\\\'":?<>[]{}=!@#$%^&*()~`' +
    '。，、＇：∶；?‘’“”〝〞ˆˇ﹕︰﹔﹖﹑·¨….¸;！´？！～—ˉ｜‖＂〃｀@﹫¡¿﹏﹋﹌︴々﹟#﹩$﹠&﹪%*﹡﹢﹦' +
    '﹤‐￣¯―﹨ˆ˜﹍﹎+=<\u00ad＿_-ˇ~﹉﹊（）〈〉‹›﹛﹜『』〖〗［］《》〔〕{}「」【】︵︷︿︹︽_﹁﹃︻︶︸' +
    '﹀︺︾ˉ﹂﹄︼＋－×÷﹢﹣±／＝≈≡≠∧∨∑∏∪∩∈⊙⌒⊥∥∠∽≌＜＞≤≥≮≯∧∨√﹙﹚[]﹛﹜∫∮∝∞⊙∏' +
    '┌┬┐┏┳┓╒╤╕─│├┼┤┣╋┫╞╪╡━┃└┴┘┗┻┛╘╧╛┄┆┅┇╭─╮┏━┓╔╦╗┈┊│╳│┃┃╠╬╣┉┋╰─╯┗━┛' +
    '╚╩╝╲╱┞┟┠┡┢┦┧┨┩┪╉╊┭┮┯┰┱┲┵┶┷┸╇╈┹┺┽┾┿╀╁╂╃╄╅╆' +
    '○◇□△▽☆●◆■▲▼★♠♥♦♣☼☺◘♀√☻◙♂×▁▂▃▄▅▆▇█⊙◎۞卍卐╱╲▁▏↖↗↑←↔◤◥╲╱▔▕↙↘↓→↕◣◢∷▒░℡™'
  ).split(''),
);

// ---- URLs and e-mail addresses ----
const PROTOCOLS = ['http://', 'https://', 'ftp://', 'news://', 'telnet://'];
const MIN_PROTOCOL = 6;
const URLCHAR = table('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&‘()*+,-./:;=?@[\\]^_`|~'.split(''));
const EMAILCHAR = table('!"#$%&\'*+-/0123456789=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ^_`abcdefghijklmnopqrstuvwxyz{|}~.'.split(''));
const DATETIME = table(['世纪', '年', '年份', '年度', '月', '月份', '月度', '日', '号', '时', '点', '点钟', '分', '分钟', '秒', '毫秒']);

interface Match {
  w: string;
  c: number;
}

/** Splits the unrecognised words around matches found by `match`, tagging the matches. */
function splitAround(words: Word[], match: (text: string) => Match[], tag: (m: Match) => Word, skipSpace = false): Word[] {
  const ret: Word[] = [];
  for (const word of words) {
    if (tagged(word)) {
      ret.push(word);
      continue;
    }
    const found = match(word.w);
    if (found.length < 1) {
      ret.push(word);
      continue;
    }
    let lastc = 0;
    for (const m of found) {
      if (m.c > lastc) ret.push({ w: word.w.substr(lastc, m.c - lastc) });
      if (!(skipSpace && m.w === ' ')) ret.push(tag(m));
      lastc = m.c + m.w.length;
    }
    const last = found[found.length - 1]!;
    if (last.c + last.w.length < word.w.length) ret.push({ w: word.w.substr(last.c + last.w.length) });
  }
  return ret;
}

function matchUrl(text: string): Match[] {
  const ret: Match[] = [];
  let s = -1;
  let cur = 0;
  while (cur < text.length) {
    if (s < 0 && cur < text.length - MIN_PROTOCOL) {
      for (const prot of PROTOCOLS) {
        if (text.substr(cur, prot.length) === prot) {
          s = cur;
          cur += prot.length - 1;
          break;
        }
      }
    } else if (s >= 0 && !(text.charAt(cur) in URLCHAR)) {
      ret.push({ w: text.substr(s, cur - s), c: s });
      s = -1;
    }
    cur++;
  }
  if (s >= 0) ret.push({ w: text.substr(s, cur - s), c: s });
  return ret;
}

function matchPunctuation(text: string): Match[] {
  const ret: Match[] = [];
  for (let cur = 0; cur < text.length; cur++) {
    const w = text.charAt(cur);
    if (w in PUNCTUATION) ret.push({ w, c: cur });
  }
  return ret;
}

function splitForeign(text: string): Word[] {
  const ret: Word[] = [];
  const kind = (i: number): number => {
    let c = text.charCodeAt(i);
    if (c >= 65296 && c <= 65370) c -= 65248; // full-width digits and letters
    if (c >= 48 && c <= 57) return A_M;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return A_NX;
    return UNK;
  };
  let lastcur = 0;
  let lasttype = kind(0);
  let i = 1;
  for (; i < text.length; i++) {
    const type = kind(i);
    if (type !== UNK) {
      if (lasttype !== type) {
        const nw: Word = { w: text.substr(lastcur, i - lastcur) };
        if (lasttype !== UNK) nw.p = lasttype;
        ret.push(nw);
        lastcur = i;
      }
    } else if (lasttype !== UNK) {
      ret.push({ w: text.substr(lastcur, i - lastcur), p: lasttype, box: true }); // as segmentit: p: [lasttype]
      lastcur = i;
    }
    lasttype = type;
  }
  const nw: Word = { w: text.substr(lastcur, i - lastcur) };
  if (lasttype !== UNK) nw.p = lasttype;
  ret.push(nw);
  return ret;
}

function matchName(text: string): Match[] {
  const result: Match[] = [];
  let at = 0;
  while (at < text.length) {
    let name: string | null = null;
    const f2 = text.substr(at, 2);
    if (f2 in FAMILY_NAME_2) {
      const n1 = text.charAt(at + 2);
      const n2 = text.charAt(at + 3);
      if (n1 in DOUBLE_NAME_1 && n2 in DOUBLE_NAME_2) name = f2 + n1 + n2;
      else if (n1 in SINGLE_NAME) name = f2 + n1 + (n1 === n2 ? n2 : '');
    }
    const f1 = text.charAt(at);
    if (name === null && f1 in FAMILY_NAME_1) {
      const n1 = text.charAt(at + 1);
      const n2 = text.charAt(at + 2);
      if (n1 in DOUBLE_NAME_1 && n2 in DOUBLE_NAME_2) name = f1 + n1 + n2;
      else if (n1 in SINGLE_NAME) name = f1 + n1 + (n1 === n2 ? n2 : '');
    }
    if (name === null) at++;
    else {
      result.push({ w: name, c: at });
      at += name.length;
    }
  }
  return result;
}

// ---- the dictionary tokenizer ----

/** Chunk enumerations above this are split (segmentit itself would not finish). */
const MAX_CHUNKS = 20_000;

interface Candidate {
  c: number;
  len: number;
  f: number;
  /** Dictionary entry, -1 for a single character filling a gap. */
  e: number;
  p: number | undefined;
  /** The word itself and what the grammar checks ask of it, computed once per candidate. */
  w: string;
  family: boolean;
  datetime: boolean;
  linker: boolean;
}

function candidate(text: string, c: number, len: number, f: number, e: number, p: number | undefined): Candidate {
  const w = text.substr(c, len);
  return { c, len, f, e, p, w, family: len <= 2 && isFamily(w), datetime: len <= 2 && w in DATETIME, linker: w === '的' || w === '之' };
}

interface Assess {
  x: number;
  a: number;
  b: number;
  c: number;
  d: number;
}

function dictWords(dict: WordDictionary, text: string, preword: Word | undefined): Candidate[] {
  const n = text.length;
  // words by start position, each position's words by ascending length (segmentit's order)
  const at: Candidate[][] = [];
  for (let cur = 0; cur < n; cur++) {
    const here: Candidate[] = [];
    // the hash of text[cur, cur + len) grows one unit at a time with len
    let h = FNV_BASIS;
    let hashed = 0;
    for (const len of dict.lengths) {
      if (cur + len > n) break;
      while (hashed < len) h = fnvStep(h, text.charCodeAt(cur + hashed++));
      const e = dict.findHashed(text, cur, len, h >>> 0);
      if (e >= 0) here.push(candidate(text, cur, len, dict.freq(e), e, dict.pos(e)));
    }
    at.push(here.length ? here : [candidate(text, cur, 1, 0, -1, undefined)]);
  }
  // how many ways there are to the end from each position
  const ways = new Float64Array(n + 1);
  ways[n] = 1;
  for (let cur = n - 1; cur >= 0; cur--) for (const cand of at[cur]!) ways[cur] = ways[cur]! + ways[cur + cand.len]!;
  if (ways[0]! > MAX_CHUNKS) return splitLong(dict, text, preword, at);
  return bestChunk(text, preword, at).filter((cand) => cand.e >= 0);
}

/** Longest piece a clause without a natural cut is broken into: at most 2^11 readings. */
const PIECE = 12;

/**
 * A clause whose readings segmentit would enumerate for ever (it has no limit): cut it, where no
 * word crosses when possible, into pieces of at most {@link PIECE} characters, each segmented on
 * its own. Only such clauses differ from segmentit, which would not finish them.
 */
function splitLong(dict: WordDictionary, text: string, preword: Word | undefined, at: Candidate[][]): Candidate[] {
  const n = text.length;
  const out: Candidate[] = [];
  let start = 0;
  let reach = 0;
  let lastCut = -1;
  for (let cur = 1; cur <= n; cur++) {
    for (const cand of at[cur - 1]!) reach = Math.max(reach, cur - 1 + cand.len);
    if (reach <= cur) lastCut = cur;
    if (cur - start >= PIECE || cur === n) {
      const cut = cur === n ? n : lastCut > start ? lastCut : cur;
      for (const cand of dictWords(dict, text.slice(start, cut), start === 0 ? preword : undefined)) out.push({ ...cand, c: cand.c + start });
      start = cut;
      reach = Math.max(reach, start);
    }
  }
  return out;
}

/**
 * segmentit's choice among every reading of the clause: each reading is assessed as the walk
 * reaches its end (five numbers kept per reading, not the reading), the best is found as
 * segmentit ranks them, and the walk is repeated to that reading.
 */
function bestChunk(text: string, preword: Word | undefined, at: Candidate[][]): Candidate[] {
  const n = text.length;
  const assess: Assess[] = [];
  const path: Candidate[] = [];
  const pre: Prev | null = preword ? { w: preword.w, p: preword.p, box: preword.box, family: isFamily(preword.w) } : null;
  let stop = -1;
  let found: Candidate[] | null = null;
  const walk = (cur: number): void => {
    for (const cand of at[cur]!) {
      if (found) return;
      path.push(cand);
      const next = cur + cand.len;
      if (next >= n) {
        if (assess.length === stop) found = path.slice();
        assess.push(stop < 0 ? assessChunk(text.length, pre, path) : NO_ASSESS);
      } else walk(next);
      path.pop();
    }
  };
  walk(0);
  stop = topOf(assess);
  assess.length = 0;
  walk(0);
  return found!;
}

const NO_ASSESS: Assess = { x: 0, a: 0, b: 0, c: 0, d: 0 };

interface Prev {
  w: string;
  p: number | undefined;
  box?: true | undefined;
  family: boolean;
}

function assessChunk(textLength: number, preword: Prev | null, chunk: Candidate[]): Assess {
  const r: Assess = { x: chunk.length, a: 0, b: 0, c: 0, d: 0 };
  const sp = textLength / chunk.length;
  let hasVerb = false;
  let prew: Prev | Candidate | null = preword;
  for (let j = 0; j < chunk.length; j++) {
    const w = chunk[j]!;
    if (w.e >= 0) {
      const p = w.p!;
      r.a += w.f;
      if (prew) {
        const pp = num(prew.p);
        if ((pp & A_M) > 0 && ((p & A_Q) > 0 || w.datetime)) r.d++;
        if ((p & D_V) > 0) {
          hasVerb = true;
          if ((pp & D_A) > 0) r.d++;
        }
        if (((pp & A_NS) > 0 || pp & A_NT || (pp & D_A) > 0) && ((p & D_N) > 0 || (p & A_NR) > 0 || (p & A_NS) > 0 || (p & A_NZ) > 0 || (p & A_NT) > 0)) r.d++;
        // as segmentit: `w.p & POSTAG.A_M > 0` binds as `w.p & true`
        if ((pp & D_F) > 0 && (p & 1) !== 0) r.d++;
        if (prew.family && ((p & D_N) > 0 || (p & A_NZ) > 0)) r.d++;
        const nextw = chunk[j + 1];
        if (nextw) {
          if ((p & D_C) > 0 && !('box' in prew && prew.box) && prew.p === nextw.p) r.d++;
          const np = num(nextw.p);
          if (w.linker && ((np & D_N) > 0 || (np & A_NR) > 0 || (np & A_NS) > 0 || (np & A_NZ) > 0 || (np & A_NT) > 0)) r.d += 1.5;
        }
      }
    } else {
      r.c++;
    }
    r.b += Math.pow(sp - w.len, 2);
    prew = w;
  }
  if (!hasVerb) r.d -= 0.5;
  r.a = r.a / chunk.length;
  r.b = r.b / chunk.length;
  return r;
}

function topOf(assess: Assess[]): number {
  const first = assess[0]!;
  const top = { x: first.x, a: first.a, b: first.b, c: first.c, d: first.d };
  for (let i = 1; i < assess.length; i++) {
    const ass = assess[i]!;
    if (ass.a > top.a) top.a = ass.a;
    if (ass.b < top.b) top.b = ass.b;
    if (ass.c > top.c) top.c = ass.c;
    if (ass.d < top.d) top.d = ass.d;
    if (ass.x > top.x) top.x = ass.x;
  }
  const tops = assess.map((ass) => {
    let t = 0;
    t += (top.x - ass.x) * 1.5;
    if (ass.a >= top.a) t += 1;
    if (ass.b <= top.b) t += 1;
    t += top.c - ass.c;
    t += (ass.d < 0 ? top.d + ass.d : ass.d - top.d) * 1;
    return t;
  });
  let curri = 0;
  let maxs = tops[0]!;
  for (let i = 0; i < tops.length; i++) {
    const s = tops[i]!;
    if (s > maxs) {
      curri = i;
      maxs = s;
    } else if (s === maxs) {
      let a = 0;
      let b = 0;
      if (assess[i]!.c < assess[curri]!.c) a++;
      else b++;
      if (assess[i]!.a > assess[curri]!.a) a++;
      else b++;
      if (assess[i]!.x < assess[curri]!.x) a++;
      else b++;
      if (a > b) {
        curri = i;
        maxs = s;
      }
    }
  }
  return curri;
}

function dictTokenize(dict: WordDictionary, words: Word[]): Word[] {
  const ret: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (tagged(word)) {
      ret.push(word);
      continue;
    }
    const found = dictWords(dict, word.w, words[i - 1]);
    if (found.length < 1) {
      ret.push(word);
      continue;
    }
    let lastc = 0;
    for (const bw of found) {
      if (bw.c > lastc) ret.push({ w: word.w.substr(lastc, bw.c - lastc) });
      ret.push({ w: word.w.substr(bw.c, bw.len), p: bw.p });
      lastc = bw.c + bw.len;
    }
    const last = found[found.length - 1]!;
    if (last.c + last.len < word.w.length) ret.push({ w: word.w.substr(last.c + last.len) });
  }
  return ret;
}

// ---- optimizers ----

function optimizeEmail(words: Word[]): Word[] {
  let i = 0;
  let ie = words.length - 1;
  let start = -1;
  let hasAt = false;
  const joined = (ws: Word[]): string => ws.map((w) => w.w).join('');
  while (i < ie) {
    const word = words[i]!;
    const ascii = (!word.box && word.p === A_NX) || (!word.box && word.p === A_M && word.w.charCodeAt(0) < 128);
    if (start < 0 && ascii) {
      start = i;
      i++;
      continue;
    } else {
      if (!hasAt && word.w === '@') {
        hasAt = true;
        i++;
        continue;
      }
      if (hasAt && words[i - 1]!.w != '@' && !ascii && !(word.w in EMAILCHAR)) {
        const mail = words.slice(start, i);
        words.splice(start, mail.length, { w: joined(mail), p: URL_TAG });
        i = start + 1;
        ie -= mail.length - 1;
        start = -1;
        hasAt = false;
        continue;
      }
      if (start >= 0 && (ascii || word.w in EMAILCHAR)) {
        i++;
        continue;
      }
    }
    start = -1;
    hasAt = false;
    i++;
  }
  // as segmentit: `if (addr_start && …)` — an address starting at word 0 is not completed here
  if (start > 0 && hasAt && words[ie]) {
    const word = words[ie]!;
    const ascii = (!word.box && word.p === A_NX) || (!word.box && word.p === A_M && word.w in EMAILCHAR);
    if (ascii) {
      const mail = words.slice(start, words.length);
      words.splice(start, mail.length, { w: joined(mail), p: URL_TAG });
    }
  }
  return words;
}

function optimizeNames(words: Word[]): Word[] {
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    const next = words[i + 1];
    if (next) {
      if ((word.w === '小' || word.w === '老') && isFamily(next.w)) {
        words.splice(i, 2, { w: word.w + next.w, p: A_NR });
        i++;
        continue;
      }
      if (isFamily(word.w) && (num(next.p) & A_NR) > 0 && next.w.length <= 2) {
        words.splice(i, 2, { w: word.w + next.w, p: A_NR });
        i++;
        continue;
      }
      if (!word.p || !next.p) {
        if ((word.w in SINGLE_NAME && word.w === next.w) || (word.w in DOUBLE_NAME_1 && next.w in DOUBLE_NAME_2)) {
          words.splice(i, 2, { w: word.w + next.w, p: A_NR });
          const pre = words[i - 1];
          if (pre && isFamily(pre.w)) words.splice(i - 1, 2, { w: pre.w + word.w + next.w, p: A_NR });
          else i++;
          continue;
        }
      }
      if (isFamily(word.w) && (!word.p || !next.p)) words.splice(i, 2, { w: word.w + next.w, p: A_NR });
    }
    i++;
  }
  i = 0;
  while (i < words.length) {
    const word = words[i]!;
    const next = words[i + 1];
    if (next && isFamily(word.w) && next.w in SINGLE_NAME) {
      words.splice(i, 2, { w: word.w + next.w, p: A_NR });
      i++;
      continue;
    }
    i++;
  }
  return words;
}

function optimizeDict(dict: WordDictionary, words: Word[], again: boolean): Word[] {
  let i = 0;
  let ie = words.length - 1;
  while (i < ie) {
    const w1 = words[i]!;
    const w2 = words[i + 1]!;
    const nw = w1.w + w2.w;
    const p1 = num(w1.p);
    const p2 = num(w2.p);
    if (sameTag(w1, w2)) {
      const e = dict.find(nw, 0, nw.length);
      if (e >= 0) {
        words.splice(i, 2, { w: nw, p: dict.pos(e) });
        ie--;
        continue;
      }
    }
    if ((p1 & D_A) > 0 && p2 & D_U) {
      words.splice(i, 2, { w: nw, p: D_A });
      ie--;
      continue;
    }
    if ((p1 & A_M) > 0) {
      if ((p2 & A_M) > 0 || w2.w === '%') {
        words.splice(i, 2, { w: nw, p: A_M });
        ie--;
        continue;
      }
      if ((p2 & A_Q) > 0) {
        words.splice(i, 2, { w: nw, p: D_MQ });
        ie--;
        continue;
      }
      const w3 = words[i + 2];
      if (w3 && (num(w3.p) & A_M) > 0 && (w2.w === '.' || w2.w === '点' || w2.w === '分之')) {
        words.splice(i, 3, { w: nw + w3.w, p: A_M });
        ie -= 2;
        continue;
      }
    }
    if ((p1 & D_MQ) > 0 && w1.w.substr(-1) === '点' && p2 & A_M) {
      let i2 = 2;
      let w4w = '';
      for (let j = i + i2; j < ie; j++) {
        const w3 = words[j]!;
        if ((num(w3.p) & A_M) > 0) {
          w4w += w3.w;
          i2++;
        } else break;
      }
      words.splice(i, i2, { w: w1.w + w2.w + w4w, p: D_MQ });
      ie -= i2 - 1;
      continue;
    }
    i++;
  }
  return again ? optimizeDict(dict, words, false) : words;
}

function optimizeDatetime(words: Word[]): Word[] {
  let i = 0;
  let ie = words.length - 1;
  while (i < ie) {
    const w1 = words[i]!;
    const w2 = words[i + 1]!;
    if ((num(w1.p) & A_M) > 0 && w2.w in DATETIME) {
      let nw = w1.w + w2.w;
      let len = 2;
      for (;;) {
        const a = words[i + len];
        const b = words[i + len + 1];
        if (a && b && (num(a.p) & A_M) > 0 && b.w in DATETIME) {
          len += 2;
          nw += a.w + b.w;
        } else break;
      }
      words.splice(i, len, { w: nw, p: D_T });
      ie -= len - 1;
      continue;
    }
    i++;
  }
  return words;
}

/**
 * Segments text into words exactly as segmentit's default `Segment` does with
 * `doSegment(text, { simple: true })`.
 * @example segmentWords(dictionary(), '加强政务公开') // ['加强', '政务公开']
 */
export function segmentWords(dict: WordDictionary, text: string): string[] {
  const out: string[] = [];
  for (const raw of text.replace(/\r/g, '\n').split(/\n+/)) {
    const section = raw.trim();
    if (section.length < 1) continue;
    let words: Word[] = [{ w: section }];
    words = splitAround(words, matchUrl, (m) => ({ w: m.w, p: URL_TAG }));
    words = splitAround(words, matchPunctuation, (m) => ({ w: m.w, p: D_W }), true);
    words = words.flatMap((word) => (word.p ? [word] : splitForeign(word.w)));
    words = dictTokenize(dict, words);
    words = splitAround(words, matchName, (m) => ({ w: m.w, p: A_NR }));
    words = optimizeEmail(words);
    words = optimizeNames(words);
    words = optimizeDict(dict, words, true);
    words = optimizeDatetime(words);
    for (const w of words) out.push(w.w);
  }
  return out;
}
