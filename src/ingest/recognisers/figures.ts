/**
 * Figures: the numbers of a provision with their unit of measure (1.28万家, 两千家, 百分之四, 1:2), and what
 * each one is — a target, a benefit, an eligibility threshold, a statistic, a statutory rule or none
 * (docs/formats.md, “Figures by kind”). Only targets go to targets.json; benefits become records of their own.
 */
import { CN_DIGIT_CLASS, CN_NUMERAL_CLASS, parseChineseNumeral, parseChineseShare } from '../../lib/chinese-numerals.ts';
import { BASE_UNIT_EN, isCurrency, PER_UNIT_EN, splitUnit } from '../../lib/measure-units.ts';

export type Comparator = '≥' | '>' | '=' | '≈' | '≤' | '<';

/** A number with its unit as printed. */
export interface Figure {
  index: number;
  /** The figure as printed (its suffix 以上/左右… included). */
  raw: string;
  value: number;
  valueMax: number | null;
  /** The unit of measure with its multiplier (万家, 亿元, %); `1:N` for a ratio. */
  unit: string;
  /** 以上, 左右, 以内 or 以下 after the unit, if any; 余 for 1000余家 (more than). */
  suffix: string | null;
  /** How the number is written: Arabic digits, Chinese numerals (两千家), a share in words (百分之四, 三分之一), a ratio (1:2). */
  form: 'arabic' | 'chinese' | 'share' | 'ratio' | 'listed' | 'duration';
  /** A ratio's order (rule figure/matching-ratio): which side is the support, and why. */
  ratioOrder?: 'labelled' | 'support first (配对)' | 'base first';
}

/** Units read only as a relief's length (RELIEF_DURATION_RE): 年 after a number is otherwise a year. */
const DURATION_ONLY = new Set(['年', '个课税年度']);

/** Units of measure a number can carry, longest first (人次 before 人). 万/亿 stay part of the unit (1.28万家 → 1.28, 万家). */
const MEASURE_UNITS = Object.keys(BASE_UNIT_EN)
  .filter((u) => u !== '度' && !DURATION_ONLY.has(u))
  .sort((a, b) => b.length - a.length || a.localeCompare(b))
  .map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
/** A unit, with its multiplier; 度 (kWh) only after 万 or 亿 (6230万度): alone it is also a degree (25度以上坡耕地). */
const UNIT = `((?:万亿|万|亿)?(?:${MEASURE_UNITS})|(?:万亿|万|亿)度)`;
const SUFFIX = '(以上|左右|以内|以下)?';
/** A number in Arabic digits, thousands separated by commas or not (1,500 and 1500). */
const ARABIC_NUMBER = '(?<![\\d,])\\d{1,3}(?:, ?\\d{3})+(?:\\.\\d+)?(?![\\d])|\\d+(?:\\.\\d+)?';
/** A tolerance (28±2%) or 余/多 (1000余家: more than 1000) between the number and its unit. */
const BETWEEN = '(?:\\s*±\\s*\\d+(?:\\.\\d+)?|(余|多))?';
const ARABIC_RE = new RegExp(`(${ARABIC_NUMBER})(?:\\s*[―—–~～-]\\s*(${ARABIC_NUMBER}))?${BETWEEN}\\s*${UNIT}${SUFFIX}`, 'g');
// (a thousands separator a page printed with a space after it, 1, 000, is one number)
const arabic = (s: string) => Number(s.replace(/, ?/g, ''));
/** Currencies among the units (元, 港元, 新台币 …), longest first. */
const CURRENCY_UNITS = Object.keys(BASE_UNIT_EN)
  .filter((u) => isCurrency(u))
  .sort((a, b) => b.length - a.length)
  .join('|');
/** 突破万亿元, 超百亿元, 迈上千亿元: a round amount with no digit after a verb of reaching (1万亿元, 100亿元, 1000亿元). */
const ROUND_AMOUNT_RE = /(?<=(?:突破|超过|超|过|达到|达|迈上|迈入|跨越|跃上)\s*)(百|千|万)亿(元)(?!级)/g;
const ROUND_VALUES: Record<string, [number, string]> = { 百: [100, '亿元'], 千: [1000, '亿元'], 万: [1, '万亿元'] };
/** 常住人口达到1750万: a count of people in 万 or 亿 printed without its unit, after a word for a population. */
const POPULATION_RE = /(?<=(?:人口|人数|游客|旅客|用户|从业人员|就业人员|劳动力)[^，。；\d]{0,6}?)(\d+(?:\.\d+)?)\s*(万|亿)(?![\p{Script=Han}\d%])/gu;
/** 每公顷加码奖励5千元, 5千万元: Arabic digits and 千 before an amount of money (a thousand of it; 千万 is ten million). */
const THOUSANDS_RE = new RegExp(`(?<![\\d.,])(${ARABIC_NUMBER})\\s*千\\s*(万|亿)?(${CURRENCY_UNITS})${SUFFIX}`, 'g');
/**
 * Chinese numerals start with a digit or 十 (十五亿元; 千家万户 is not 1000 entities), never inside another
 * numeral or after 数/几 (数十万元 is no figure), and use a place word or 万/亿 (一个, 两项 are words, not figures).
 */
const CHINESE_RE = new RegExp(`(?<![${CN_NUMERAL_CLASS}数几])([${CN_DIGIT_CLASS.replace(/[〇零○О]/g, '')}十][${CN_NUMERAL_CLASS}]*(?:[点·．][${CN_DIGIT_CLASS}]+)?)${UNIT}${SUFFIX}`, 'g');
/** Tenths (降低担保费五成, 三成以上, 九点五成) and a range of them (8至9成): a digit and 成, not a word that starts with 成 (成为, 成立, 成本 …) nor 一成不变. */
const TENTHS_RE = new RegExp(
  `(?<![${CN_NUMERAL_CLASS}\\d.])(?:([一二两三四五六七八九](?:点[一二三四五六七八九])?|\\d(?:\\.\\d)?)\\s*[至到~～—–-]\\s*)?([一二两三四五六七八九](?:点[一二三四五六七八九])?|\\d(?:\\.\\d)?)成(?![为為立功本果员員就熟长長都效交绩績型])([一二三四五六七八九]|\\d(?![\\d.%]))?${SUFFIX}`,
  'g',
);
const tenth = (numeral: string) => (/\d/.test(numeral) ? Number(numeral) : parseChineseNumeral(numeral));
const SHARE_RE = new RegExp(`((?:百|[${CN_NUMERAL_CLASS}]{1,3})分之(?:[${CN_NUMERAL_CLASS}点]+|\\d+(?:\\.\\d+)?))${SUFFIX}`, 'g');
/** A fraction as Hong Kong writes it, without 之 (四分三, 三分一): a smaller part of a whole of two to ten. */
const HK_FRACTION_RE = /(?<![一二两三四五六七八九十百千万亿\d])([二三四五六七八九十])分([一二三四五六七八九])(?![之一二三四五六七八九十])/g;
/** Verbs of waiving or granting before a relief's length. */
const RELIEF_VERBS = '豁免|宽免|免租|免收|免除|减免|免足|发放|额外|等同|相当于';
/**
 * Rule figure/benefit-duration: the length of a relief or an extra allowance, after a verb of waiving or granting
 * in its clause (豁免一千八百间旅行社一年的牌照费用, 发放额外一个月津贴, 等同半个月资助金额, 免租一个月, 免足两年).
 * In Chinese numerals or 半 (Arabic months are read as 个月 anyway), or Arabic years.
 */
const RELIEF_DURATION_RE = new RegExp(`(?<=(?:${RELIEF_VERBS})[^，。；\\d]{0,16}?)([一二两三四五六七八九十半]{1,3}|\\d{1,2}(?=\\s*(?:年|课税年度)))\\s*(?:个)?\\s*(月|年|课税年度)(?![度内以来前后底末中间初级])`, 'g');

/** The lengths of relief in a text (rule figure/benefit-duration): 一年 → 1 年, 半个月 → 0.5 个月. */
function reliefDurations(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(RELIEF_DURATION_RE)) {
    const n = m[1]!;
    const value = n === '半' ? 0.5 : /\d/.test(n) ? Number(n) : parseChineseNumeral(n.replace(/^两/, '二'));
    const unit = m[2] === '课税年度' ? '个课税年度' : m[2] === '月' ? '个月' : m[2]!;
    if (value !== null && value > 0) out.push({ index: m.index!, raw: m[0], value, valueMax: null, unit, suffix: null, form: 'duration' });
  }
  return out;
}

/** The same verbs before an Arabic number of months (连续发放12个月, 免租3个月). */
const RELIEF_VERB_BEFORE = new RegExp(`(?:${RELIEF_VERBS})[^，。；\\d]{0,16}$`);

/** 百分百 (a hundred per cent, 百分百擔保): the whole, as a share. */
const WHOLE_RE = /(?<![\d.])百分百(?![分之])/g;
/**
 * Shares and multiples in words: 全额资助, 全數場租資助 (the whole of a cost borne, 100 %),
 * 一半 of a cost, 减半 (50 %), 双倍奖励 (2 倍). 全额 and 全数 count only before a word of support or refund. In a
 * sentence that grants support they are rates of it, like a percentage (figure/benefit).
 */
