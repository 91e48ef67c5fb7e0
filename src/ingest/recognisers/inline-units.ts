/**
 * Inline assignments: the responsible units a measure names in its own text, in
 * the forms plans use (documented in docs/formats.md, “Targets, units and assignments”):
 *   labelled        （牵头单位：市科技局；责任单位：市教委、市经济信息委等） — also ，between the parts, 配合单位, 责任部门 …
 *   lead-verb       （市科技局牵头，市财政局、市教委等配合） — also 参与, 协同, 协助; 主办 … 协办 (区商务局主办，相关街道协办)
 *   shared-duty     （市商务委、市文化旅游委、市市场监管局按职责分工负责） — every unit named leads
 *   trailing-label  a last line or sentence 责任单位：市科技局、市财政局 (or 牵头单位：…；配合单位：…)
 *   duty-subject    in a legislative text only, when no other form is found: the body a sentence opens with
 *                   as the subject of a duty (市科技行政管理部门负责…, 由省气象主管机构组织…) leads
 *   by-lead         in any text, when no other form is found: 由A牵头… / 由A负责… / 由A会同B、C制定… in running text
 * Half-width ( ) : ; , count as their full-width forms.
 */
import { tokenizeUnits, type UnitRegistry } from './units.ts';

export type AssignmentForm = 'labelled' | 'lead-verb' | 'shared-duty' | 'unlabelled-list' | 'trailing-label' | 'duty-subject' | 'by-lead';

/** A sentence that opens with a body and a verb of duty (市农业农村部门应当…, 由省、自治区、直辖市气象主管机构组织…). */
const DUTY_SUBJECT =
  /^由?((?:国务院|省|市|区|县|自治区|直辖市|乡镇|县级以上)?[\p{Script=Han}、（）]{0,24}?(?:部门|机构|机关|局|委员会|办公室|管委会|人民政府))(?=应当|负责|会同|可以|依法|按照|组织|统筹|建立|制定|定期)/u;

/** A body's name as plans end it (局, 委, 办, 管委会, 人民政府 …), for rule by-lead. */
const BODY_NAME = '[\\p{Script=Han}（）]{1,24}?(?:局|委员会|管委会|委|厅|办公室|办|部|中心|人民政府|政府|新区|区|县)';
/** 由A牵头 / 由A负责 / 由A会同B、C and D (rule by-lead): an assignment in running text. */
const BY_LEAD = new RegExp(`由(${BODY_NAME}(?:[、和及与]${BODY_NAME})*)(牵头|负责|会同((?:${BODY_NAME})(?:[、和及与](?:${BODY_NAME}))*)(?=[制研负组开实推共等，。；]|$))`, 'gu');

/**
 * The bodies of a list: apart at 、, and at 和, 及 or 与 only where the part before ends as a body does
 * (奉贤区和临港地区管委会 is two; 市人力资源和社会保障局, 市住房和城乡建设委员会 are one).
 */
function bodies(list: string): string[] {
  return list.split('、').flatMap((part) => part.split(/(?<=(?:局|委员会|管委会|委|厅|办公室|办|部|中心|政府|区|县))[和及与]/u));
}

/** The assignments 由…牵头 / 由…会同… of a text (rule by-lead), with where each stands. */
function byLeads(folded: string): { start: number; end: number; lists: Lists }[] {
  return [...folded.matchAll(BY_LEAD)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    lists: { lead: bodies(m[1]!), support: m[3] ? bodies(m[3]) : [], responsible: [] },
  }));
}

/** The bodies the sentences of a text open with as the subject of a duty, with where each sentence starts (rule duty-subject). */
function dutySubjects(folded: string): { start: number; end: number; name: string }[] {
  const out: { start: number; end: number; name: string }[] = [];
  for (const m of folded.matchAll(/[^。；\n]+[。；]?/g)) {
    // (after the article's own number, when the text carries it: 第五条 市农业农村部门应当…)
    const lead = m[0].match(/^\s*(?:第[一二三四五六七八九十百零〇\d]+条\s*)?/)![0].length;
    const subject = m[0].slice(lead).match(DUTY_SUBJECT);
    if (subject) out.push({ start: m.index! + lead, end: m.index! + m[0].trimEnd().length, name: subject[1]! });
  }
  return out;
}

