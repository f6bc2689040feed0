/**
 * Site chrome of government web pages: the parts around the article (navigation, breadcrumbs,
 * tool bars, related links, the footer with the site's registration numbers).
 */

/** class or id words of elements that hold chrome. */
const CHROME_NAME = /(^|[\s_-])(nav|navbar|menu|menus|footer|foot|breadcrumbs?|crumbs?|position|location|dqwz|weizhi|related|xgwz|xglj|share|fenxiang|copyright|banner|sidebar|toolbar|tools|header|topbar|search)(?=$|[\s_\d-])/i;

/** Tags that are chrome by nature. */
const CHROME_TAG = new Set(['nav', 'aside']);

/** Whether an element is site chrome by its tag, class or id. */
export function isChromeElement(tag: string, attribs: Record<string, string>): boolean {
  if (CHROME_TAG.has(tag)) return true;
  const names = `${attribs.class ?? ''} ${attribs.id ?? ''}`;
  return names.trim() !== '' && CHROME_NAME.test(names);
}

/** Kinds of chrome lines, as the warning names them. */
export type ChromeKind = 'breadcrumb' | 'related links' | 'site footer' | 'page tools' | 'previous/next links';

const LINE_KINDS: [RegExp, ChromeKind][] = [
  [/(当前位置|您的位置|您现在的位置|所在位置|当前所在位置)[:：]|^首页\s*[>＞»›]|[>＞»›]\s*正文\s*$/, 'breadcrumb'],
  [/^(【\s*)?(相关链接|相关文章|相关阅读|相关新闻|相关信息|相关文件|相关解读|延伸阅读)(\s*】)?[:：]?/, 'related links'],
  [/网站标识码|ICP\s*备|ICP\s*证|公网安备|版权所有|Copyright|©/i, 'site footer'],
  [/打印本页|关闭窗口|【\s*打印\s*】|【\s*关闭\s*】|【\s*字[体号][:：]?|字[体号][:：]\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中|【\s*收藏\s*】|^(打印|关闭|返回顶部)$/, 'page tools'],
  [/^(上一篇|下一篇|上一条|下一条)[:：]?/, 'previous/next links'],
];

/** Words that are chrome only on a short line: a plan may well ask to improve the 网站地图. */
const SHORT_LINE_KINDS: [RegExp, ChromeKind][] = [
  [/网站地图|联系我们|主办单位[:：]|承办单位[:：]|技术支持[:：]|建议使用.{0,20}浏览器|分辨率/, 'site footer'],
  [/分享到|扫一扫|浏览次数|访问次数|阅读次数|点击数[:：]|加入收藏|返回顶部/, 'page tools'],
];

/** The kind of chrome a short line is, or null for a line of the article. */
export function chromeLineKind(text: string): ChromeKind | null {
  if (text.length > 160) return null;
  for (const [re, kind] of LINE_KINDS) if (re.test(text)) return kind;
  if (text.length <= 40) for (const [re, kind] of SHORT_LINE_KINDS) if (re.test(text)) return kind;
  return null;
}