const SHARE_WORDS: { re: RegExp; value: number; unit: string }[] = [
  { re: /全[额額数數](?=\p{Script=Han}{0,4}?(?:资助|資助|补助|補助|补贴|補貼|退还|退還|发还|發還|减免|減免|豁免|报销|報銷|承担|承擔))/gu, value: 100, unit: '%' },
  // 一半 of a cost (場租一半, 费用的一半, 减免一半), not of a count (超过一半的企业: a statistic)
  { re: /(?<=[的之租费費额額付收免补補资資])一半|[减減]半/g, value: 50, unit: '%' },
  // not 双倍增 (doubling, a programme's name)
  { re: /[双雙]倍(?![增长長])/g, value: 2, unit: '倍' },
];
/** A matching ratio, each side with an optional label (3:1, 1(政府):2(机构)) or in 元 (1元对1元). */
const RATIO_RE =
  /(?<![\d.:：])(\d+(?:\.\d+)?)元?\s*(?:[（(]([^（）()\d]{1,8})[）)])?\s*(?:[:：比]|(?<=\d元)[对對](?=\s*\d+(?:\.\d+)?元))\s*(\d+(?:\.\d+)?)(?:元)?\s*(?:[（(]([^（）()\d]{1,8})[）)])?(?![\d.:：])/g;
/** A ratio side's label that names who gives the support (政府, 资助, 财政). */
const SUPPORT_SIDE = /政府|资助|財政|财政|公帑|基金/;
/** A ratio whose sides are named before their numbers, the government's first (政府1比服务机构2, 政府1:企业1). */
const RATIO_NAMED_RE = /(政府|财政|財政|基金)\s*(\d+(?:\.\d+)?)\s*(?:[:：比])\s*\p{Script=Han}{1,8}?\s*(\d+(?:\.\d+)?)(?![\d.%])/gu;
/** Two sides named in order right before a ratio (政府与企业以, 企业和政府按): the first side's name. */
const SIDES_NAMED = /(政府|财政|財政|基金|企业|企業|申请人|申請人|机构|機構|公司)(?:与|與|和|及|同)(?:政府|财政|財政|基金|企业|企業|申请人|申請人|机构|機構|公司)(?:以|按|的|之)?\s*$/;

/**
 * The support a matching ratio gives per 1 of the applicant's own money (docs/formats.md): the side its label names
 * as the government's (a bracket after a side, a name before its number, or the sides named in order before the
 * ratio: 政府与企业以1比2); else, with 配对 (Hong Kong's matching schemes: 以3:1的配对模式, the government's share
 * first), the first side; else (配套, 比例: 给予1:0.5的配套资金, the base first) the second.
 */
function ratioValue(a: number, b: number, labelA: string | undefined, labelB: string | undefined, around: string, before = ''): Pick<Figure, 'value' | 'ratioOrder'> {
  // the sides named in order just before the ratio (政府与企业以1比2的出资比例) label it as brackets would
  const named = SIDES_NAMED.exec(before);
  const byName = named ? SUPPORT_SIDE.test(named[1]!) : null;
  const labelled = labelA && SUPPORT_SIDE.test(labelA) ? true : labelB && SUPPORT_SIDE.test(labelB) ? false : byName;
  const supportFirst = labelled ?? /配对|配對/.test(around);
  const ratioOrder = labelled !== null ? 'labelled' : supportFirst ? 'support first (配对)' : 'base first';
  return { value: Math.round((supportFirst ? a / b : b / a) * 100) / 100, ratioOrder };
}
/** 22万3,676家, 1亿2,000万元: a number written across 亿 and 万 (value in the base unit, or in 万 of it). */
const COMPOUND_RE = new RegExp(`(?<![\\d.,])(\\d+)\\s*(亿|万)\\s*(\\d{1,4}(?:,\\d{3})?)\\s*(万)?(余|多)?\\s*(${MEASURE_UNITS})`, 'g');
/** 十三万二千元, 一亿二千万元: a Chinese numeral in 万 (or 亿) and the rest after it. */
const CN_COMPOUND_RE = new RegExp(`(?<![${CN_NUMERAL_CLASS}数几])([${CN_NUMERAL_CLASS}]+)(亿|万)(零?[${CN_NUMERAL_CLASS}]*[十百千][${CN_NUMERAL_CLASS}]*|零[${CN_DIGIT_CLASS}])(万)?(余|多)?(${MEASURE_UNITS})`, 'g');
/**
 * A currency written before the amount (HK$2,000,000, 新台币1亿2,000万, NT$500万): the amount in that currency; a bare $
 * ($1,800万) is the place's dollar, 元 as the text's place reads it (rule figure/currency).
 */
const PREFIX_CURRENCY: Record<string, string> = { HK$: '港元', 港币: '港元', NT$: '新台币', 新台币: '新台币', US$: '美元', $: '元' };
const PREFIXED_RE = /(HK\$|NT\$|US\$|港币|新台币|(?<![A-Za-z])\$)\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(亿)\s*(\d{1,4}(?:,\d{3})?)\s*(万))?\s*(万亿|万|亿)?(?:元)?/g;

/** A unit per something after a figure (50万元/人, 360台/万人, 80万元/亩): see PER_UNIT_EN in src/lib/measure-units.ts. */
const PER_RE = new RegExp(`\\s*[/／]\\s*(${Object.keys(PER_UNIT_EN).sort((a, b) => b.length - a.length).join('|')})`, 'y');

/** A figure with the denominator its unit is per, when the text gives one and the unit takes it (元 → 元/人). */
function perDenominator(text: string, f: Figure): Figure {
  // sticky, right after the figure (no copy of the rest of the text per figure)
  PER_RE.lastIndex = f.index + f.raw.length;
  const m = PER_RE.exec(text);
  if (!m || f.form === 'ratio' || !Object.hasOwn(BASE_UNIT_EN, splitUnit(f.unit).base)) return f;
  return { ...f, raw: f.raw + m[0], unit: `${f.unit}/${m[1]}` };
}

/** The value of an index right after its name and a verb of reaching (指数达到160以上, 综合评分提高到85): a number without a unit. */
const INDEX_RE = /(?<=(?:指数|得分|评分|分值)\s*(?:达到|达|提高到|提高至|提升到|提升至|超过|突破|保持在|为)\s*)(\d+(?:\.\d+)?)(?![\d.%％])\s*(以上|左右)?(?![\p{Script=Han}\d])/gu;

/** The numerals written against alteration (大写数字) and the common ones they stand for. */
const CAPITAL_NUMERALS: Record<string, string> = { 壹: '一', 贰: '二', 貳: '二', 叁: '三', 參: '三', 肆: '四', 伍: '五', 陆: '六', 陸: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千' };
/** A run of them (with common numerals) before 万, 亿 or 元: an amount (伍百万元), not a word (队伍). */
const CAPITAL_NUMERAL_RUN = /[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟零〇百千十一二三四五六七八九]*[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟][壹贰貳叁參肆伍陆陸柒捌玖拾佰仟零〇百千十一二三四五六七八九]*(?=[万萬亿億元圆圓])/g;

/** The fractions of a text written as Hong Kong writes them (四分三 → 75 %). */
function hongKongFractions(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(HK_FRACTION_RE)) {
    const [whole, part] = [parseChineseNumeral(m[1]!)!, parseChineseNumeral(m[2]!)!];
    if (part < whole) out.push({ index: m.index!, raw: m[0], value: Math.round((part / whole) * 10000) / 100, valueMax: null, unit: '%', suffix: null, form: 'share' });
  }
  return out;
}