export interface InlineAssignment {
  lead: string[];
  support: string[];
  unknown: string[];
  /** Names not in the registry (or in a text of another jurisdiction), as printed, by role. */
  leadAsPrinted: string[];
  supportAsPrinted: string[];
  /** A 责任单位 list without 牵头 label was read by rule first-listed-leads (its first unit leads). */
  firstListedLeads: boolean;
  /** The first assignment as it stands in the text. */
  quote: string;
  /** Every assignment read, in text order, with its form (a measure may assign each of its parts). */
  found: { form: AssignmentForm; quote: string }[];
}

/** Labels of a unit list. 责任单位 without any 牵头 label: its first unit leads, the others support (rule first-listed-leads); with one, all support. */
const LEAD_LABELS = ['牵头单位', '牵头部门', '牵头责任单位', '主要责任单位', '主责单位'];
const RESPONSIBLE_LABELS = ['责任单位', '责任部门'];
const SUPPORT_LABELS = ['协同配合单位', '协同责任单位', '配合责任单位', '配合单位', '配合部门', '协办单位', '参与单位', '协同单位', '支持单位'];
/** Other labelled parts that may follow the units (a deadline, the leader in charge); they are skipped. */
const OTHER_LABELS = ['完成时限', '完成时间', '完成期限', '时间节点', '牵头负责领导', '负责领导', '责任领导', '分管领导'];
const ALL_LABELS = [...LEAD_LABELS, ...RESPONSIBLE_LABELS, ...SUPPORT_LABELS, ...OTHER_LABELS].sort((a, b) => b.length - a.length);

/**
 * A label of a field that belongs to the item above it (its units — 牵头单位, 责任部门 … —, deadline or leader): a line
 * that starts with one is part of that item, never a named lead-in of its own.
 */
export const ITEM_FIELD_LABEL = new RegExp(`^(${ALL_LABELS.join('|')})$`);

const SEPARATORS = '；，。\n';
const TRAILING_SEPARATORS = new RegExp(`[${SEPARATORS}\\s]+$`);
// (spaces alone may part the lists, or nothing once the spaces are gone: （牵头单位：市商务局  责任单位：市编办）)
const LABEL_AT = new RegExp(`([${SEPARATORS}]?\\s*)(${ALL_LABELS.join('|')})\\s*：\\s*`, 'g');

/** What an unknown name in an unlabelled form must look like to be taken as a unit (市文化旅游委, 区级相关部门, 各区县, 省数据局（省营商局）). */
const UNIT_LIKE = /^(各|有关|相关)?[\p{Script=Han}（）]{0,24}(委员会|管委会|委|局|办|办公室|政府|部门|部|室|联|厅|院|所|会|社|站|处|中心|集团|公司|银行|支行|分行|单位|法院|检察院|海关|税务局|区县市?|区|县)(（[\p{Script=Han}]{2,12}）)?$/u;

/** The governments below the city, named together: 各市（县）, 各区县, 各镇街. */
const LOCAL_GOVERNMENTS = /^各(?:市|区|县|镇|乡|街道)[（）\p{Script=Han}]{0,6}$/u;

// 〔A、B〕 (a task division's units in hexagonal brackets) is read as （A、B）
const HALF_TO_FULL: Record<string, string> = { '(': '（', ')': '）', ':': '：', ';': '；', ',': '，', '〔': '（', '〕': '）' };

/** Traditional characters of the labels, verbs and unit endings the forms are written with, and their Simplified forms. */
const TRADITIONAL = '負責牽頭單協參與職聯辦會門員務廳區縣處國團組織設並於標為'.split('');
const SIMPLIFIED = '负责牵头单协参与职联办会门员务厅区县处国团组织设并于标为'.split('');
const TO_SIMPLIFIED: Record<string, string> = Object.fromEntries(TRADITIONAL.map((c, i) => [c, SIMPLIFIED[i]!]));

