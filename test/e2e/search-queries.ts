/**
 * Realistic search queries, each with the page(s) that must be among its first five results
 * (recall@5, measured by site.test.ts on the real Pagefind search in Chromium with default
 * settings). Chosen before looking at the ranking: for each query, the provision(s) whose title
 * names the topic, as a citizen or entrepreneur would expect to find them. Paths are Chinese;
 * the English queries expect the same pages under /en.
 */
const P15 = '/policies/cq-2015-action-plan/';
const P16 = '/policies/cq-2016-work-plan/';
const P22 = '/policies/cq-2022-district-guidance/';
const P23 = '/policies/cq-2023-double-growth/';

export interface RecallQuery {
  q: string;
  /** Site paths (Chinese) that must be in the top five. */
  want: string[];
}

export const ZH_QUERIES: RecallQuery[] = [
  { q: '众创空间', want: [P16 + '2-7/', P15 + '2-3-l2/'] },
  { q: '天使投资', want: [P15 + '5-2-l3/'] },
  { q: '新三板', want: [P15 + '5-3-l2/'] },
  { q: '风险投资', want: [P15 + '5-2-l2/'] },
  { q: '知识产权质押', want: [P15 + '5-4-l1/'] },
  { q: '科技保险', want: [P15 + '5-4-l2/'] },
  { q: '企业孵化器', want: [P16 + '2-8/'] },
  { q: '科技型企业', want: [P23 + '2-1-1/'] },
  { q: '高新技术企业', want: [P23 + '2-1-2/'] },
  { q: '科技小巨人', want: [P16 + '1-6/'] },
  { q: '后补助', want: [P15 + '5-1-l2/'] },
  { q: '股权激励', want: [P15 + '3-3-l3/', P16 + '4-18/'] },
  { q: '职称', want: [P15 + '3-2-l1/', P15 + '3-2-l2/'] },
  { q: '上市储备库', want: [P15 + '5-3-l1/'] },
  { q: 'IPO', want: [P15 + '5-3-l3/'] },
  { q: '债权融资', want: [P15 + '5-3-l5/'] },
  { q: '融资担保风险补偿', want: [P15 + '5-4-l3/'] },
  { q: '产业技术创新联盟', want: [P15 + '2-2-l1/'] },
  { q: '国家级企业技术中心', want: [P15 + '2-1-l2/'] },
  { q: '创新联合体', want: [P22 + '4-13/'] },
  { q: '金融信贷', want: [P22 + '6-18/'] },
  { q: '直接融资', want: [P22 + '6-19/'] },
  { q: '科技成果转化', want: [P23 + '2-4-14/'] },
  { q: '知识产权保护', want: [P23 + '2-4-15/', P15 + '4-3-l2/'] },
  { q: '国家自主创新示范区', want: [P16 + '3-11/'] },
  { q: '科技领军人才', want: [P16 + '4-16/'] },
  { q: '商业模式创新', want: [P16 + '2-10/'] },
  { q: '科技金融', want: [P16 + '5-21/'] },
  { q: '资本市场', want: [P16 + '5-20/'] },
  { q: '创业投资基金', want: [P16 + '5-19/'] },
  { q: '研发费用加计扣除', want: [P22 + '4-12/'] },
  { q: '基础研究平台', want: [P22 + '3-8/'] },
  { q: '孵化载体', want: [P23 + '2-3-11/'] },
  { q: '评聘分离', want: [P15 + '3-2-l3/'] },
  { q: '增资扩股', want: [P15 + '5-3-l4/'] },
  { q: '人才流动', want: [P15 + '3-4-l2/'] },
  { q: '应用场景', want: [P22 + '4-14/'] },
];

export const EN_QUERIES: RecallQuery[] = [
  { q: 'maker space', want: [P16 + '2-7/', P15 + '2-3-l2/'] },
  { q: 'angel investment', want: [P15 + '5-2-l3/'] },
  { q: 'New Third Board', want: [P15 + '5-3-l2/'] },
  { q: 'venture capital', want: [P15 + '5-2-l2/'] },
  { q: 'IP pledge financing', want: [P15 + '5-4-l1/'] },
  { q: 'technology insurance', want: [P15 + '5-4-l2/'] },
  { q: 'business incubator', want: [P16 + '2-8/'] },
  { q: 'tech-based enterprises', want: [P23 + '2-1-1/'] },
  { q: 'high-tech enterprises', want: [P23 + '2-1-2/'] },
  { q: 'little giant', want: [P16 + '1-6/'] },
  { q: 'post-completion subsidies', want: [P15 + '5-1-l2/'] },
  { q: 'equity incentives', want: [P15 + '3-3-l3/', P16 + '4-18/'] },
  { q: 'professional titles', want: [P15 + '3-2-l1/'] },
  { q: 'pre-listing', want: [P15 + '5-3-l1/'] },
  { q: 'IPO', want: [P15 + '5-3-l3/'] },
  { q: 'debt financing', want: [P15 + '5-3-l5/'] },
  { q: 'financing guarantee risk compensation', want: [P15 + '5-4-l3/'] },
  { q: 'industrial technology innovation alliance', want: [P15 + '2-2-l1/'] },
  { q: 'national enterprise technology center', want: [P15 + '2-1-l2/'] },
  { q: 'innovation consortia', want: [P22 + '4-13/'] },
  { q: 'credit support', want: [P22 + '6-18/'] },
  { q: 'direct financing', want: [P22 + '6-19/'] },
  { q: 'commercialization of research results', want: [P23 + '2-4-14/'] },
  { q: 'intellectual property protection', want: [P23 + '2-4-15/', P15 + '4-3-l2/'] },
  { q: 'independent innovation demonstration zone', want: [P16 + '3-11/'] },
  { q: 'leading talent', want: [P16 + '4-16/'] },
  { q: 'business model innovation', want: [P16 + '2-10/'] },
  { q: 'technology finance', want: [P16 + '5-21/'] },
  { q: 'capital markets', want: [P16 + '5-20/'] },
  { q: 'venture capital funds', want: [P16 + '5-19/'] },
  { q: 'R&D tax deduction', want: [P22 + '4-12/'] },
  { q: 'basic research platforms', want: [P22 + '3-8/'] },
  { q: 'incubation facilities', want: [P23 + '2-3-11/'] },
  { q: 'separating evaluation from appointment', want: [P15 + '3-2-l3/'] },
  { q: 'capital increase', want: [P15 + '5-3-l4/'] },
  { q: 'flow of talent', want: [P15 + '3-4-l2/'] },
  { q: 'application scenarios', want: [P22 + '4-14/'] },
];

/** Recall@5 of one query: the share of its wanted pages among the first five results. */
export function recallAt5(want: readonly string[], got: readonly string[]): number {
  const top = new Set(got.slice(0, 5));
  return want.filter((w) => top.has(w)).length / want.length;
}