/** The figures of a text in text order: numbers with a known unit of measure, in any of the written forms. */
export function matchFigures(printed: string): Figure[] {
  // a full-width ％ (利率上限2.22％) is read as %, and the numerals of amounts written against alteration (伍百万元,
  // 壹仟贰佰元) as the common ones: one character for one, so places and lengths stay the printed ones
  const text = printed.replace(/％/g, '%').replace(CAPITAL_NUMERAL_RUN, (run) => [...run].map((c) => CAPITAL_NUMERALS[c] ?? c).join(''));
  const found: Figure[] = [];
  for (const m of text.matchAll(ARABIC_RE))
    found.push({ index: m.index!, raw: m[0], value: arabic(m[1]!), valueMax: m[2] ? arabic(m[2]) : null, unit: m[4]!, suffix: m[5] ?? (m[3] ? '余' : null), form: 'arabic' });
  for (const m of text.matchAll(ROUND_AMOUNT_RE)) {
    const [value, unit] = ROUND_VALUES[m[1]!]!;
    found.push({ index: m.index!, raw: m[0], value, valueMax: null, unit, suffix: null, form: 'chinese' });
  }
  for (const m of text.matchAll(POPULATION_RE)) found.push({ index: m.index!, raw: m[0], value: Number(m[1]), valueMax: null, unit: `${m[2]}人`, suffix: null, form: 'arabic' });
  for (const m of text.matchAll(THOUSANDS_RE))
    found.push({ index: m.index!, raw: m[0], value: Math.round(arabic(m[1]!) * 1000 * 1e6) / 1e6, valueMax: null, unit: `${m[2] ?? ''}${m[3]!}`, suffix: m[4] ?? null, form: 'arabic' });
  for (const m of text.matchAll(CHINESE_RE)) {
    // 二·二二%, 十一．七％ (a middle or full-width dot for the decimal point, as Taiwan's press prints it) is 二点二二
    const value = parseChineseNumeral(m[1]!.replace(/[·．]/, '点'));
    // 三○○○元: digit by digit with a zero is a number too (a year has no unit of measure)
    const placed = /[十百千点·．]/.test(m[1]!) || /^[万亿]/.test(m[2]!) || /^[一二三四五六七八九][〇○О零]+$/.test(m[1]!);
    if (value !== null && placed) found.push({ index: m.index!, raw: m[0], value, valueMax: null, unit: m[2]!, suffix: m[3] ?? null, form: 'chinese' });
  }
  for (const m of text.matchAll(SHARE_RE)) {
    const value = parseChineseShare(m[1]!);
    if (value !== null) found.push({ index: m.index!, raw: m[0], value, valueMax: null, unit: '%', suffix: m[2] ?? null, form: 'share' });
  }
  found.push(...hongKongFractions(text));
  for (const m of text.matchAll(COMPOUND_RE)) {
    const [high, low] = [arabic(m[1]!), arabic(m[3]!)];
    // 1亿2,000万元: in 万 (12000万元); 22万3,676家: in the base unit (223676家); 1亿2,000元 is no such number
    const inTenThousands = m[2] === '亿';
    if (inTenThousands !== (m[4] === '万')) continue;
    found.push({ index: m.index!, raw: m[0], value: high * 10000 + low, valueMax: null, unit: inTenThousands ? `万${m[6]}` : m[6]!, suffix: m[5] ? '余' : null, form: 'arabic' });
  }
  // 十三万二千元, 四万六千元: the same in Chinese numerals (the part after 万 has a place word or starts with 零)
  for (const m of text.matchAll(CN_COMPOUND_RE)) {
    const [high, low] = [parseChineseNumeral(m[1]!), parseChineseNumeral(m[3]!.replace(/^零/, ''))];
    const inTenThousands = m[2] === '亿';
    if (high === null || low === null || inTenThousands !== (m[4] === '万')) continue;
    found.push({ index: m.index!, raw: m[0], value: high * 10000 + low, valueMax: null, unit: inTenThousands ? `万${m[6]}` : m[6]!, suffix: m[5] ? '余' : null, form: 'chinese' });
  }
  for (const m of text.matchAll(PREFIXED_RE)) {
    const currency = PREFIX_CURRENCY[m[1]!]!;
    const compound = m[3] ? arabic(m[2]!) * 10000 + arabic(m[4]!) : null;
    found.push({ index: m.index!, raw: m[0].trimEnd(), value: compound ?? arabic(m[2]!), valueMax: null, unit: compound !== null ? `万${currency}` : `${m[6] ?? ''}${currency}`, suffix: null, form: 'arabic' });
  }
  found.push(...reliefDurations(text));
  for (const m of text.matchAll(WHOLE_RE)) found.push({ index: m.index!, raw: m[0], value: 100, valueMax: null, unit: '%', suffix: null, form: 'share' });
  // 区域科技创新指数达到160以上: an index has no unit (NO_UNIT), its value follows the index's name
  for (const m of text.matchAll(INDEX_RE)) found.push({ index: m.index!, raw: m[0], value: Number(m[1]), valueMax: null, unit: '', suffix: m[2] ?? null, form: 'arabic' });
  for (const { re, value, unit } of SHARE_WORDS) for (const m of text.matchAll(re)) found.push({ index: m.index!, raw: m[0], value, valueMax: null, unit, suffix: null, form: 'share' });
  // 保证成数一律为十成: the whole (100 %)
  for (const m of text.matchAll(/(?<![一二三四五六七八九十\d])十成(?![为為立功本果员員就熟长長都效交绩績型])/g)) found.push({ index: m.index!, raw: m[0], value: 100, valueMax: null, unit: '%', suffix: null, form: 'share' });
  for (const m of text.matchAll(TENTHS_RE)) {
    // 9成5, 九成五: and a half-tenth after it (95 %)
    const tenths = m[2] && m[3] ? (tenth(m[2]) ?? 0) + (tenth(m[3]) ?? 0) / 10 : tenth(m[2]!);
    const low = m[1] ? tenth(m[1]) : null;
    if (tenths === null || /^一成不变/.test(text.slice(m.index!))) continue;
    const range = low !== null && low < tenths;
    found.push({ index: m.index!, raw: m[0], value: (range ? low : tenths) * 10, valueMax: range ? tenths * 10 : null, unit: '%', suffix: m[4] ?? null, form: 'share' });
  }
  // 政府1比服务机构2: each side named before its number, the government's first
  for (const m of text.matchAll(RATIO_NAMED_RE)) {
    const [a, b] = [Number(m[2]), Number(m[3])];
    if (a > 0 && b > 0) found.push({ index: m.index! + m[1]!.length, raw: m[0].slice(m[1]!.length).trimEnd(), ...ratioValue(a, b, m[1], undefined, ''), valueMax: null, unit: '1:N', suffix: null, form: 'ratio' });
  }
  for (const m of text.matchAll(RATIO_RE)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const around = text.slice(Math.max(0, m.index! - 8), m.index! + m[0].length + 8);
    const before = text.slice(Math.max(0, m.index! - 12), m.index!);
    if (a > 0 && b > 0) found.push({ index: m.index!, raw: m[0].trimEnd(), ...ratioValue(a, b, m[2], m[4], around, before), valueMax: null, unit: '1:N', suffix: null, form: 'ratio' });
  }
  found.push(...listedFigures(text, found));
  // one figure per place: the earliest start, then the longest
  found.sort((a, b) => a.index - b.index || b.raw.length - a.raw.length);
  const out: Figure[] = [];
  for (const f of found) if (!out.length || f.index >= out.at(-1)!.index + out.at(-1)!.raw.length) out.push(f);
  return joinRanges(text, out.map((f) => perDenominator(text, f))).map((f) => (text === printed ? f : { ...f, raw: printed.slice(f.index, f.index + f.raw.length) }));
}

/** 1万元至3万元, 3萬元-5萬元: two figures of one unit joined by 至, 到 or a dash are one range. */
function joinRanges(text: string, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const f of figures) {
    const prev = out.at(-1);
    const between = prev ? text.slice(prev.index + prev.raw.length, f.index) : '';
    if (prev && prev.valueMax === null && f.valueMax === null && prev.unit === f.unit && prev.suffix === null && /^\s*[至到―—–~～-]\s*$/.test(between) && f.value > prev.value) {
      out[out.length - 1] = { ...prev, raw: text.slice(prev.index, f.index + f.raw.length), valueMax: f.value, suffix: f.suffix };
    } else out.push(f);
  }
  return out;
}

/**
 * Rule figure/shared-unit: Arabic numbers listed with 、 right before a figure share its unit
 * (分别压缩至70、40、35个工作日 → 70, 40 and 35 working days); form `listed`.
 */
function listedFigures(text: string, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const f of figures) {
    if (f.form !== 'arabic' || f.valueMax !== null) continue;
    const list = /(?<![\d.])((?:\d+(?:\.\d+)?、)+)$/.exec(text.slice(0, f.index));
    if (!list) continue;
    let at = list.index;
    for (const n of list[1]!.split('、').slice(0, -1)) {
      out.push({ index: at, raw: n, value: Number(n), valueMax: null, unit: f.unit, suffix: null, form: 'listed' });
      at += n.length + 1;
    }
  }
  return out;
}

const PREFIX_COMPARATORS: [string[], Comparator][] = [
  [['不低于', '不少于', '至少', '最少'], '≥'],
  [['不超过', '不高于', '最高', '最多', '上限', '封顶'], '≤'],
  [['超过', '突破', '高于'], '>'],
  // (不低于 holds 低于: the longer word at the same end wins)
  [['低于', '小于'], '<'],
  [['达到', '提高到', '提升到', '增加到', '增长到'], '='],
];

/** The comparator word nearest before the number (至少打造3—5个 → ≥), or null. */
export function prefixComparator(text: string): Comparator | null {
  // a comparator inside brackets qualifies something else (分三批（每批不超过三年）重点支持1000余家)
  const before = text.replace(/[（(][^（）()]*[）)]/g, '');
  // 超 alone means 超过 only right before the number (占比超40%); elsewhere it starts words (超算中心3个).
  if (/超\s*$/.test(before)) return /不超\s*$/.test(before) ? '≤' : '>';
  let best: { at: number; c: Comparator } | null = null;
  for (const [words, c] of PREFIX_COMPARATORS)
    for (const w of words) {
      const at = before.lastIndexOf(w);
      // 不超过 contains 超过: the longer word at the same end wins
      if (at >= 0 && (!best || at + w.length > best.at || (at + w.length === best.at && w.length > 2))) best = { at: at + w.length, c };
    }
  return best?.c ?? null;
}

/** The comparator a figure's wording gives: a word after the number wins (达到60%以上 → ≥). */
export function comparatorOf(before: string, suffix: string | null | undefined): Comparator {
  if (suffix === '以上') return '≥';
  if (suffix === '余') return '>';
  if (suffix === '左右') return '≈';
  if (suffix === '以内' || suffix === '以下') return '≤';
  return prefixComparator(before) ?? '=';
}