/**
 * The text with half-width ( ) : ; , and 〔 〕 as full-width （ ） ： ； ， and the Traditional characters of the assignment forms
 * (負責, 牽頭單位, 市殘聯 …) as Simplified; one character for one, so offsets stay valid and names are read back
 * as printed (printedName).
 */
const TRADITIONAL_CHAR = new RegExp(`[${TRADITIONAL.join('')}]`, 'g');

function fold(text: string): string {
  return text.replace(/[():;,〔〕]/g, (c) => HALF_TO_FULL[c]!).replace(TRADITIONAL_CHAR, (c) => TO_SIMPLIFIED[c]!);
}

/** A name read from the folded text, as the original text prints it (the same offsets). */
function printedName(original: string, folded: string, name: string): string {
  const at = folded.indexOf(name);
  return at < 0 ? name : original.slice(at, at + name.length);
}

/** Every top-level parenthesis （…） with its offset (unit names may contain （…）). */
function parentheses(text: string): { start: number; inner: string; quote: string }[] {
  const out: { start: number; inner: string; quote: string }[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '（') {
      if (depth++ === 0) start = i;
    } else if (text[i] === '）' && depth > 0 && --depth === 0) {
      out.push({ start, inner: text.slice(start + 1, i), quote: text.slice(start, i + 1) });
    }
  }
  return out;
}

interface Lists {
  lead: string[];
  support: string[];
  /** 责任单位 lists without any 牵头 label: the first unit named leads, the others support (rule first-listed-leads). */
  responsible: string[];
}

/** Splits “牵头单位：A；责任单位：B” (any of the separators between parts) into lead and support lists; null when it does not start with a label. */
function labelledLists(s: string): Lists | null {
  const hits = [...s.matchAll(LABEL_AT)].map((m) => ({ label: m[2]!, at: m.index! + m[1]!.length, from: m.index! + m[0].length }));
  if (!hits.length || hits[0]!.at !== 0) return null;
  const hasLead = hits.some((h) => LEAD_LABELS.includes(h.label));
  const lists: Lists = { lead: [], support: [], responsible: [] };
  const parts = hits.map((h, k) => ({ label: h.label, list: s.slice(h.from, k + 1 < hits.length ? hits[k + 1]!.at : s.length).replace(TRAILING_SEPARATORS, '') }));
  // A list is a run of names: one that goes on into another line or sentence is text, not an assignment.
  if (parts.some((p) => /[。\n]/.test(p.list))) return null;
  for (const { label, list } of parts) {
    if (LEAD_LABELS.includes(label)) lists.lead.push(list);
    else if (RESPONSIBLE_LABELS.includes(label) && !hasLead && STARRED.test(list)) starredLists(list, lists);
    else if (RESPONSIBLE_LABELS.includes(label) && !hasLead) lists.responsible.push(list);
    else if (!OTHER_LABELS.includes(label)) lists.support.push(list);
  }
  return lists;
}

/** A mark before a unit that a note names as the lead's (标☆的为牵头单位). */
const STARRED = /[☆★]/;

/** 责任单位：☆经信局、科技局 (标☆的为牵头单位): the marked units lead, the others support. */
function starredLists(list: string, lists: Lists): void {
  const names = list.split(/[、，]/).map((n) => n.trim()).filter(Boolean);
  const lead = names.filter((n) => STARRED.test(n)).map((n) => n.replace(/[☆★]/g, ''));
  const support = names.filter((n) => !STARRED.test(n));
  lists.lead.push(lead.join('、'));
  if (support.length) lists.support.push(support.join('、'));
}

/** （A牵头，B配合）, and a city's 主办/协办 for the same (区商务局主办，相关街道协办). */
const LEAD_VERB = /^由?(.+?)(?:牵头|主办)(?:负责|实施|推进|落实)?(?:[，；](.+?)(?:配合|参与|协同|协助|协办|参加|按职责分工负责|按职责负责)(?:实施|推进|落实)?)?$/;
/** （A、B按职责分工负责）, also with those who carry it out after it (，各县区政府具体落实: they support). */
const SHARED_DUTY = /^由?(.+?)(?:按照职责分工负责|按职责分工负责|按职责负责|分工负责|共同负责|负责)(?:[，；](.+?)(?:具体落实|抓好落实|配合|参与))?$/;

