const OPEN = '（(《“‘「『【〈';
const CLOSE = '）)》”’」』】〉';

/**
 * Splits text into sentences at 。！？；(and their half-width forms) outside brackets and
 * quotes. The terminator stays with its sentence.
 */
export function splitSentences(text: string, terminators = '。！？!?；;'): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    cur += ch;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && terminators.includes(ch)) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur.trim()) out.push(cur);
  return out;
}

/** Longest heading sentence we accept; longer first sentences are requirements in their own right. */
export const MAX_HEADING = 30;

/**
 * The heading of an item: its first sentence without the final 。, when that sentence is short and
 * more text follows it, and it is a phrase of at most two parts ("强化信息发布审核。严格落实…" → "强化信息发布审核";
 * "以项目建设为抓手，做好投资信息公开。及时公开…" → "以项目建设为抓手，做好投资信息公开"); otherwise "".
 */
export function headingOf(text: string): string {
  const sentences = splitSentences(text, '。！？!?');
  const first = sentences[0];
  if (!first || sentences.length < 2) return '';
  const heading = first.replace(/[。！？!?]$/, '');
  // headings pair a means with an aim (以…为抓手，做好…); a first sentence of three or more parts is already the requirement
  return heading.length <= MAX_HEADING && (heading.match(/[，,]/g) ?? []).length <= 1 ? heading : '';
}