export type FigureKind = 'target' | 'benefit' | 'threshold' | 'statistic' | 'rule' | 'none';

/**
 * The rules that classify a figure as something other than a target. Their severity and summary are in the
 * registry (src/ingest/report/rules.ts), beside the rules that report a target read in a new way
 * (figure/chinese-numeral, figure/number-first, figure/legislative-text, figure/traditional-folded,
 * figure/shared-unit, figure/undated-no-goal); a name here that is not a rule id does not compile.
 */
export type FigureRule = 'figure/ordinal' | 'figure/quoted-name' | 'figure/list-count' | 'figure/time-limit' | 'figure/instalment' | 'figure/threshold' | 'figure/benefit' | 'figure/benefit-table' | 'figure/statistic' | 'figure/statutory-rule' | 'figure/earmark' | 'figure/leveraged' | 'figure/forecast' | 'figure/reach' | 'figure/benefit-duration';

/** Words that state a goal before a figure (达到, 新增, 压缩至 …): an undated figure of a text that is no plan is a target only with them. */
const GOAL_WORDS = /(?<![已今明去前上本\d])年内|(?<![\d年])全年|达到|突破|实现|力争|确保|争取|新增|新建|新培育|新开通|新开工|新认定|新引进|培育|建成|打造|引进|实现|遴选|提高|提升|增长到|增加到|扩大到|增至|增加至|扩大至|保持在|稳定在|维持在|压缩至|压缩到|缩短至|缩短到|降低|下降|降至|控制在|不低于|不少于|至少|年均|预期|预计可|可望|目标(?![，。；、,的]|任务|责任)|(?:将|会|再|拟|计划|包括)增加(?=\s*(?:$|[\d一二三四五六七八九十]))|(?:预计|预期|估|可|将|有望)(?:可|将)?(?:带动|撬动|拉动)/;
const GOAL_WORDS_ALL = new RegExp(GOAL_WORDS.source, 'g');

/** Whether the words before a figure in its sentence (and the figure as printed) state a goal (rule figure/undated-no-goal). */
export function statesGoal(before: string, raw = ''): boolean {
  // 增长7%以上, 增长9%左右: a rate of growth with a floor or an approximation is aimed at (a statistic prints 增长7.2%)
  if (/(增长|增幅|增速)\s*$/.test(before) && /%\s*(以上|左右)$/.test(raw)) return true;
  // 推进50项…项目, 完成30个: a verb of doing directly before a count of things to be done
  if (/(推进|完成)\s*$/.test(before)) return true;
  // 重点培育的25个集群, 已建成的10个基地: a goal word before 的 describes what the figure counts, it sets no goal
  if ([...before.matchAll(GOAL_WORDS_ALL)].some((m) => before[m.index + m[0].length] !== '的')) return true;
  // 超过 mostly says where things stand (中小企占企业总数超过98%): a goal only after words of intent
  return LEVEL_WORDS.test(before) && INTENT_WORDS.test(before);
}

/** Words of a level passed, a goal only with intent before them (rule figure/undated-no-goal). */
const LEVEL_WORDS = /超过/;
/** Words of intent or of the future: 将, 要, 目标, 计划, 推动 …. */
const INTENT_WORDS = /将|要|目标|计划|拟|推动|努力|预计|希望|期望|有望|逐步|进一步|加快|全力|务必|必须/;

/** Whether a title names a plan or a policy (规划, 行动方案, 若干措施, 工作要点 …): rule figure/undated-no-goal. */
export function namesPlan(title: string): boolean {
  return /规划|纲要|方案|计划(?!署)|要点|意见|措施|办法|政策|行动|目标/.test(title);
}

/** Whether a text reports as news does: a reporter, a source told, someone who said (记者, 获悉, 表示): rule figure/undated-no-goal. */
export function readsAsNews(text: string): boolean {
  return /记者|本报讯|日电|专电|获悉|据悉|据了解|表示|透露|报道|指出|介绍|提出/.test(text);
}

/** Whether a text reads as a plan: it dates goals (到2025年, 2025年底前, 2025年…主要目标, 2025年科技工作要点) or states a period (（2023—2027年）). */
export function readsAsPlan(text: string): boolean {
  // a plan a text cites by its title (《…方案（2022—2025年）》) does not make the text a plan
  return /到\s*\d{4}\s*年|\d{4}\s*年[^。\n]{0,20}(?:目标|工作要点|计划|规划|方案)|\d{4}\s*年\s*(?:底|末)?前|\d{4}\s*年\s*(?:底|末)|[（(]\s*\d{4}\s*[—–-]+\s*\d{4}\s*年\s*[）)]/.test(text.replace(/《[^《》]*》/g, '《》'));
}

/**
 * The year of a plan of one year its title names (关于2025年国民经济和社会发展计划的报告, 2024年科技工作要点,
 * 2025年《政府工作报告》重点工作分工方案), or null: rule period-year. A title with a span of years names none.
 */
export function oneYearPlan(title: string): number | null {
  const years = [...title.matchAll(/(?<!\d)(\d{4})\s*年(?!\s*[—–-])/g)];
  if (years.length !== 1 || /\d{4}\s*[—–-]+\s*\d{4}/.test(title)) return null;
  // (or the year in brackets after it: 市政府工作报告重点工作责任分解（2023年）)
  const planned = /\d{4}\s*年度?[^，。]{0,30}(计划|工作要点|重点工作|工作报告|工作任务|工作安排)/.test(title) || /(计划|工作要点|重点工作|工作报告|工作任务|工作安排|责任分解|任务分解)[^，。]{0,30}[（(]\s*\d{4}\s*年度?\s*[）)]\s*$/.test(title);
  return planned ? Number(years[0]![1]) : null;
}

/** Units of time: a span of them followed by 内 is a deadline (rule figure/time-limit). */
const TIME_UNITS = new Set(['个月', '个工作日', '工作日']);

