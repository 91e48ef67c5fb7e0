/**
 * Web-page boilerplate that scraped copies carry around the document text.
 * Each rule names what it removes; every removed line is listed in the ingest report.
 * Add a rule here when a new source site brings new chrome (and a test with its line).
 */
export interface BoilerplateRule {
  name: string;
  pattern: RegExp;
}

export const BOILERPLATE_RULES: BoilerplateRule[] = [
  { name: 'breadcrumb', pattern: /^(首页|首頁|当前位置|當前位置)\s*(>>|>|»|›)/ },
  { name: 'page label', pattern: /^(详细内容|詳細內容|正文|字号[:：].*|打印本页|关闭窗口)$/ },
  { name: 'image file name', pattern: /^\S+\.(png|jpe?g|gif|svg|webp|bmp)$/i },
  {
    name: 'site footer',
    pattern: /^(政策订阅|客服中心|新浪微博|扫描关注微信公众号|联系我们|相关词条|热门词条|相關詞條|熱門詞條|聯絡我們|返回顶部|分享到)$/,
  },
  { name: 'seo filler', pattern: /^(seo\s*)+$/i },
];

/** The rule a (trimmed) line matches, or null when the line is document text. */
export function matchBoilerplate(line: string): BoilerplateRule | null {
  const t = line.trim();
  if (!t) return null;
  return BOILERPLATE_RULES.find((r) => r.pattern.test(t)) ?? null;
}
