/**
 * Rule issuer/announcer: a news report of a policy prints no signature of its own; its lead names the body that
 * announces the policy (台北市青年局今天宣布…, 行政院国家发展基金管理会（以下简称国发基金）3日宣布…). With no issuer from
 * the manifest, the document's elements or its portal block, that body is read as the issuer, for review.
 */
import type { Paragraph } from '../lines.ts';
import { foldTraditional } from './traditional-fold.ts';

/** How a body's name ends (局, 署, 委员会, 人民政府, 管理会, 中心 …). */
const BODY_END = '(?:局|署|部|委员会|管理会|委|厅|处|人民政府|政府|县府|市府|办公室|办公厅|中心|基金会)';
/** A verb of announcing right after the body, a day or 今天 between them allowed. */
const ANNOUNCES = '(?:今天|今日|昨天|昨日|日前|近日|\\d{1,2}日|在[^，。；]{1,12}?)?(?:正式)?(?:宣布|公布|发布|推出|表示|公告|宣示|办理|开办|启动|实施|订定|修正|响应)';
const ANNOUNCER = new RegExp(
  `(?:^|[，。；：\\s”」）)])((?:\\p{Script=Han}){1,20}?${BODY_END})(?:[（(][^（）()]{1,20}[）)])?${ANNOUNCES}`,
  'u',
);

/** Words that end like a body's name and are none. */
const NOT_A_BODY = /(?:变局|格局|布局|大局|全局|结局|开局|时局|政局|当局|全部|内部|外部|东部|西部|南部|北部|中部|局部|干部|总部)$/;

/** How many paragraphs of the text the lead may take: a report names its announcer at once. */
const LEAD_PARAGRAPHS = 3;

/** The body a news report's lead names as announcing, with its line, or null. Takes the paragraphs as printed. */
export function announcerOf(paragraphs: readonly Paragraph[]): { issuer: string; line: number } | null {
  for (const p of paragraphs.filter((x) => /[。；！？]/.test(x.text)).slice(0, LEAD_PARAGRAPHS)) {
    const read = foldTraditional(p.text);
    const m = ANNOUNCER.exec(read);
    // a word that ends like a body is none (变局, 格局, 布局, 全部, 东部 …)
    if (m && NOT_A_BODY.test(m[1]!)) continue;
    // the body as printed (the folded reading keeps the printed text's length)
    if (m) return { issuer: p.text.slice(m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf(m[1]!) + m[1]!.length), line: p.line };
  }
  return null;
}