/** Words that grant support: a money amount, rate or ratio in their sentence is a benefit (rule figure/benefit). */
export const BENEFIT_WORDS = /给予|申领|扣税|免(?:差饷|租金?|息)(?!率)|可获得?|可领取|鼓励金|抵减|抵免|扣除上限|(?:总)?贷款(?:总)?额度|创业准备金|(?:创业|融资|优惠|贴息|担保|信用)贷款|保证额度|利率上限|利率减码|支持金额|资金支持|(?:经费|资金)(?:予以)?支持|予以(?:支持|资助)|扶持|减按|加计扣除|奖励|奖补|奖金|补助|补贴|津贴|资助|贴息|配套|配对|减免|免征|返还|抵扣|创新券|科技券|消费券|购物券|担保费|风险补偿|信贷保证|信贷担保|信用保证|宽减|宽免|减收|豁免|扣减|免税额|扣税额|扣除额|税阶|免缴|退税|拨款上限|资助上限|补[（(]捐[）)]助/;
/** After 的, words naming the amount itself: the figure is what is granted, not who qualifies. */
const AMOUNT_NOUN = /^的(?:整体|总|個別|个别|阶梯式|分档|定额|累进)?(上限|鼓励金|津贴|奖金|\p{Script=Han}{0,4}?(?:补助金|补贴金|奖励金|补助款|补贴款)|(?:利得|薪俸|所得|个人入息课|印花|物业)?税款?|差饷|(?:牌照|登记|担保|水|电|场租)费|租金|年?(?:利率|利息)(?:补贴|补助)?|(?:信贷|信用|贷款|融资)?(?:保证|担保)|比例|比重|份额|额度|标准|税率|奖励|奖补|补助|补贴|资助|资金|经费|贴息|支持|一次性|配对|配套|(?:投资|研发|专项|贷款|项目|设备)(?:补助|补贴|奖励|资助|贴息)|(?:贷款|融资|信贷)(?:总)?额度|创业准备金)/u;
/** Words of a change after the value it changes from (由200万元增至600万元). */
const CHANGED_TO = /^(?:[^，。；\d]{0,4})?(增|提高|提升|上调|调高|增加|扩大|放宽|倍增|加倍|降低|下调|减|降)(至|到)/;
/** Words before the size of a fund or a budget (注资10亿元, 预留, 拨款, 斥资, 规模, 编列, 合计; right after 预算 or 基金); not 资助总额 nor 合计上限为, 合计最多 (caps on support). */
const BUDGET_BEFORE = /(注资|预留|拨款|拨出|拨备|斥资|动用|(?<!产业|经济|市场|行业|集群|营收|产值|营业)规模|编列|减列|合计|共计|总计|承担额|预算安排|(?:政府|库房)?(?:每年的?)?(?:收入|税收)(?:将|会|會|将会)?减少|涉及)(?![^，。；\d]{0,4}(上限|最多|最高|不超过))[^，。；\d]{0,6}$|(预算|基金|支出|开支)\s*(为|达|约|共)?\s*(每年)?\s*$|(支出|开支)[^，。；\d]{0,6}(为|达|约|共)\s*$/;
/** What follows the count of a meeting (十四届十次全会): an ordinal. */
const MEETING = /^(全会|全体会议|会议|常委会|党代会|代表大会)/;
/** Units that count parts, and the parts of a plan they count (实施十项工程, 六大行动, 8个方面): rule figure/list-count. */
const PART_COUNT_UNITS = new Set(['项', '个', '条']);
/** Units that count firms or people: a figure in them after a list closed by 等 counts those, not the list. */
const COUNTED_POPULATIONS = new Set(['家', '户', '人', '名', '人次', '家次']);
const PLAN_PARTS = /^(重点|重大|主要|专项|攻坚|具体)?(工程|行动|任务|工作任务|举措|措施|政策措施|政策|条款|方面|领域|方向|板块|重点工作|专项行动|攻坚行动)/;
/** Words that divide a policy into its parts (分为1个品牌政策、3个专项政策): the counts after them are its size. */
const DIVIDED_INTO = /(分为|分成|包括|包含|涵盖|由)[^，。；]*$/;
/** A sentence that dates a goal (到2025年, 2025年底前): its figures are read as goals, caps included. */
const DATED_GOAL = /(到|至|力争|争取|确保)\s*\d{4}\s*年|\d{4}\s*年\s*(底|末)?前/;
/** Words of a level reached or an increment before a figure (首次超过, 每新增, 产值突破, 投资总额在): what qualifies for support after it. */
const REACHED_BEFORE = /((?<!不)超过|突破|达到|首次|每新增|每增加|新增|增加|增长|(?:额|规模|收入|产值|营收|增幅|增速|增长率|占比|比例)在)\s*$/;
/** The lower bound of a band before the figure (达到1000万-3000万元: the band's upper bound is read). */
const BAND_LOWER_BOUND = /[\d.,]+\s*(?:万|亿)?\s*[-—–~～至到]\s*$/;
/** Support granted later in the sentence, with an amount (，给予10万元奖励): the figure before it is its condition. */
const GRANTED_AFTER = /(给予|奖励|补助|补贴|资助)[^。；]{0,12}\d/;
/** A verb of granting just before a figure in its clause (给予一次性, 一次性给予, 配套给予, 奖励): the figure is what is granted. */
const GRANTED_BEFORE = /(给予|奖励|补助|补贴|资助|发放|宽减|减收|减免)[^，。；、\d]{0,6}$/;
/** Words of what has been granted so far (截至…已批出…): an amount after them is no offer (rule figure/statistic). */
const GRANTED_SO_FAR = /截至|截止|已核保|核保融资|已申贷|申贷金额|已批出|共批出|共批准|累计批准|已资助|至今(?!年)|迄今|下拨|已拨付|拨付了|已发放|发放了|获得了/;
/** 江西省获奖励15亿元, 各获1亿元奖励: an amount a place or firm received (not 可获, 将获, 获得最高: an offer; not 对获奖企业给予, 获批项目: who qualifies; not 给予企业获得支持经费的2%: a rate of what it received), in its clause. */
const RECEIVED_BEFORE = /^(?:(?!可|将|能|最高|最多|每|给予|予以|按)[^，。；、])*获(?!批|评|准|奖(?!励|金))(?:得了?)?(?:(?!给予|予以|发放|最高|最多|不超过|上限)[^，。；、\d评]){0,8}$/;
/** Words that state where things stand, before the figure in its sentence (rule figure/statistic). */
const STATISTIC_WORDS = /目前|截至|截止|惠及|已经|已有|累积|已(?:通过|投资|达|突破|超过|支持|协助|核准|核定|辅导|带动|吸引|促成|创造|完成|受理|补助|拨付|发放)|共(?:核定|核准|受理|补助|资助|辅导|协助|支持|认定|签约|服务)|已建成|已培育|已认定|已集聚|已累计|累计已|同比|比上年|较上年|较去年|比去年|以来|至今(?!年)|迄今|已批出|共批出|共批准|累计批准|已资助|受惠|(?:集聚|聚集|完成|建成|培育|认定|引进|形成|实现|新增|带动|吸引|创造|获得|拥有|累计|评出|评定)了/;

/** A heading that names support (七、贷款额度, （二）补助标准), Simplified reading: money under it is support granted. */
export function isSupportHeading(title: string | null | undefined): boolean {
  return Boolean(title && title.length <= 16 && BENEFIT_WORDS.test(title));
}

/** A heading or lead-in line of conditions to qualify (申报条件, 认定条件：): the figures under it say who qualifies. */
export function isConditionHeading(title: string | null | undefined): boolean {
  return Boolean(title && title.length <= 24 && /(申报|申请|认定|评审|评定|基本|资格|准入|享受)条件[:：]?$/.test(title));
}

/** A heading of a part that reviews where things stand (一、发展基础, 现状与形势): figures under it are statistics. */
export function isPastHeading(title: string | null | undefined): boolean {
  return Boolean(title && /^(发展基础|发展现状|基本情况|现状|工作基础|发展成效|取得成效|主要成效|回顾)|(基础|现状)(与|和)(形势|问题|挑战)/.test(title));
}

/** Where a figure stands and what the reader of targets knows about it. */
export interface FigureSite {
  /** The sentence (to 。 or ；) it stands in, and its position there. */
  sentence: string;
  at: number;
  /** The clause (to ，：。；) it stands in. */
  clause: string;
  figure: Figure;
  /** A target year holds for it: its sentence's own (到2025年), its paragraph's, or 每年. */
  targetYear: boolean;
  /** The target year is only 今年 (or 年内, 全年, 明年) of the sentence: what has been done this year is a statistic. */
  relativeYear?: boolean;
  /** Its sentence names a year before it that is past (earlier than the document's own, or 截至…), or it stands under a heading such as 发展基础. */
  pastYear: boolean;
  /** The whole sentence to 。 (its parts split at ； included), when it is longer than `sentence`. */
  fullSentence?: string;
  /** It stands under a heading that names support (贷款额度, 补助标准): its money is that support. */
  supportSection?: boolean;
  /** It stands under a heading or lead-in of conditions (申报条件：): its figures say who qualifies. */
  conditionSection?: boolean;
  /** Its text is a plan, not a law: a limit worded as a goal (控制在10毫秒以内) is a goal, not a rule. */
  plan?: boolean;
}

export interface Classification {
  kind: FigureKind;
  /** The rule that decided, null for a target or for a figure the target rules never read (a condition). */
  rule: FigureRule | null;
}

const followsWith = (site: FigureSite) => site.sentence.slice(site.at + site.figure.raw.length);
/** The words of a figure's clause before it (to the last ，：； of its sentence). */
const clauseBefore = (site: FigureSite) => site.sentence.slice(0, site.at).split(/[，：；]/).at(-1)!;

/** A grant's name right after an amount (七千元补助, 三千三百元奖励金). */
const GRANT_NAMED_AFTER = /^的?(?:补助|补贴|奖励金?|奖金|津贴|资助|鼓励金)/;
/** After the lower bound of a band: its note, a dash (or 至) and the upper bound, then 的 (…(含5000万元)—1亿元的工业项目, 10万元（含）至20万元（不含）的). */
const BAND_AFTER = /^\s*(?:[（(][^（）()]{0,12}[）)])?\s*(?:[—–~～-]|至|到)\s*[\d.,]+\s*(?:万|亿)?\p{Script=Han}{0,3}?(?:以下|以内)?(?:[（(][^（）()]{0,12}[）)])?的/u;