/** Units of no name: 相关街道, 各有关部门. */
const UNNAMED = /^(?:相关|有关|各有关|各相关|各)\p{Script=Han}{1,8}$/u;

/** Words of a parenthesis that explains or abbreviates a name (以下简称市科技局), never a list of responsible units. */
const NOT_A_LIST = /简称|下称|以下|包括|包含|含|例如|即|如|等同/;

/** Reads one parenthesis: labelled, or one of the unlabelled forms whose names all look like units. */
function readParenthesis(registry: UnitRegistry, inner: string, last: boolean): { form: AssignmentForm; lists: Lists } | null {
  // (a note after the lists, （牵头单位：…；责任单位：…。以下任务均需各区落实，不再一一列出）, is no part of them)
  // (and the note that names the lead's mark, （责任单位：☆经信局、科技局。标☆的为牵头单位，下同。）)
  const note = /。\s*(?:以下|下同|其他|其余|各项|注|标[☆★])/.exec(inner);
  const labelled = labelledLists(inner) ?? (note ? labelledLists(inner.slice(0, note.index)) : null);
  if (labelled) return { form: 'labelled', lists: labelled };
  // Rule assignment/unlabelled-list: （市科技局、市财政局）, 〔省发展改革委、省科技厅〕 — units alone, the first leads
  // (several units, or one at the end of the measure)
  const several = tokenizeUnits(registry, withoutEtc(inner)).length > 1;
  // (区商务局主办, 相关街道协办 are no units named …办: the verbs are read below)
  // (a comma may part the city's units from the districts': （市人保局，各市（县）、区政府）; a slash parts them in
  // Hong Kong's lists: （政务司司长办公室/劳工及福利局）)
  const list = inner.replace(/[，/／]/g, '、');
  if ((several || last || list !== inner) && !/主办|协办/.test(inner) && !NOT_A_LIST.test(inner) && !/[；：。]/.test(inner) && unitList(registry, list))
    return { form: 'unlabelled-list', lists: { lead: [], support: [], responsible: [list] } };
  const verb = inner.match(LEAD_VERB);
  const shared = verb ? null : inner.match(SHARED_DUTY);
  const found: { form: AssignmentForm; lists: Lists } | null = verb
    ? // (a support of no name, 相关街道 or 各有关部门, is none: it does not undo the lead)
      { form: 'lead-verb', lists: { lead: [verb[1]!], support: verb[2] && !UNNAMED.test(verb[2]) ? [verb[2]] : [], responsible: [] } }
    : shared
      ? { form: 'shared-duty', lists: { lead: [shared[1]!], support: shared[2] && !UNNAMED.test(shared[2]) ? [shared[2]] : [], responsible: [] } }
      : null;
  // Without a label, only a list of unit names is an assignment (not “（由企业自主负责）”).
  if (!found || ![...found.lists.lead, ...found.lists.support].every((l) => unitList(registry, l))) return null;
  return found;
}

/** A list without its “and others” (市教委等, 区水务局等部门, …等有关单位): not names of units. */
function withoutEtc(list: string): string {
  return list.replace(/等(?:有关|相关)?(?:部门|单位)?(?=[、，；\s]|$)/g, '');
}

/** True when every name in the list is a known unit or looks like one. */
function unitList(registry: UnitRegistry, list: string): boolean {
  const tokens = tokenizeUnits(registry, withoutEtc(list));
  return tokens.length > 0 && tokens.every((t) => t.id !== null || (!/\d/.test(t.text) && (UNIT_LIKE.test(t.text) || LOCAL_GOVERNMENTS.test(t.text))));
}

