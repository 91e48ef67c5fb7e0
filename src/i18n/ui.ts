/** Interface strings in both languages, and the locale helpers pages use. */
export type Lang = 'zh' | 'en';
export const LANGS: Lang[] = ['zh', 'en'];

/** The BCP 47 tag of a site language (for lang attributes). */
export const htmlLang = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en');

/** The other language. */
export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

/** A site path in a language: localized('/policies/', 'en') → /en/policies/. */
export function localized(path: string, lang: Lang): string {
  const clean = path.startsWith('/en/') ? path.slice(3) : path === '/en' ? '/' : path;
  return lang === 'en' ? `/en${clean}` : clean;
}

/** The language of a site path. */
export const langOfPath = (path: string): Lang => (path === '/en' || path.startsWith('/en/') ? 'en' : 'zh');

const strings = {
  siteName: { zh: '重庆创新驱动政策解读', en: 'Chongqing Innovation Policies Explained' },
  siteDescription: { zh: '重庆市创新驱动发展政策的原文、措施、责任单位和量化目标，中英双语。', en: 'Texts, measures, responsible units and targets of Chongqing’s innovation-driven development policies, in Chinese and English.' },
  skip: { zh: '跳到正文', en: 'Skip to content' },
  home: { zh: '首页', en: 'Home' },
  policies: { zh: '政策文件', en: 'Policies' },
  units: { zh: '责任单位', en: 'Responsible units' },
  targets: { zh: '量化目标', en: 'Targets' },
  search: { zh: '搜索', en: 'Search' },
  glossary: { zh: '术语表', en: 'Glossary' },
  finder: { zh: '支持措施查找', en: 'Support finder' },
  about: { zh: '关于与数据', en: 'About & data' },
  searchPlaceholder: { zh: '搜索政策、措施、单位…', en: 'Search policies, measures, units…' },
  switchTo: { zh: 'English', en: '中文' },
  switchLabel: { zh: 'Read this page in English', en: '阅读本页中文版' },
  mainNav: { zh: '主导航', en: 'Main navigation' },
  breadcrumb: { zh: '位置', en: 'Breadcrumb' },
  issuer: { zh: '发布机关', en: 'Issued by' },
  docNumber: { zh: '文号', en: 'Document number' },
  issued: { zh: '成文日期', en: 'Date' },
  period: { zh: '规划期', en: 'Plan period' },
  status: { zh: '状态', en: 'Status' },
  sources: { zh: '来源', en: 'Sources' },
  notPublished: { zh: '未公布', en: 'not published' },
  contact: { zh: '联系方式', en: 'How to reach them' },
  website: { zh: '网站', en: 'Website' },
  address: { zh: '地址', en: 'Address' },
  phone: { zh: '电话', en: 'Phone' },
  contactSources: { zh: '来源', en: 'Sources' },
  seenOn: { zh: '查阅于', en: 'seen' },
  contactUnknown: { zh: '未找到公开的联系方式（本站只发布有公开来源的信息）。', en: 'No public contact details found (the site publishes only what a public source states).' },
  contactViaSuccessor: { zh: '该单位已在机构改革中调整，请联系：', en: 'This unit was reorganised; contact its successor:' },
  contactGroup: { zh: '这是一组单位，没有统一的联系方式。', en: 'This is a group of units, with no single contact.' },
  notStated: { zh: '文件未载明', en: 'not stated in the document' },
  periodEnded: { zh: '规划期已结束', en: 'plan period has ended' },
  periodRunning: { zh: '规划期内', en: 'within its plan period' },
  contents: { zh: '目录', en: 'Contents' },
  fullText: { zh: '全文', en: 'Full text' },
  lead: { zh: '牵头单位', en: 'Lead units' },
  support: { zh: '配合单位', en: 'Supporting units' },
  deadline: { zh: '完成时限', en: 'Deadline' },
  none: { zh: '文件未载明', en: 'not stated' },
  tasks: { zh: '分工任务', en: 'Assigned tasks' },
  taskTable: { zh: '附件：工作任务分工表', en: 'Annex: allocation of key tasks' },
  seq: { zh: '序号', en: 'No.' },
  task: { zh: '重点任务', en: 'Key task' },
  previous: { zh: '上一条', en: 'Previous' },
  next: { zh: '下一条', en: 'Next' },
  viewInText: { zh: '在全文中查看', en: 'View in the full text' },
  copyLink: { zh: '复制链接', en: 'Copy link' },
  linkTo: { zh: '本条链接', en: 'Link to this provision' },
  /** Before a provision's heading in its anchor link's label (“本条链接：一、总则”, “Link to 1. General requirements”). */
  anchorLabel: { zh: '本条链接：', en: 'Link to ' },
  pending: { zh: '英文译文尚未完成，此处显示中文原文。', en: 'Translation pending: the Chinese original is shown.' },
  stale: { zh: '英文译文可能过时：中文原文在翻译后有改动，旁边显示现行中文。', en: 'Translation may be outdated: the Chinese text has changed since it was translated. The current Chinese is shown beside it.' },
  ownTranslation: { zh: '本站的英文标题和正文均为本站自译，尚无已知的官方英文版本。', en: 'English titles and texts on this site are its own translations; no official English versions are known.' },
  year: { zh: '年份', en: 'Year' },
  value: { zh: '目标值', en: 'Target' },
  indicator: { zh: '指标', en: 'Indicator' },
  scope: { zh: '范围', en: 'Scope' },
  policy: { zh: '政策', en: 'Policy' },
  measure: { zh: '措施', en: 'Measure' },
  everyYear: { zh: '每年', en: 'every year' },
  noYear: { zh: '未载明年份', en: 'no year given' },
  alsoKnownAs: { zh: '文件中出现的名称', en: 'Names used in the documents' },
  successor: { zh: '2018年机构改革后', en: 'After the 2018 reform' },
  unverified: { zh: '（英文名称未经核实）', en: '(English name not verified)' },
  kind: { zh: '类型', en: 'Kind' },
  notFoundTitle: { zh: '页面不存在', en: 'Page not found' },
  notFoundText: { zh: '没有找到这个页面。可以从首页或搜索开始。', en: 'This page does not exist. Start from the home page or search.' },
} as const;