/** Rule figure/threshold and figure/condition: the figure qualifies who or what (达到1000万元以上的项目; …达到4%以上的，). */
function thresholdOf(site: FigureSite): Classification | null {
  const { sentence } = site;
  if (/^凡/.test(sentence) || /即认定|优先申报/.test(sentence)) return { kind: 'threshold', rule: null };
  // 专项支持门槛从2000万元降低至1000万元: a threshold moved is still who qualifies
  if (/(门槛|准入条件|申报条件)/.test(clauseBefore(site))) return { kind: 'threshold', rule: 'figure/threshold' };
  // 总项目成本最少为三亿元, 投资不少于两亿元在香港设立…的企业: the size of the project or investment that qualifies
  if (/(成本|投资额?|总投资|投资总额)(?:最少|至少|不少于|不低于|达到|超过)为?\s*$/.test(clauseBefore(site)) && BENEFIT_WORDS.test(site.fullSentence ?? sentence))
    return { kind: 'threshold', rule: 'figure/threshold' };
  // 资本额1,000万元以下、近1年营业额未达500万元之公司: a chain of conditions that ends in who qualifies (之 as 的)
  if (/^(?:以上|以下|以内)?、[^，。；]{0,24}?[的之](?:公司|企业|单位|项目|事业|商业|机构|厂商|团体|个人)/.test(followsWith(site)) || /^(?:以上|以下|以内)?之(?:公司|企业|单位|项目|事业|商业|机构|厂商|团体|个人)/.test(followsWith(site)))
    return { kind: 'threshold', rule: 'figure/threshold' };
  // 累计贷款额度一百万元以内者, 超过一百万元者: 者 names who the figure qualifies
  if (/^(以上|以下|以内)?者/.test(followsWith(site))) return { kind: 'threshold', rule: 'figure/threshold' };
  // 入围条件为：…产量大于两亿公斤: what the sentence lists after 条件为 is who qualifies (保证条件：, 贷款条件：
  // name the terms of the support instead: 提供贷款金额最低8成之信用保证 is the guarantee)
  if (/(?<!保证|担保|贷款|融资|借款|还款|信贷)条件(为|是)?[：:]/.test(sentence.slice(0, site.at))) return { kind: 'threshold', rule: 'figure/threshold' };
  // 若拟购买的设备成本超过项目总支出的50%，…: a figure in a clause of condition is who or what qualifies
  // (not an amount named as a grant: 若搭配经济部七千元补助 is another body's support)
  if (/^(?:若|如果|倘若|倘|假如|假若)/.test(clauseBefore(site)) && !GRANT_NAMED_AFTER.test(followsWith(site))) return { kind: 'threshold', rule: 'figure/threshold' };
  // 邀请16至40岁青年: a span of ages is who qualifies
  // (and a span printed as one figure, 18-45岁, or an age not yet or already reached: 未满46岁, 年满60岁)
  if (splitUnit(site.figure.unit).base === '岁' && (/\d\s*(?:至|到|~|～|－|-)\s*$/.test(sentence.slice(0, site.at)) || site.figure.valueMax !== null || /(未满|年满|不满|满)\s*$/.test(sentence.slice(0, site.at))))
    return { kind: 'threshold', rule: 'figure/threshold' };
  // 5000万元(含5000万元)—1亿元的工业项目: the bounds of a band before its noun, and the note that one is included
  if (/[（(]含\s*$/.test(sentence.slice(0, site.at)) || BAND_AFTER.test(followsWith(site))) return { kind: 'threshold', rule: 'figure/threshold' };
  // 研发费用投入金额在1000万~5000万元之间的，额外奖励20万元: a band a figure falls in is who qualifies
  if (/^(?:之间|区间内?)的?/.test(followsWith(site))) return { kind: 'threshold', rule: 'figure/threshold' };
  // 2家厂商联合申请，补助上限可至200万元: how many apply together is who qualifies for the support
  if (/^\p{Script=Han}{0,4}?(?:联合|共同)(?:申请|申报|提案)/u.test(followsWith(site))) return { kind: 'threshold', rule: 'figure/threshold' };
  // a list of figures (突破1000万元、2000万元、5000万元的企业) is read as its last one is
  // 年纳税总额200—500万元（不含本数）部分的, 500万元以上部分的项目: a note and 部分 between the figure and its 的
  const after = followsWith(site)
    // 购置20万元（含）以上的: the note that the bound is included stands between the figure and 以上的
    .replace(/^[（(](?:含|不含)[^（）()]{0,8}[）)](?:以上|以下)?(?=的)/, '')
    .replace(/^(?:\s*、\s*[\d.,〇一二三四五六七八九十百千]+\s*(?:万亿|万|亿)?[\p{Script=Han}%]{0,3}?(?=、|的))+/u, '')
    .replace(/^(?:[（(][^）()]{1,8}[）)])?部分(?=的)/, '')
    // 达500万元及以上的项目: 及 before the floor
    .replace(/^及(?:以上|以下)(?=的)/, '');
  // 营业收入首次超过2000万元，给予10万元奖励; 产值每新增1000万元奖励2万元: a level reached that ends its clause, or an
  // increment, with support granted after it in the sentence, is the condition of that support
  if (REACHED_BEFORE.test(clauseBefore(site).replace(BAND_LOWER_BOUND, '')) && /^(以上|及以上)?(?:[，,]|奖励|补助|补贴|给予)/.test(after) && GRANTED_AFTER.test(after))
    return { kind: 'threshold', rule: 'figure/threshold' };
  // 每个街区新增市场主体不少于100户，给予50万元奖励; 每新增1个龙头企业: with no target year, a count of at least N
  // before support granted later in its sentence, or after 每新增, is what earns the support, not a goal
  if (!site.targetYear && isAwardCondition(site, after)) return { kind: 'threshold', rule: 'figure/threshold' };
  // 的 before a word for the amount itself (不低于20%的比例奖励给…, 不超过100万元的资助) is the figure's own noun; a
  // matching ratio's noun is how it is paid (按1元对1元的等额出资方式), never who qualifies
  if (!after.startsWith('的') || AMOUNT_NOUN.test(after) || site.figure.form === 'ratio') return null;
  // 给予一次性10万元的落户奖金: right after a verb of granting, the figure is what is granted, whatever its noun;
  // so is a cap (最高100万元的创业准备金)
  if (GRANTED_BEFORE.test(clauseBefore(site)) || /(最高|最多|不超过|上限为?)(?:可达|可获|可至|为|达)?\s*$/.test(clauseBefore(site))) return null;
  // …达到4%以上的，: a condition that ends its clause
  if (!/^的\p{Script=Han}/u.test(after)) return { kind: 'threshold', rule: null };
  // number first (90%以上的研发机构…): a target when a target year holds and nothing is granted, else who qualifies;
  // after a verb of reaching (纳税过1亿元的企业, 产值突破500亿元的企业) the noun is who qualifies
  const reached = /(过|超过|达到|突破|在)\s*$/.test(sentence.slice(0, site.at));
  if (site.targetYear && !BENEFIT_WORDS.test(sentence) && !reached) return null;
  return { kind: 'threshold', rule: 'figure/threshold' };
}

/** Words of a count per which support is paid (每新增1个, 每引进1家): what comes after is the support's condition. */
const PER_INCREMENT = /每(?:新增|增加|引进|新引进|培育|新培育|建成|新建|认定|新认定|打造)/;

/** A count (no money, no share) at a level of at least N before support granted with an amount, or after 每新增. */
function isAwardCondition(site: FigureSite, after: string): boolean {
  const base = splitUnit(site.figure.unit).base;
  if (isCurrency(base) || base === '%' || base === '‰' || site.figure.form === 'ratio' || site.figure.form === 'share') return false;
  const before = site.sentence.slice(0, site.at);
  if (PER_INCREMENT.test(before)) return true;
  const atLeast = comparatorOf(clauseBefore(site), site.figure.suffix) === '≥';
  return atLeast && GRANTED_AFTER.test(after);
}

/** Words of a fund that invests in firms (创投基金, 天使投资, 股权投资, 产业引导基金, 投资于初创企业). */
const EQUITY_FUND = /创投|风投|风险投资|天使投资|股权投资|创业投资|创科基金|产业基金|引导基金|母基金|投资基金|投资于/;
/** Money put into a fund, before the amount in its clause (注资, 拨款, 增拨): a budget, not the fund's support. */
const FUND_BUDGET = /注资|拨款|增拨|拨出|拨备|预留/;

/** A verb of investment brought in by a measure, before the amount in its clause (带动, 撬动社会资本, 吸引投资). */
const LEVERAGED = /(带动|撬动|拉动|吸引|引导|引来)[^，。；\d]{0,8}$/;

/** A past year in words (去年, 前年, 过去10年, 过去五年): in the figure's clause, it says where things stood. */
const PAST_YEAR_WORDS = /去年|前年|过去\d*[一二三四五六七八九十]*年|早前|此前|先前/;

/** Rules figure/ordinal, quoted-name, list-count, time-limit and instalment (a number that counts or names no goal), and a quota (figure/statutory-rule). */
function notAGoalCount(site: FigureSite, before: string, after: string, base: string): Classification | null {
  // 第3, 十四届十次全会: an ordinal, not a count
  if (/(第|届)\s*$/.test(before) || (base === '次' && MEETING.test(after))) return { kind: 'none', rule: 'figure/ordinal' };
  // 退出全国168个重点城市后20名: the size of the field a rank is counted in, no goal (the rank is)
  if (base === '个' && /^(?:重点)?城市(?:中|的)?\s*(?:后|前)\s*[\d一二三四五六七八九十]+\s*(?:名|位)/.test(after)) return { kind: 'none', rule: 'figure/ordinal' };
  // “十件实事”, “两个率先”, 「三大支柱」: a count inside a short quotation names a programme or a slogan, it sets no goal
  if (/[“「‘][^“”「」‘’，。；]{0,8}$/.test(before) && /^[^“”「」‘’，。；]{0,8}[”」’]/.test(after)) return { kind: 'none', rule: 'figure/quoted-name' };
  // …生物医药、食品健康等十个产业方向: the number counts the list before it, it sets no goal; so does a count of
  // the plan's own parts (实施十项工程, 8个方面的主要目标)
  // (not a count of firms or people after a list of kinds: 新增单项冠军、独角兽和科创上市企业等10家 is a goal of ten firms);
  // the size of the document itself (分总体目标、主要任务、保障机制3部分40条) neither
  const listCount = /[^、，]、[^，。；]*等\s*$/.test(before) && !COUNTED_POPULATIONS.has(base);
  const ownSize = PART_COUNT_UNITS.has(base) && (/[\d一二三四五六七八九十]\s*(部分|章|节|篇)\s*$/.test(before) || (DIVIDED_INTO.test(clauseBefore(site)) && /^[^，。；]{0,8}(政策|部分|板块|方面|体系)/.test(after)));
  // （分解任务15项）: a bracketed count of a part's own tasks
  const taskCount = PART_COUNT_UNITS.has(base) && /[（(][^（）()]{0,8}(任务|事项|措施|举措)\s*$/.test(before) && /^\s*[）)]/.test(after);
  // 提出政策措施15条，涉及具体条款95项: the count of a policy's own measures or clauses after their name
  const ownCount = PART_COUNT_UNITS.has(base) && /(政策措施|具体措施|条款|具体条款|举措)\s*$/.test(before);
  if (listCount || ownSize || taskCount || ownCount || (PART_COUNT_UNITS.has(base) && PLAN_PARTS.test(after))) return { kind: 'none', rule: 'figure/list-count' };
  // （限量四千五百名）, 限额8000名: a quota on how many may apply is a rule of the scheme, not a goal
  if (/(?:限量|限额|名额)\s*$/.test(before)) return { kind: 'rule', rule: 'figure/statutory-rule' };
  // 6个月内启动: a span of time within which something is done is a deadline, not a goal (压缩至20个工作日 stays one)
  // (一般在24个月内 and 在6个月内完成 are deadlines too; 控制在…以内 is a goal)
  if (TIME_UNITS.has(base) && /^[以之]?内/.test(after) && !/(至|到|(控制|保持|稳定|压缩|缩短|减少)在)\s*$/.test(before)) return { kind: 'none', rule: 'figure/time-limit' };
  // (需要4-6个月时间): how long a step takes, no goal
  if (TIME_UNITS.has(base) && (/^的?时间/.test(after) || /(需要|需时|需|历时|耗时)\s*$/.test(before))) return { kind: 'none', rule: 'figure/time-limit' };
  // 实行分段支付：开工后支付20%，封顶后支付50%: a share of the support paid at a stage, no support of its own
  if (base === '%' && /(支付|拨付|兑付|兑现|拨款|发放)\s*$/.test(before) && /(分段|分期|分批|后|时|前)[^，。；]{0,4}(支付|拨付|兑付|兑现|拨款|发放)\s*$/.test(before))
    return { kind: 'none', rule: 'figure/instalment' };
  return null;
}

/** 资助 before a kind of school or housing names it (Hong Kong's aided schools, 资助大学, 资助房屋): no support granted. */
const AIDED_NOUN = /资助(?=学校|大学|院校|中学|小学|幼稚园|专上|研究院|学额|学位|房屋|出售)/;
const AIDED_NOUN_ALL = new RegExp(AIDED_NOUN.source, 'g');

/** A site with each 资助 that names a school or housing masked (＊＊, as many characters: offsets stay). */
function maskAided(site: FigureSite): FigureSite {
  const mask = (t: string) => t.replace(AIDED_NOUN_ALL, '＊＊');
  return { ...site, sentence: mask(site.sentence), clause: mask(site.clause), ...(site.fullSentence ? { fullSentence: mask(site.fullSentence) } : {}) };
}

/** Classifies one figure (docs/formats.md, “Figures by kind”); the rules are tried in the order documented there. */
export function classifyFigure(input: FigureSite): Classification {
  const site = AIDED_NOUN.test(input.fullSentence ?? input.sentence) ? maskAided(input) : input;
  const { sentence, at, figure, clause } = site;
  const before = sentence.slice(0, at);
  const after = followsWith(site);
  const base = splitUnit(figure.unit).base;
  // (the length of a relief is read only after a verb of waiving or granting: its support)
  if (figure.form === 'duration' || (base === '个月' && RELIEF_VERB_BEFORE.test(clauseBefore(input)))) return { kind: 'benefit', rule: 'figure/benefit-duration' };
  const notACount = notAGoalCount(site, before, after, base);
  if (notACount) return notACount;
  const threshold = thresholdOf(site);
  if (threshold) return threshold;
  // (四)科技人员占职工总数的比例不低于10% under 申报条件：: a condition, unless its sentence grants support
  if (site.conditionSection && !BENEFIT_WORDS.test(sentence)) return { kind: 'threshold', rule: 'figure/threshold' };
  // 投资于初创期企业资金占比不低于百分之五十: a floor on a share of a fund or a total is a rule of its use, not support
  if (base === '%' && !site.targetYear && /(占比|比重)(?:应当|应|须)?(?:不低于|不少于|不得低于)\s*$/.test(before)) return { kind: 'rule', rule: 'figure/statutory-rule' };
  // 资金的70%以上用于…, 每年安排10万元额度用于…, 350亿元信贷保证承担额, 安排省级财政资金1042.8亿元: funds set aside for a
  // use or a budget, neither a grant to an applicant nor a goal
  if ((/(资金|经费)的?$/.test(before) || /(安排|统筹|设立)$/.test(before)) && /^(额度|资金|经费)?(以上)?用于/.test(after)) return { kind: 'rule', rule: 'figure/earmark' };
  // 设立每年5亿元的财政专项资金用于…: the size of a fund set up for a use
  if (/(安排|统筹|设立|筹集)(每年|每年度)?$/.test(before) && /^的?\p{Script=Han}{0,6}(资金|经费)(以上)?用于/u.test(after)) return { kind: 'rule', rule: 'figure/earmark' };
  // 市财政安排200万元对重点项目进行奖补: a budget set for a kind of support, not the support one applicant gets
  if (/(财政|政府|资金|每年)安排$/.test(before) && /^(专项)?(资金|经费)?对/.test(after)) return { kind: 'rule', rule: 'figure/earmark' };
  const currency = isCurrency(base);
  // 成立创科创投基金20亿元, 天使投资方案总额度加码至100亿元, 数码港投资于其初创企业2亿元: a fund that invests in firms
  // is support (kind equity-fund) — not money put into a fund (注资, 拨款: a budget), nor what has been invested so far
  if (currency && EQUITY_FUND.test(site.fullSentence ?? sentence) && !FUND_BUDGET.test(clauseBefore(site)) && !LEVERAGED.test(clauseBefore(site)) && !STATISTIC_WORDS.test(before) && !site.pastYear && !site.targetYear)
    return { kind: 'benefit', rule: 'figure/benefit' };
  // 预计带动9亿元投资额, 撬动社会资本100亿元: investment a measure brings is its effect — a goal, or a statistic once
  // brought (已带动…) — never support granted
  if (currency && LEVERAGED.test(clauseBefore(site))) {
    const past = (STATISTIC_WORDS.test(before) && !site.targetYear) || site.pastYear;
    return past ? { kind: 'statistic', rule: 'figure/leveraged' } : { kind: 'target', rule: null };
  }
  if (currency && (/^的?\p{Script=Han}{0,4}?(承担额|拨款|预算)/u.test(after) || /(预算|总额度|总规模)(上限|总额|规模)?(为|达|约|共)?\s*$/.test(before) || /(安排|下达|统筹|拨付)[^，。；\d]{0,8}(资金|经费|预算)(?:不少于|不低于|达到|共|总计|合计|约)?$/.test(before))) return { kind: 'rule', rule: 'figure/earmark' };
  // 注资10亿元, 预留50亿元, 设立100亿元基金: the size of a fund or a budget, where support is granted or no goal is dated
  // 5亿元科技券计划: the size of a scheme; 总信贷保证承担额将增加100亿元，至2900亿元: a budget's new total
  const schemeSize = /^的?\p{Script=Han}{0,4}?(基金|专项基金|特别预算|计划|计画)(?!资助|补助|补贴|奖励)/u.test(after);
  // (not 预算案: a budget speech names the bill in the sentence of every measure it announces)
  const budgetTotal = /(承担额|总预算|总拨款)/.test(before) && !GRANTED_BEFORE.test(clauseBefore(site)) && !/(给予|资助|补助|补贴|奖励|提供|最高)/.test(clauseBefore(site));
  // 预算安排13.06亿元，其中，支持…4.26亿元: the shares of a budget are budgets too
  const budgetShare = /预算安排[^，。；\d]{0,6}\d[^。；]*其中/.test(before);
  if (currency && (BUDGET_BEFORE.test(before) || schemeSize || budgetTotal || budgetShare) && (BENEFIT_WORDS.test(sentence) || !DATED_GOAL.test(sentence))) return { kind: 'rule', rule: 'figure/earmark' };
  // (a rate in percentage points too: 贴息1.5个百分点, 追加补助5个百分点)
  const money = currency || base === '%' || base === '‰' || base === '个百分点' || figure.form === 'ratio' || figure.form === 'share';
  // 每年安排最高100万元经费: a cap on money is support granted, even in a sentence that holds every year
  const capped = currency && /最高\s*$/.test(before);
  // (之前的每月津贴为16,000元), 由200万元增至600万元: the amount before a change is where things stood
  if ((money && /(之前|此前|原为|原来|原先)[^，。；\d]*$/.test(before)) || (/(由|从)(目前|现时|现行|原来|原)?的?\s*$/.test(before) && CHANGED_TO.test(after))) return { kind: 'statistic', rule: 'figure/statistic' };
  // 截至9月14日，已批出5,253宗，总金额约2.62亿元: what has been granted so far is where things stand, not an offer
  // (…至今已补助136位，…宣布补助金额将提高到50万元: a change to come in the figure's own clause is an offer)
  const comingChange = /(?:将|拟|会)[^，。；]{0,8}(?:提高|增加|增至|提升|调升|上调|扩大)(?:到|至)?\s*$/.test(clauseBefore(site));
  if (money && !comingChange && (GRANTED_SO_FAR.test(before) || RECEIVED_BEFORE.test(clauseBefore(site)))) return { kind: 'statistic', rule: 'figure/statistic' };
  // 企业须投入不少于二亿元资金, 只须准备30%自筹款: what the applicant must put in is a term of the support, not support
  if (money && (APPLICANT_SHARE_BEFORE.test(clauseBefore(site)) || /^的?自筹/.test(after))) return { kind: 'rule', rule: 'figure/statutory-rule' };
  // 八成担保产品, 保证成数8至9成: the share of a loan the government guarantees is support (a guarantee)
  if (base === '%' && (/^[的之]?(?:信贷|融资|贷款|信用)?(?:担保|保证)(?!金)/.test(after) || /(?:担保|保证)(?:成数|比例|比率)[^，。；\d]{0,6}$/.test(before)) && !site.targetYear)
    return { kind: 'benefit', rule: 'figure/benefit' };
  // a year that holds only as 每年 (奖励600万元/家，每年200万元) dates no goal: the sentence's support is what counts
  const dated = site.targetYear && DATED_GOAL.test(sentence);
  if (money && BENEFIT_WORDS.test(sentence) && (!dated || capped || BENEFIT_WORDS.test(clause))) return { kind: 'benefit', rule: 'figure/benefit' };
  // 七、贷款额度 (一)週轉性支出 每一事业最高新台币伍百万元: money under a heading that names support is that support
  // (not a share of a fund a law reserves: 用于中小企业的资金比例应当不低于三分之一)
  if (money && site.supportSection && !site.pastYear && !/用于|应当/.test(sentence) && !DATED_GOAL.test(site.fullSentence ?? sentence)) return { kind: 'benefit', rule: 'figure/benefit' };
  // 补助三十万元为原则；但有自筹款者以五十万元为限: a cap in a part of a sentence whose other part grants the support
  const full = site.fullSentence ?? sentence;
  if (currency && /(最高|不超过|上限|为限)/.test(clause) && BENEFIT_WORDS.test(full) && !DATED_GOAL.test(full)) return { kind: 'benefit', rule: 'figure/benefit' };
  // 将上限由50万元增加至100万元 (a scheme's page): a cap raised is the support's new cap, with no word of support
  if (currency && /上限/.test(clauseBefore(site)) && /(增加|提高|提升|调升|上调|增|扩大)(到|至)\s*$/.test(before) && !DATED_GOAL.test(full)) return { kind: 'benefit', rule: 'figure/benefit' };
  // 获支持企业最多不超过10个, 单个企业最多申报5人: a cap a support scheme sets on how many, not a goal
  if (!money && BENEFIT_WORDS.test(sentence) && !DATED_GOAL.test(sentence) && prefixComparator(clauseBefore(site)) === '≤') return { kind: 'rule', rule: 'figure/statutory-rule' };
  if (figure.form === 'ratio') return { kind: 'none', rule: null };
  return goalOrStatistic(site, before, after, currency);
}

/** The last reading of a figure that is no support: a forecast, a reach, a statistic, a rule, else a target. */
function goalOrStatistic(site: FigureSite, before: string, after: string, currency: boolean): Classification {
  const { figure } = site;
  const forecast = forecastOf(site);
  if (forecast) return forecast;
  // 预计全港约有90万名学生受惠: the people a measure reaches, no goal of the text (unless a goal word holds it)
  if (/^[^，。；\d]{0,8}(受惠|受益)/.test(after) && !GOAL_SET_WORDS.test(before)) return { kind: 'none', rule: 'figure/reach' };
  // 善用当中610亿元盈余: a surplus, deficit or reserve is the purse's state, no goal
  if (currency && /^(?:的)?(?:财政)?(?:盈余|赤字|储备)/.test(after)) return { kind: 'statistic', rule: 'figure/statistic' };
  // 去年每8辆…, 过去10年由…增至1.85万辆: a past year named in the figure's own clause
  const pastClause = PAST_YEAR_WORDS.test(clauseBefore(site));
  // 今年共核定634件: words of what has been done hold against a year that is only 今年 (今年力争…已 is rare)
  const doneThisYear = site.relativeYear === true && STATISTIC_WORDS.test(before) && !INTENT_WORDS.test(before) && !/力争|争取|确保/.test(before);
  // (去年 in the figure's own clause holds against a goal year in another: 去年绿能比重约11.7%，2030年…)
  const pastOwnClause = pastClause && !YEAR_WORD.test(clauseBefore(site));
  if (((STATISTIC_WORDS.test(before) || pastClause) && !site.targetYear) || pastOwnClause || site.pastYear || doneThisYear || standsBeforeGoal(site))
    return { kind: 'statistic', rule: 'figure/statistic' };
  // a limit, or what an applicant must do (必须以现金投入不少于…三分之一), with no target year: a rule
  // (a plan's limit worded as a goal — 时延控制在10毫秒以内, 浓度低于43微克/立方米 — is a goal, year or none)
  const plannedLimit = site.plan && /(控制在|小于|低于|降至|降低到|降低至|压缩至|压缩到)\s*$/.test(clauseBefore(site));
  if (!site.targetYear && ((comparatorOf(clauseBefore(site), figure.suffix) === '≤' && !plannedLimit) || /(必须|应当|须)[^，。；]*$/.test(before))) return { kind: 'rule', rule: 'figure/statutory-rule' };
  return { kind: 'target', rule: null };
}

/** What an applicant must put in (须投入不少于, 需自筹, 应配套): a term of the support. */
const APPLICANT_SHARE_BEFORE = /(?:须|必须|需|需要|应|应当|只须|只需)(?:投入|出资|准备|自筹|配套|承担)[^，。；\d]{0,6}$/;

/** A year in digits or in Chinese numerals digit by digit (2030年, 二〇三〇年). */
const YEAR_WORD = /\d{4}\s*年|[一二][〇零○О][〇零○О一二三四五六七八九]{2}年/;

/** Words of an estimate or a projection (估计到2030年有望达逾29万辆, 按目前趋势推算…或有, 更可能趋近, 料增至). */
const FORECAST_WORDS = /估计|估算|推算|预测|测算|可能|或有|料(?:将|增至|达|有)|足以/g;
/** Words of a goal set, which hold against an estimate before them (估计…，当局目标…). */
const GOAL_SET_WORDS = /目标|力争|争取|确保|计划|规划|要求/;

/**
 * Rule figure/forecast: a figure an estimate or projection states is no goal — the last forecast word before it
 * in its sentence with no goal word between (按目前趋势推算，2030年或有逾29万辆电动私家车). 预计 is not among them:
 * plans write their goals with it (预计到2025年…).
 */
function forecastOf(site: FigureSite): Classification | null {
  const before = site.sentence.slice(0, site.at);
  const last = [...before.matchAll(FORECAST_WORDS)].at(-1);
  if (!last || GOAL_SET_WORDS.test(before.slice(last.index!))) return null;
  return { kind: 'none', rule: 'figure/forecast' };
}

/** Words of where things stand (截至去年底, 目前) before a figure with no year or goal between them and it. */
const STANDS_WORDS = /截至|截止|目前|现时|现有|去年底|去年|前年/g;

/** 截至去年底，本港有1.6万支公共充电桩，当局目标明年中提升至2万支: the count now, though the sentence dates a goal after it. */
function standsBeforeGoal(site: FigureSite): boolean {
  const before = site.sentence.slice(0, site.at);
  const last = [...before.matchAll(STANDS_WORDS)].at(-1);
  if (!last) return false;
  const between = before.slice(last.index! + last[0].length);
  return !new RegExp(`${YEAR_WORD.source}|今年|明年|年内|到|目标|力争|争取|确保|将|提升|提高|增至|达到`).test(between);
}

/** Currencies of the places whose texts print amounts in plain 元 (rule figure/currency). */
const PLACE_CURRENCY: [RegExp, string, string][] = [
  [/澳门|澳門/, '澳门元', 'Macao'],
  [/香港|港府|特区政府|立法会/, '港元', 'Hong Kong'],
  // (the cities and counties of Taiwan, on the Simplified reading: 台北市青年局, 彰化县政府)
  [/台湾|臺灣|台灣|行政院|立法院|新台币|经济部|台北市|新北市|桃园市|台中市|台南市|高雄市|基隆市|新竹[市县]|苗栗县|彰化县|南投县|云林县|嘉义[市县]|屏东县|宜兰县|花莲县|台东县|澎湖县|金门县|连江县/, '新台币', 'Taiwan'],
];

/**
 * Rule figure/currency: the currency of a text's amounts printed in plain 元 — Hong Kong dollars in a Hong Kong
 * text, New Taiwan dollars in a Taiwan one, patacas in a Macao one — or null (renminbi). The place is the one
 * the title or issuer names (units/other-jurisdiction); a Traditional text that names neither is placed by the
 * place it names most (at least twice). Takes and returns the Simplified reading.
 */
export function documentCurrency(place: string | null, text: string, traditional: boolean): { currency: string; place: string } | null {
  for (const [re, currency, name] of PLACE_CURRENCY) if (place && re.test(place)) return { currency, place: name };
  if (place || !traditional) return null;
  const counts = PLACE_CURRENCY.map(([re, currency, name]) => ({ currency, place: name, n: text.match(new RegExp(re.source, 'g'))?.length ?? 0 }));
  const best = counts.sort((a, b) => b.n - a.n)[0]!;
  return best.n >= 2 ? { currency: best.currency, place: best.place } : null;
}
