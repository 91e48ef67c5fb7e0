/**
 * Every rule a diagnostic can name, with its severity and a one-line summary: the one list.
 * `diagnostic()` takes a `RuleId`, so a rule that is not here is a compile error; the
 * severity of a diagnostic is its rule's. docs/formats.md (“Rule ids”) lists every id and
 * only these (test/unit/rules.test.ts); what each rule reads is documented beside it there.
 */
/** How a maintainer should treat a diagnostic. */
export type Severity =
  /** something was wrong and was worked around (numbering skips, unknown unit …) */
  | 'warning'
  /** a guess the ingest made that a person should confirm (derived title, target to check …) */
  | 'review'
  /** what a rule did, listed so it can be checked (lines stripped, metadata read …) */
  | 'info';

export interface RuleSpec {
  severity: Severity;
  /** What the rule reports, in a line. */
  summary: string;
}

export const RULES = {
  // normalize: site chrome (src/ingest/recognisers/boilerplate.ts), one per stripped line
  'boilerplate/live and widget labels': { severity: 'info', summary: "a live report's update stamp, a share prompt, a Q&A site's placeholder or a gazette's masthead stripped" },
  'boilerplate/gambling keywords': { severity: 'info', summary: "a gambling site's keywords sown into a hijacked copy stripped" },
  'boilerplate/breadcrumb': { severity: 'info', summary: 'a breadcrumb line (首页 >> 政策 …) stripped' },
  'boilerplate/slash breadcrumb': { severity: 'info', summary: 'a breadcrumb of sections separated by slashes stripped' },
  'boilerplate/pipe breadcrumb': { severity: 'info', summary: 'a breadcrumb of portal sections separated by vertical bars stripped' },
  'boilerplate/page label': { severity: 'info', summary: 'a page label (详细内容, 正文 …) stripped' },
  'boilerplate/page tools': { severity: 'info', summary: 'a line of page tools (打印本页, 关闭窗口 …) stripped' },
  'boilerplate/page info': { severity: 'info', summary: 'a page-info line (发布日期 … 点击次数) stripped; its date kept as 发布日期' },
  'boilerplate/site header': { severity: 'info', summary: 'a site header, date widget or search box label stripped' },
  'boilerplate/photo caption': { severity: 'info', summary: "a photo's caption (…（某某 摄）, …（某部提供）, （资料照）, 图／…, 资料图片) stripped" },
  'boilerplate/disclaimer': { severity: 'info', summary: 'a “for reference only” disclaimer stripped' },
  'boilerplate/news credits': { severity: 'info', summary: 'a news page\'s credit line (责编, 原标题, 记者…／摄影) stripped' },
  'boilerplate/related links': { severity: 'info', summary: 'a link to related pages (相关解读, 延伸阅读) stripped' },
  'boilerplate/timestamp': { severity: 'info', summary: 'a publication time alone on a line stripped; its date kept as 发布日期' },
  'boilerplate/image file name': { severity: 'info', summary: 'an image file name stripped' },
  'boilerplate/download link': { severity: 'info', summary: 'a download link label stripped' },
  'boilerplate/site menu': { severity: 'info', summary: "a site's menu line before the page's first sentence stripped" },
  'boilerplate/document file info': { severity: 'info', summary: "a document-sharing site's file facts (格式, 大小 …) stripped" },
  'boilerplate/attachment file name': { severity: 'info', summary: 'a file name that is no annex reference stripped' },
  'boilerplate/empty tag residue': { severity: 'info', summary: 'a line of nothing but HTML tags stripped' },
  'boilerplate/table rule': { severity: 'info', summary: 'a line of nothing but pipes and rules (or dashes) stripped' },
  'boilerplate/site footer': { severity: 'info', summary: 'a site footer link (联系我们, 网站地图 …) stripped' },
  'boilerplate/site credits': { severity: 'info', summary: 'site credits (主办, 版权所有, ICP number) stripped' },
  'boilerplate/seo filler': { severity: 'info', summary: 'SEO filler words stripped' },
  'boilerplate/document site blurb': { severity: 'info', summary: 'a document-sharing site blurb (简介:…小编为你整理) stripped' },
  'boilerplate/footer links': { severity: 'info', summary: 'a footer line of links apart by pipes (服务条款, 免责声明 …) stripped' },
  'boilerplate/weather': { severity: 'info', summary: 'a news site weather box (晴时多云) stripped' },
  'boilerplate/link teaser': { severity: 'info', summary: 'a link to another story (👉…, …看这里) stripped' },
  'boilerplate/service offer': { severity: 'info', summary: 'a consultancy offer of its own services (欢迎联络…) stripped' },
  'boilerplate/service hotline': { severity: 'info', summary: "a firm's sales hotline (全国服务热线, 微信同号, a 400 number alone) stripped" },
  'boilerplate/date widget': { severity: 'info', summary: "a site's date box and greeting (今天是…星期四，欢迎光临本站) stripped" },
  'boilerplate/site navigation': { severity: 'info', summary: 'short navigation lines above a breadcrumb stripped' },
  // normalize: markup as received and line repairs
  'markup/heading': { severity: 'info', summary: 'Markdown heading marks (#) dropped; the heading read as structure' },
  'markup/numeral-heading': { severity: 'info', summary: 'a Markdown heading that is only a numeral (## 三) read as the part number 三、' },
  'markup/comment': { severity: 'info', summary: 'an HTML comment line stripped' },
  'markup/rule-line': { severity: 'info', summary: 'a Markdown rule line (---) stripped' },
  'markup/inline': { severity: 'info', summary: 'Markdown emphasis or link marks dropped, their text kept' },
  'markup/link-only': { severity: 'info', summary: 'a line of nothing but links or images (a menu, a footer) stripped' },
  'markup/reader-header': { severity: 'info', summary: "a web-page reader's header (Title:, URL Source:) read as portal metadata" },
  'first-part-split': { severity: 'info', summary: 'a lead-in and the first numbered part on one line (…如下：一、…), the second part opening the next line: cut before 一、' },
  'glyph-noise': { severity: 'info', summary: 'runs of decorative glyphs inside the text (■◆★) dropped' },
  'inline-markers-split': { severity: 'info', summary: 'a page saved as one line cut into lines at its numbering' },
  'chapter-article-run-in': { severity: 'info', summary: 'a chapter heading run into its first article cut apart' },
  'table/cell-lines': { severity: 'info', summary: 'a table printed one cell a line, each cell followed by a pipe, joined into its rows' },
  'table/rows': { severity: 'info', summary: 'lines whose cells are apart by tabs or pipes read as the rows of a table' },
  'lost-character': { severity: 'info', summary: 'a ? or U+FFFD a page lost in saving cut from the start of a line' },
  'pinyin-gloss': { severity: 'info', summary: 'pinyin glosses after Han characters dropped' },
  'spaced-number': { severity: 'info', summary: 'a number split by a space at its decimal point (after it or before it) joined' },
  // segment: the document's own elements (GB/T 9704), taken out of the text as metadata
  'annex/published-document': { severity: 'info', summary: 'a notice in prose publishes its attachment: the attached document is the body, its mark 附件 not published' },
  'element/copy-number': { severity: 'info', summary: '份号 (copy number) line taken out of the text' },
  'element/classification': { severity: 'info', summary: '密级 (classification) line taken out of the text' },
  'element/urgency': { severity: 'info', summary: '紧急程度 (urgency) line taken out of the text' },
  'element/issuer-mark': { severity: 'info', summary: '发文机关标志 (…文件) line taken out of the text' },
  'element/doc-number': { severity: 'info', summary: '发文字号 line taken out of the text, read as the 文号' },
  'element/signer': { severity: 'info', summary: '签发人 line taken out of the text' },
  'element/addressee': { severity: 'info', summary: '主送机关 line taken out of the text (the recogniser does not mark it yet)' },
  'element/cc': { severity: 'info', summary: '抄送 line taken out of the text' },
  'element/printing': { severity: 'info', summary: '印发机关和印发日期 line taken out of the text' },
  'element/end-mark': { severity: 'info', summary: "a press release's end mark (完) taken out of the text" },
  'element/release-time': { severity: 'info', summary: "the time under a press release's dateline (香港時間11時00分) taken out of the text" },
  'element/headnote': { severity: 'info', summary: "a law's 题注 (adoption and amendments) taken out of the text, published as its history" },
  // segment: page numbers, tables of contents, portal metadata
  'pdf-page-number': { severity: 'info', summary: 'a PDF page number stripped' },
  'toc/heading': { severity: 'info', summary: 'a table of contents under a 目录 heading stripped' },
  'toc/leaders-and-page-numbers': { severity: 'info', summary: 'a table of contents of dot leaders and page numbers stripped' },
  'toc/repeated-headings': { severity: 'info', summary: 'a table of contents (headings repeated by the body) stripped' },
  'toc/numbering-restarts': { severity: 'info', summary: 'a run of numbered headings whose numbering starts again after it stripped as a contents' },
  'toc/contents-to-end': { severity: 'info', summary: 'a table of contents whose body is missing stripped' },
  'toc/gazette': { severity: 'info', summary: "a gazette issue's contents (the titles of the documents it prints) stripped" },
  'toc-mismatch': { severity: 'warning', summary: 'the table of contents and the headings of the body disagree' },
  'portal-metadata': { severity: 'info', summary: 'the fields read from a portal metadata block' },
  'portal-metadata/disagree': { severity: 'review', summary: 'the metadata block printed twice with different values' },
  'portal-metadata/title-doc-number': { severity: 'info', summary: 'a 文号 printed before the title in 标题 dropped from it' },
  // sources: copies
  variant: { severity: 'info', summary: 'a seed is a copy of another document (not published on its own)' },
  'variant/normalised-comparison': { severity: 'info', summary: 'copies compared on Han characters and digits only' },
  'variant-near-miss': { severity: 'review', summary: 'a seed resembles another without being a copy' },
  // structure
  'numbering-skip': { severity: 'warning', summary: 'numbering skips a number' },
  'numbering-repeat': { severity: 'warning', summary: 'numbering restarts or repeats (the ids get a letter: 1-b)' },
  'no-structure': { severity: 'warning', summary: 'no numbered part: the text is published as paragraphs' },
  'qa-pairs': { severity: 'info', summary: 'an unnumbered body of questions and answers read as provisions' },
  'sentence-item': { severity: 'info', summary: 'an item that is one sentence published as text, not a heading' },
  // records: metadata, boundaries, units
  'metadata-conflict': { severity: 'review', summary: 'the manifest, the document and its portal block disagree on a fact' },
  'issuer/announcer': { severity: 'review', summary: 'the issuer read from a news report lead (the body it names as announcing the policy)' },
  'metadata-missing': { severity: 'review', summary: 'issuer, 文号 or date: neither the manifest nor the document gives it (shown as unknown)' },
  'metadata-from-document': { severity: 'review', summary: "a fact the manifest leaves null, read from the document's own elements" },
  'title-derived': { severity: 'review', summary: 'a title the manifest leaves null, derived from the document' },
  'boundary/digest': { severity: 'review', summary: "a page's own digest of a document whose text it does not print, published as the text (lines before the title kept)" },
  'boundary/before-title': { severity: 'info', summary: "a line before the document's title not published" },
  'boundary/before-addressee': { severity: 'review', summary: "a page's lead between a notice's title and its 主送 line (a reposting site's digest) not published" },
  'boundary/page-furniture': { severity: 'info', summary: 'a page-furniture line before the text not published' },
  'boundary/after-end': { severity: 'info', summary: "a line of the page after the document's end (相关新闻, the title again) not published" },
  'boundary/after-text': { severity: 'review', summary: 'lines after the last line of wording that are no element of a document (related headlines, teasers, appeals) not published' },
  'boundary/dateline': { severity: 'info', summary: "a news article's opening dateline or byline (新华社北京3月5日电, 【某报讯】记者…报道：) cut from its line" },
  'boundary/byline': { severity: 'info', summary: "a news article's closing byline (（记者陈岩）, ■记者 郭兆东) cut from the end of its line" },
  'units/other-jurisdiction': { severity: 'info', summary: "a document from another place: its units are shown as printed, not linked to Chongqing's" },
  'unknown-unit': { severity: 'warning', summary: 'a unit name not in content/units.yaml' },
  'empty-measure': { severity: 'warning', summary: 'measures with a heading and no text' },
  'task-table': { severity: 'warning', summary: 'a problem reading a task table annex' },
  'task-table/body': { severity: 'info', summary: 'a task table in the body read from cells apart by spaces, or from table rows by its header\'s columns' },
  'task-table/not-read': { severity: 'warning', summary: 'a task table in the body not read: published as text only' },
  'task-unlinked': { severity: 'warning', summary: 'a task row linked to no measure' },
  'assignment/first-listed-leads': { severity: 'info', summary: '责任单位 without 牵头: the first unit listed taken as the lead' },
  'assignment/lead-verb': { severity: 'info', summary: 'units read from a 由…牵头 phrase' },
  'assignment/shared-duty': { severity: 'info', summary: 'units read from a list of units sharing a duty' },
  'assignment/trailing-label': { severity: 'info', summary: 'units read from a list after the text with a trailing label' },
  'assignment/part-closing-label': { severity: 'info', summary: "a measure's units read from the line of labelled lists that closes its part" },
  'assignment/heading': { severity: 'info', summary: "a part heading's units (一、…（区科技局牵头）) assigned to its measures that name none" },
  'assignment/by-lead': { severity: 'info', summary: 'an assignment in running text (由A牵头, 由A会同B制定): A leads, B supports' },
  'assignment/unlabelled-list': { severity: 'info', summary: 'units read from a bracketed list of units alone (（A、B）, 〔A、B〕): the first leads' },
  'assignment/duty-subject': { severity: 'info', summary: "a legislative text's duty: the body a sentence opens with leads" },
  // records: figures by kind (src/ingest/recognisers/figures.ts, targets.ts)
  'figure/ordinal': { severity: 'info', summary: 'an ordinal (第N), not a count' },
  'figure/quoted-name': { severity: 'info', summary: 'a count inside a short quotation (“十件实事”) names a programme, not a target' },
  'figure/list-count': { severity: 'info', summary: 'the count of the list before it (A、B等N个), not a target' },
  'figure/time-limit': { severity: 'info', summary: 'a span of time within which something is done (6个月内), not a target' },
  'figure/instalment': { severity: 'info', summary: 'a share of the support paid at a stage (开工后支付20%), no benefit of its own' },
  'figure/threshold': { severity: 'info', summary: 'a threshold (N以上的…: who or what qualifies), not a target' },
  'figure/benefit': { severity: 'info', summary: 'a benefit (support granted), published in benefits.json, not a target' },
  'figure/benefit-table': { severity: 'info', summary: "a table's amount read as a benefit: its header names a column of support amounts (奖励金额, 补助标准)" },
  'figure/matching-ratio': { severity: 'info', summary: 'a matching ratio read as the support per 1 of the applicant\'s own, in the order its label or wording gives' },
  'figure/indicator-table': { severity: 'info', summary: "an indicator table's goals (a row's value in a column of a target year) read as targets" },
  'figure/repeated': { severity: 'info', summary: 'a figure stated again in the same sentence (a repeated headline or list) published once' },
  'figure/relative-year': { severity: 'info', summary: "今年 (and 年内, 全年) and 明年 read as the document's year (or its page's) and the next" },
  'figure/page-date': { severity: 'info', summary: "a document with no date of its own has its figures read as of its page's publication date" },
  'figure/currency': { severity: 'info', summary: 'amounts in plain 元 read in the currency of the place the text is from (港元, 新台币, 澳门元)' },
  'figure/statistic': { severity: 'review', summary: 'a statistic (where things stand now or in a past year), not a target' },
  'figure/forecast': { severity: 'review', summary: 'an estimate or projection (估计, 推算, 可能, 料将), not a goal the text sets' },
  'figure/statutory-rule': { severity: 'review', summary: 'a statutory rule (a limit without a target year), not a target' },
  'figure/in-title': { severity: 'info', summary: "the figures of the document's title line not read (a headline restates its text)" },
  'figure/leveraged': { severity: 'info', summary: 'investment a measure has brought (已带动…投资N亿元), a statistic, never support' },
  'figure/earmark': { severity: 'review', summary: 'funds set aside for a use (资金的N%用于…, 安排N万元用于…), not a target' },
  'figure/chinese-numeral': { severity: 'info', summary: 'a target written in Chinese numerals (百分之四, 五千亿)' },
  'figure/number-first': { severity: 'info', summary: 'a target whose number comes first (90%以上的研发机构…)' },
  'figure/legislative-text': { severity: 'info', summary: "a legislative text's figure without a year: a rule, not a target" },
  'figure/traditional-folded': { severity: 'info', summary: 'figures of a Traditional-character text read on its Simplified reading' },
  'figure/shared-unit': { severity: 'info', summary: 'numbers listed with 、 take the unit of the figure the list ends with' },
  'figure/undated-no-goal': { severity: 'info', summary: 'an undated figure of a text that is no plan, with no goal wording: not a target' },
  'target-unknown-unit': { severity: 'review', summary: 'a number in an unknown unit of measure, not read as a target' },
  'target-review': { severity: 'review', summary: 'a target to confirm (no year, an odd value …)' },
  'period-year': { severity: 'info', summary: "a target's year taken from a one-year plan period" },
  'paragraph-year': { severity: 'info', summary: "a target's year taken from the sentence that opens its paragraph" },
  'targets/preamble': { severity: 'info', summary: 'targets read from the text before the first numbered part' },
  coverage: { severity: 'warning', summary: 'characters of the source in neither the output nor the stripped lines' },
  // overrides, tags, translations, briefs
  'override-applied': { severity: 'info', summary: 'a reviewed target override applied' },
  'override-stale': { severity: 'warning', summary: 'an override names a measure or target that does not exist' },
  'override-unquoted': { severity: 'warning', summary: "a tag override's reason does not quote the measure's words" },
  untagged: { severity: 'review', summary: 'measures the taxonomy gives no audience or no instrument' },
  'translation-pending': { severity: 'review', summary: 'text segments without English' },
  'translation-stale': { severity: 'warning', summary: 'English kept for Chinese that has changed' },
  'translation-orphan': { severity: 'warning', summary: 'a translation whose segment no longer exists' },
  // translation memory and QA (src/translation/, docs/translators.md)
  'translation-reused': { severity: 'info', summary: 'English taken from an identical Chinese segment of another policy (translation memory)' },
  'translation-near-match': { severity: 'review', summary: 'a similar translated segment: its English is proposed (needs-review), differences marked' },
  'translation-needs-review': { severity: 'review', summary: "proposals of the translation memory awaiting a person's confirmation (published as pending)" },
  'translation-qa/figure-missing': { severity: 'warning', summary: 'a figure of the Chinese is not in the English' },
  'translation-qa/figure-extra': { severity: 'warning', summary: 'a figure the English writes in digits is not in the Chinese' },
  'translation-qa/glossary': { severity: 'warning', summary: 'a glossary term is not rendered with its agreed English' },
  'translation-qa/unit-name': { severity: 'warning', summary: 'a responsible unit is not named with its units.yaml English' },
  'translation-qa/han': { severity: 'warning', summary: 'Chinese characters left in the English' },
  'translation-qa/empty': { severity: 'warning', summary: 'an empty English translation' },
  'translation-qa/identical': { severity: 'warning', summary: 'an English translation that is the Chinese source' },
  'translation-qa/too-short': { severity: 'warning', summary: 'an English translation far shorter than its Chinese (under 2 characters per character)' },
  renumbered: { severity: 'warning', summary: 'a provision moved: the ids after it changed' },
  'brief-missing': { severity: 'info', summary: 'a published policy without an “In brief” explainer' },
  'brief-policy-unknown': { severity: 'warning', summary: 'a brief of a policy that is not published' },
  'brief-source-unknown': { severity: 'warning', summary: 'a brief cites an id the site cannot link' },
  // documents as received, converted before the pipeline (src/ingest/received/)
  'received/format': { severity: 'info', summary: 'a web page, Word file or PDF converted to text before the pipeline' },
  'received/html-in-text': { severity: 'info', summary: 'a .txt file holding a web page\'s source read as a web page' },
  'received/encoding': { severity: 'info', summary: 'the encoding a page or a GB18030/Big5 text was read in, and why' },
  'received/attachment-in-seeds': { severity: 'info', summary: 'an attachment the page links to is another seed' },
  'received/attachment-missing': { severity: 'review', summary: 'an attachment the page links to is not in seeds/' },
  'html/encoding-mismatch': { severity: 'warning', summary: 'a page declares one encoding but is written in another' },
  'html/chrome': { severity: 'info', summary: 'page elements that are never the document (nav, header, footer, script …) left out' },
  'html/chrome-class': { severity: 'info', summary: 'elements whose class or id names page chrome (share, print, breadcrumb …) left out' },
  'html/main-content': { severity: 'info', summary: 'the element holding the document, found by how much text it holds outside links' },
  'html/metadata-table': { severity: 'info', summary: 'a portal metadata table (索引号, 发文机关 …) written as label：value lines' },
  'html/title': { severity: 'info', summary: 'the title printed above the document taken as its first line' },
  'html/task-table': { severity: 'info', summary: 'a task table read by its cells (lead and supporting units by column)' },
  'html/merged-cells': { severity: 'info', summary: 'a table cell merged across rows repeated in each row it spans' },
  'html/table': { severity: 'info', summary: 'a table written one row a line, cells apart' },
  'html/list-number': { severity: 'info', summary: 'the numbers of an ordered list written before its items' },
  'docx/numbering': { severity: 'info', summary: "Word's automatic numbering (一、 （一） 1.) written into the text" },
  'docx/numbering-unmatched': { severity: 'warning', summary: 'numbered paragraphs of a Word file whose numbering could not be read' },
  'docx/footnote': { severity: 'info', summary: 'a footnote or endnote written at the end as [n] text' },
  'docx/style': { severity: 'info', summary: 'a Word style with no mapping: its text kept as a paragraph' },
  'docx/message': { severity: 'warning', summary: 'a problem the Word converter (mammoth) reports' },
  'pdf/lines': { severity: 'info', summary: 'lines rebuilt from positioned text and joined into paragraphs' },
  'pdf/page-join': { severity: 'info', summary: 'paragraphs that run on across a page break joined' },
  'pdf/running-header': { severity: 'info', summary: 'a running header or footer repeated on the pages left out' },
  'pdf/page-number': { severity: 'info', summary: 'page numbers left out' },
  'pdf/table': { severity: 'info', summary: 'a PDF table whose cells line up read by its cells' },
  'pdf/table-not-read': { severity: 'warning', summary: 'lines that look like a table whose cells do not line up, kept as text' },
  'pdf/radicals': { severity: 'info', summary: 'radical code points a PDF font gives for characters replaced by the characters' },
  // write (printed by the CLI, not in the report)
  'write-recovered': { severity: 'warning', summary: 'an interrupted earlier run finished or undone' },
  'write-leftover': { severity: 'warning', summary: 'the staging folder could not be deleted' },
} as const satisfies Record<string, RuleSpec>;

/** The id of a rule: a key of RULES (an unknown id does not compile). */
export type RuleId = keyof typeof RULES;

/** The name of a chrome rule (recognisers/boilerplate.ts): its id without `boilerplate/`. */
export type BoilerplateName = RuleId extends infer Id ? (Id extends `boilerplate/${infer Name}` ? Name : never) : never;

/** The severity of a rule's diagnostics. */
export const severityOf = (rule: RuleId): Severity => RULES[rule].severity;

/** Whether a string is a rule id (for ids read back from a report). */
export const isRuleId = (id: string): id is RuleId => Object.hasOwn(RULES, id);