export type StringKey = keyof typeof strings;

/** An interface string in a language. */
export function t(key: StringKey, lang: Lang): string {
  return strings[key][lang];
}

const UNIT_KINDS = {
  department: { zh: '市级部门', en: 'Municipal department' },
  'party-organ': { zh: '党委机构', en: 'Party body' },
  'zone-committee': { zh: '园区管委会', en: 'Zone administrative committee' },
  'central-office': { zh: '中央驻渝机构', en: 'Local office of a central body' },
  organization: { zh: '社会组织', en: 'Organization' },
  group: { zh: '单位集合', en: 'Group of units' },
} as const;

/** The label of a unit kind. */
export const unitKindLabel = (kind: keyof typeof UNIT_KINDS, lang: Lang) => UNIT_KINDS[kind][lang];

/**
 * Labels of the search page's "kind" filter values. The index stores each page's kind in its own
 * language (措施 on Chinese pages, measure on English ones); with the other language merged both
 * appear, so every stored value maps to one label per language.
 */
const SEARCH_KINDS: Record<string, { zh: string; en: string }> = {
  measure: { zh: '措施', en: 'Measure' },
  policy: { zh: '政策', en: 'Policy' },
  unit: { zh: '单位', en: 'Unit' },
  targets: { zh: '目标', en: 'Targets' },
  theme: { zh: '主题', en: 'Theme' },
  glossary: { zh: '术语', en: 'Glossary' },
};
for (const v of Object.values({ ...SEARCH_KINDS })) SEARCH_KINDS[v.zh] = v;

/** All kind-value labels of one language, keyed by the stored value (both languages' values). */
export const searchKindLabels = (lang: Lang): Record<string, string> => Object.fromEntries(Object.entries(SEARCH_KINDS).map(([k, v]) => [k, v[lang]]));
