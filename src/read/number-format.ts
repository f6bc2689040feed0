/**
 * Renders list counters the way word processors do, for the number formats of Word's numFmt
 * (decimal, chineseCounting, ideographTraditional, decimalEnclosedCircle …) and ODF's num-format
 * ("1", "a", "i", "一, 二, 三, ...", "①, ②, ③, ..."). Unknown formats fall back to decimal.
 */
export function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'decimal':
    case 'decimalHalfWidth':
    case '1':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
    case '１, ２, ３, ...':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case '①, ②, ③, ...':
      return enclosedCircle(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'lowerLetter':
    case 'a':
      return letters(n, 'a');
    case 'upperLetter':
    case 'A':
      return letters(n, 'A');
    case 'lowerRoman':
    case 'i':
      return roman(n).toLowerCase();
    case 'upperRoman':
    case 'I':
      return roman(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographLegalTraditional':
    case '一, 二, 三, ...':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
    case '壹, 贰, 叁, ...':
      return chineseCounting(n, LEGAL);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return String(n).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)]!);
    case 'ideographTraditional':
    case '甲, 乙, 丙, ...':
      return cycle(n, '甲乙丙丁戊己庚辛壬癸');
    case 'ideographZodiac':
    case '子, 丑, 寅, ...':
      return cycle(n, '子丑寅卯辰巳午未申酉戌亥');
    default:
      return String(n);
  }
}

const DIGITS = '零一二三四五六七八九';
const LEGAL = '零壹贰叁肆伍陆柒捌玖';

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一, 1000 → 一千. */
function chineseCounting(n: number, digits = DIGITS): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = digits === LEGAL ? ['', '拾', '佰', '仟'] : ['', '十', '百', '千'];
  const parts = String(n).split('').map(Number).reverse();
  let out = '';
  let zero = false;
  for (let i = parts.length - 1; i >= 0; i--) {
    const d = parts[i]!;
    if (d === 0) {
      zero = out.length > 0;
      continue;
    }
    if (zero) out += digits[0];
    zero = false;
    out += digits[d]! + units[i];
  }
  // 十一 rather than 一十一 for 10–19
  return n >= 10 && n < 20 ? out.slice(1) : out;
}

function enclosedCircle(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCharCode(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCharCode(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCharCode(0x32b1 + n - 36);
  return String(n);
}

function letters(n: number, a: string): string {
  if (n <= 0) return String(n);
  // Word repeats the letter: a … z, aa … zz
  const letter = String.fromCharCode(a.charCodeAt(0) + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

function cycle(n: number, chars: string): string {
  return n >= 1 ? chars[(n - 1) % chars.length]! : String(n);
}
