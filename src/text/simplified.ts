import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

/**
 * 320 traditional-only characters common in government documents (開 區 務 單 關 發 門 …): the
 * traditional forms of the most frequent changing characters of the seed plans (OpenCC cn→tw),
 * none of which occurs in simplified text.
 */
const COMMON_TRADITIONAL = new Set(
  '開區務單關發門實辦強規責時業進網動設點會體範臺項鎮準對讀頭確縣級標牽堅領監統機審眾長報現應題執場為層問運結詢與圍決導稅況資經農國內據嚴請諮穩調廳遼態權繞產線費號專納過數戶類復輿議認營協積極組礎熱廣陽當錄環聯財續護稱衛訓學於寧將濟聞個電輸傳條計優創響編並質欄評負檢間總構擴風後幫補屬鄉織見轉適約貫徹職舉遊減較庫圖貼誤險醫預選識洩際劃隱術員達匯養採籌試視種績紓維崗講綜慮誰處變別驗舊黨曉療參隊載饋揮獲論測難徵則莊給爭氣滿習話絡無錯聲歸檔戰訴勵兒興壯團異豐慣陣遞訪擬擇帶來賬歷義針飲競僅記讓幹災備證兩們釋聽鍵節須鏈談絕購許繼撐閱頻館諧貧雙債藥階華細蹤輪頂著東諾書鋒綠脫觀價隨蓋額餘擊溝說樣沒勢訂齊買肅夠鞏閉輯盡屆違樓籤討側汙驟曬亂車償還礦樞紐衝緒',
);

/**
 * Whether a text is written in traditional characters: a cheap scan for common traditional-only
 * characters (at least 3, and at least 2% of the ideographs), so simplified documents never pay
 * for building the converter.
 * @example isTraditional('各區人民政府，市政府各委、辦、局') // → true
 */
export function isTraditional(text: string): boolean {
  let hits = 0;
  let ideographs = 0;
  for (const ch of text) {
    if (ch >= '\u4e00' && ch <= '\u9fff') {
      ideographs++;
      if (COMMON_TRADITIONAL.has(ch)) hits++;
    }
  }
  return hits >= 3 && hits >= ideographs * 0.02;
}

function pairs(dict: string): [string, string][] {
  return dict.split('|').map((p) => {
    const [from, to] = p.split(' ');
    return [from!, to!];
  });
}

let convert: ((s: string) => string) | null = null;
/**
 * OpenCC's traditional→simplified phrases and characters (the t2s configuration), keeping only
 * mappings that preserve length in UTF-16 code units (a few rare characters map to astral ones),
 * plus the Taiwan/Hong Kong variants whose standard form TSCharacters knows (敍 → 叙, 衞 → 卫).
 * Built on first use.
 */
function converter(): (s: string) => string {
  convert ??= longestMatchConverter(simplifiedEntries());
  return convert;
}

/** The length-preserving t2s entries, in the order OpenCC would load them (a later key overrides). */
export function simplifiedEntries(): [string, string][] {
  const chars = new Map(pairs(TSCharacters));
  const variants = [...pairs(TWVariantsRev), ...pairs(HKVariantsRev)]
    .map(([variant, standard]): [string, string] => [variant, chars.get(standard) ?? standard])
    .filter(([v, s]) => !chars.has(v) && v !== s);
  return [...chars, ...variants, ...pairs(TSPhrases)].filter(([a, b]) => a.length === b.length);
}

/**
 * OpenCC's conversion (opencc-js CustomConverter: at each position the longest key that matches
 * is replaced, a later entry of a key overriding an earlier one; an ideographic description
 * sequence is passed over whole) over a flat table instead of a trie of maps: building it is a
 * map of the keys and, per first character, the longest key length — a few milliseconds where the
 * trie took tens, paid by every process that compares.
 */
export function longestMatchConverter(entries: [string, string][]): (s: string) => string {
  const values = new Map<string, string>();
  // longest key per first UTF-16 unit (0: no key starts with it)
  const longest = new Uint8Array(0x10000);
  for (const [key, value] of entries) {
    if (!key) continue;
    values.set(key, value);
    const c = key.charCodeAt(0);
    longest[c] = Math.max(longest[c]!, Math.min(key.length, 255));
  }
  return (s) => {
    let out = '';
    let from = 0; // start of the text not yet copied
    for (let i = 0; i < s.length; ) {
      const max = longest[s.charCodeAt(i)]!;
      let matched = 0;
      let value = '';
      for (let len = Math.min(max, s.length - i); len > 0; len--) {
        const v = values.get(len === 1 ? s[i]! : s.slice(i, i + len));
        if (v !== undefined) {
          matched = len;
          value = v;
          break;
        }
      }
      if (matched) {
        if (from < i) out += s.slice(from, i);
        out += value;
        i += matched;
        from = i;
      } else {
        i += unmatchedLength(s, i);
      }
    }
    return from === 0 ? s : from < s.length ? out + s.slice(from) : out;
  };
}

function codePointLength(s: string, i: number): number {
  return s.codePointAt(i)! > 0xffff ? 2 : 1;
}

function descriptionArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

/** End of the ideographic description sequence at i (⿰氵每), 0 when none starts there. */
function descriptionEnd(s: string, i: number): number {
  const arity = descriptionArity(s.codePointAt(i)!);
  if (arity === 0) return 0;
  let end = i + codePointLength(s, i);
  for (let n = 0; n < arity; n++) {
    if (end >= s.length) return 0;
    const child = descriptionEnd(s, end);
    end = child || end + codePointLength(s, end);
  }
  return end;
}

function unmatchedLength(s: string, i: number): number {
  const end = descriptionEnd(s, i);
  return end > i ? end - i : codePointLength(s, i);
}

/**
 * Traditional/variant → simplified with OpenCC's dictionaries. The result has exactly the length
 * of the input in UTF-16 code units, so an offset in one is the same place in the other.
 * @example toSimplified('責任單位') // → '责任单位'
 */
export function toSimplified(s: string): string {
  return converter()(s);
}