/** The last sentence or lines of a text when they are labelled unit lists (…推进。责任单位：市科技局、市财政局。), or null. */
function trailingLabel(text: string): { start: number; lists: Lists } | null {
  const trimmed = text.replace(/[\s。；]+$/, '');
  // From the end backwards, take sentences and lines while each is labelled lists (linear in what it reads).
  let start = trimmed.length;
  let end = trimmed.length;
  while (end > 0) {
    const cut = Math.max(trimmed.lastIndexOf('。', end - 1), trimmed.lastIndexOf('\n', end - 1));
    // (a line that ends with 。 leaves nothing between its 。 and the line break)
    if (cut >= 0 && !trimmed.slice(cut + 1, end).trim()) {
      end = cut;
      continue;
    }
    if (!labelledLists(trimmed.slice(cut + 1, end).trim())) break;
    start = cut + 1;
    end = cut;
  }
  if (start >= trimmed.length) return null;
  const tail = trimmed.slice(start);
  const lists = labelledLists(tail.trim());
  return lists ? { start: start + tail.match(/^\s*/)![0].length, lists } : null;
}

/** The lead and supporting units of a measure's text, or null when it names none inline. */
export function extractInlineAssignment(registry: UnitRegistry, text: string, options: { legislative?: boolean } = {}): InlineAssignment | null {
  const folded = fold(text);
  const found: { form: AssignmentForm; quote: string; start: number; lists: Lists }[] = [];
  const trimmedEnd = folded.replace(/[\s。；，]+$/, '').length;
  for (const p of parentheses(folded)) {
    // (one that ends the text or a line of it: a bullet's units, - 鼠患黑点于2023年底前至少减半。（环境及生态局）)
    const end = p.start + p.quote.length;
    const last = end === trimmedEnd || /^[\s。；]*\n/.test(folded.slice(end, end + 8));
    const read = readParenthesis(registry, p.inner, last);
    if (read) found.push({ ...read, start: p.start, quote: text.slice(p.start, p.start + p.quote.length) });
  }
  const trailing = trailingLabel(folded);
  if (trailing)
    found.push({ form: 'trailing-label', lists: trailing.lists, start: trailing.start, quote: text.slice(trailing.start).replace(/\s+$/, '') });
  // A law assigns a duty to the subject of its sentence: read only where no unit list says otherwise.
  if (!found.length && options.legislative)
    for (const d of dutySubjects(folded)) found.push({ form: 'duty-subject', lists: { lead: [d.name], support: [], responsible: [] }, start: d.start, quote: text.slice(d.start, d.end) });
  // 由A牵头… in running text, where no unit list or duty says otherwise
  if (!found.length) for (const b of byLeads(folded)) found.push({ form: 'by-lead', lists: b.lists, start: b.start, quote: text.slice(b.start, b.end) });
  if (!found.length) return null;
  found.sort((a, b) => a.start - b.start);

  const lead: string[] = [];
  const support: string[] = [];
  const unknown: string[] = [];
  const printed = { lead: [] as string[], support: [] as string[] };
  const put = (role: 'lead' | 'support', t: { id: string | null; text: string }) => {
    if (!t.id) {
      if (!unknown.includes(t.text)) unknown.push(t.text);
      if (!printed[role].includes(t.text)) printed[role].push(t.text);
    } else {
      const into = role === 'lead' ? lead : support;
      if (!into.includes(t.id)) into.push(t.id);
    }
  };
  let firstListedLeads = false;
  for (const f of found) {
    for (const l of f.lists.lead) {
      const tokens = tokenizeUnits(registry, withoutEtc(l));
      // a duty's subject is one body (省、自治区、直辖市气象主管机构), unless it is a list of known units
      if (f.form === 'duty-subject' && !tokens.every((t) => t.id)) put('lead', { id: null, text: l });
      else for (const t of tokens) put('lead', t);
    }
    for (const l of f.lists.support) for (const t of tokenizeUnits(registry, withoutEtc(l))) put('support', t);
    for (const l of f.lists.responsible) {
      tokenizeUnits(registry, withoutEtc(l)).forEach((t, i) => put(i === 0 ? 'lead' : 'support', t));
      firstListedLeads = true;
    }
  }
  return {
    lead,
    support: support.filter((id) => !lead.includes(id)),
    unknown,
    leadAsPrinted: printed.lead.map((n) => printedName(text, folded, n)),
    supportAsPrinted: printed.support.filter((n) => !printed.lead.includes(n)).map((n) => printedName(text, folded, n)),
    firstListedLeads,
    quote: found[0]!.quote,
    found: found.map((f) => ({ form: f.form, quote: f.quote })),
  };
}
