/**
 * Rule units/other-jurisdiction: where a document is from, when that is not Chongqing — the place its title or
 * issuer names, else, for a text that never names Chongqing, the place its text names most (a county's 市科技局
 * in a 政策解读 whose title names no place is that county's bureau, not Chongqing's).
 */
import { PLACES_BY_PROVINCE, PREFECTURE_CITIES } from './places.generated.ts';
import { otherJurisdiction } from './units.ts';

/** Where a document is from: the place as named, its province, and what told it. */
export interface Jurisdiction {
  place: string;
  province: string;
  basis: 'title or issuer' | 'text';
}

// The province-level regions: their full names; the autonomous regions and the Hong Kong, Macao and Taiwan
// forms also by their common short names. (浙江 alone is not counted: 中山东路 holds 山东.)
const REGIONS: [RegExp, string][] = [
  ...Object.keys(PLACES_BY_PROVINCE).map((p): [RegExp, string] => [new RegExp(p, 'g'), p]),
  [/内蒙古|广西|西藏|宁夏|新疆/g, ''],
  [/香港|全港|本港|港府|特区政府|立法会/g, '香港'],
  [/澳门/g, '澳门'],
  [/台湾|全台|台北|新北市|桃园市|台中市|台南市|高雄市|行政院|立法院|经济部(?!门)/g, '台湾'],
];

// A city or county name followed by a character that makes it a word: 新兴区域, 新城镇化, 中山市场.
const WORD_AFTER = '(?![域化场民值])';
const PROVINCE_OF = new Map<string, string>();
for (const [province, names] of Object.entries(PLACES_BY_PROVINCE)) for (const n of names.split(' ')) PROVINCE_OF.set(n, province);
const COUNTY_NAMES = [...PROVINCE_OF.keys()].filter((n) => PROVINCE_OF.get(n) !== '重庆市');
// A prefecture-level city is also named without 市 (常州, 舟山), unless that short name is a word (大同, 开封,
// 日照, 来宾, 普洱, 德州 is also Texas) or a province's (吉林).
const SHORT_NAME_WORDS = new Set('大同 安康 长治 朝阳 白银 中山 北海 白山 黄山 来宾 开封 日照 德州 普洱 吉林 海东 三明 泰安 定西 中卫 黑河 金昌 玉林 丽江 南平 永州 通化 抚顺 辽阳 铁岭 四平 松原 鹤岗 双鸭山 伊春 七台河 黄石 宜春 新余 吉安 景德镇 安阳 信阳 南阳 濮阳 邵阳 益阳 阳江 清远 河源 云浮 贵港 百色 河池 三沙 广安 资阳 眉山 安顺 保山 昭通 临沧 吴忠 固原 平凉 酒泉 武威 东营'.split(' '));
const SHORT_NAMES: readonly string[] = PREFECTURE_CITIES.split(' ').map((n) => n.slice(0, -1)).filter((n) => n.length >= 2 && !SHORT_NAME_WORDS.has(n));
const SHORT_NAME_SET = new Set(SHORT_NAMES);
for (const n of SHORT_NAMES) PROVINCE_OF.set(n, PROVINCE_OF.get(`${n}市`)!);
const NAMED_PLACE = new RegExp(
  `(?:${[...COUNTY_NAMES, ...SHORT_NAMES.filter((n) => PROVINCE_OF.get(n) !== '重庆市')].sort((a, b) => b.length - a.length).join('|')})${WORD_AFTER}`,
  'g',
);
const CHONGQING = new RegExp(`重庆|重慶|渝(?:府|委|办|辦|发|發|科|财|財|人社|经信|經信)|${PLACES_BY_PROVINCE['重庆市']!.split(' ').join('|')}`);

const NATIONAL = /^(?:国务院|中共中央|全国人民代表大会|全国人大|中华人民共和国)|\|(?:国务院|中共中央|全国人民代表大会|全国人大)/;

/** The province-level region a place names (玉环市 → 浙江省; 香港 → 香港), or the place itself when unknown. */
export function provinceOf(place: string): string {
  if (PROVINCE_OF.has(place)) return PROVINCE_OF.get(place)!;
  for (const [re, province] of REGIONS) if (new RegExp(re.source).test(place)) return province || place;
  return place;
}

/** Whether a text names Chongqing: the city, a 渝 document number or body, or one of its districts and counties. */
export function namesChongqing(text: string): boolean {
  return CHONGQING.test(text);
}

/** The place a text names most (at least once), counting provinces, cities and counties of elsewhere; else null. */
export function mostNamedPlace(text: string): string | null {
  const counts = new Map<string, number>();
  const add = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);
  // a city's short name counts for its full one (常州 is 常州市)
  for (const m of text.matchAll(NAMED_PLACE)) add(SHORT_NAME_SET.has(m[0]) ? `${m[0]}市` : m[0]);
  for (const [re, province] of REGIONS) for (const m of text.matchAll(re)) add(province || m[0]);
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  return best;
}

/**
 * Where a document is from when that is not Chongqing, else null. Its title or issuer decides first; a text
 * that names no place there and never names Chongqing is from the place it names most. A text that names no
 * place at all is taken as Chongqing's, the registry's jurisdiction. Takes the Simplified reading.
 */
export function documentJurisdiction(title: string, issuer: string | null, text: string): Jurisdiction | null {
  // a text the country's own bodies issue (国务院印发…) is the nation's, not the place its newspaper prints
  if (NATIONAL.test(`${issuer ?? ''}|${title.replace(/^[《〈“"「]+/, '')}`)) return { place: '全国', province: '全国', basis: 'title or issuer' };
  const named = otherJurisdiction(title.replace(/^[《〈“"「]+/, ''), issuer);
  if (named) return { place: named, province: provinceOf(named), basis: 'title or issuer' };
  if (namesChongqing(`${issuer ?? ''} ${title} ${text}`)) return null;
  const place = mostNamedPlace(text);
  return place ? { place, province: provinceOf(place), basis: 'text' } : null;
}
