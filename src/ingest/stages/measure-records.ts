/**
 * The records stage's measure step: one record per leaf provision, with its responsible units (from
 * the task table, else from its own text: assignment/…), its deadline and its English; and the
 * figures of every provision, read in document order (target-records.ts).
 */
import type { Measure, Task } from '../../data/schemas.ts';
import { isConditionHeading, isPastHeading, isSupportHeading, matchFigures } from '../recognisers/figures.ts';
import { foldTraditional } from '../recognisers/traditional-fold.ts';
import { extractInlineAssignment, type AssignmentForm, type InlineAssignment } from '../recognisers/inline-units.ts';
import { diagnostic } from '../report/diagnostics.ts';
import { anchorOf } from './mdast.ts';
import { anchored, reportUnknownUnit, urlOf, type RecordContext } from './record-context.ts';
import type { ProvisionNode } from './structure.ts';
import type { FigureRecords } from './target-records.ts';
import { measureText } from './task-records.ts';

/** A provision with the provisions above it, as `walk` gives it. */
export interface Walked {
  node: ProvisionNode;
  ancestors: ProvisionNode[];
}

/** The units of a measure: from its rows of the task table when it has any, else from its own text. */
interface Units {
  lead: string[];
  support: string[];
  leadAsPrinted: string[];
  supportAsPrinted: string[];
  unitsFrom: Measure['unitsFrom'];
  deadline: string | null;
}

/**
 * Every measure record, in document order; the figures of every provision (measure or heading) go to `figures`.
 * `leadIn` is the preamble's last paragraph: a line of conditions (申报条件：) over the parts below it.
 */
export function measureRecords(ctx: RecordContext, all: Walked[], tasksByMeasure: Map<string, Task[]>, figures: FigureRecords, leadIn: string | null = null): Measure[] {
  const { id } = ctx;
  const measures: Measure[] = [];
  for (const { node, ancestors } of all) {
    const nodeId = `${id}/${node.key}`;
    const isMeasure = node.children.length === 0;
    let deadline: string | null = null;
    if (isMeasure) {
      const units = unitsOf(ctx, node, tasksByMeasure.get(nodeId) ?? [], ancestors);
      deadline = units.deadline;
      measures.push(measureRecord(ctx, node, ancestors, measures.length, units));
    }
    const taskYear = deadline ? Number(deadline.slice(0, 4)) : null;
    const url = isMeasure ? urlOf(`policies/${id}/${node.key}`) : anchored(urlOf(`policies/${id}`), anchorOf(node.key));
    const pastSection = [...ancestors, node].some((a) => isPastHeading(a.title));
    const supportSection = [...ancestors, node].some((a) => isSupportHeading(a.title && foldTraditional(a.title)));
    const conditionSection = [...ancestors, node].some((a) => isConditionHeading(a.title && foldTraditional(a.title))) || isConditionHeading(leadIn);
    figures.read(figureText(node), { line: node.line, key: node.key, measure: isMeasure ? nodeId : null, url, taskYear, pastSection, supportSection, conditionSection });
  }
  return measures;
}

/** A paragraph that only names units: （市环保局、市发改委）, or a line of labelled lists (牵头单位：…). */
const UNITS_ONLY = /^(?:[（(][^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*[）)]|(?:牵头单位|牵头部门|责任单位|责任部门|主要责任单位|主责单位)\s*[：:].*)$/;

/**
 * What a provision's figures are read from: its text, after its heading when the heading is a sentence that holds a
 * figure and stands over no text or only its units (3、主要污染物排放量较2010年削减4%。 / （市环保局）; 2、购置10万元至20万元的
 * 每辆车发放4000元消费券 / 牵头单位：…): a goal or a grant stated as a heading is one.
 */
function figureText(node: ProvisionNode): string {
  const text = measureText(node);
  // (over text of its own the heading names its subject: 培育10家以上…研发创新中心： / 重点围绕… is read as it always was)
  const unitsOnly = node.children.length === 0 && node.paragraphs.every((p) => UNITS_ONLY.test(p.text.trim()));
  const heading = node.title && unitsOnly && matchFigures(foldTraditional(node.title)).length ? `${node.title}${node.titleEnd}` : null;
  return heading ? `${heading}\n${text}` : text;
}

/** The units and deadline of a measure, with the rules that report how its own text named them. */
function unitsOf(ctx: RecordContext, node: ProvisionNode, own: Task[], ancestors: ProvisionNode[]): Units {
  const inline = extractInlineAssignment(ctx.units, measureText(node), { legislative: ctx.legislative }) ?? (own.length ? null : headingAssignment(ctx, node, ancestors));
  // An unknown unit is reported even when the task table gives the measure's units.
  if (inline && !ctx.foreign) for (const u of inline.unknown) reportUnknownUnit(ctx, node.line, `measure ${node.key}`, u);
  if (!own.length) reportAssignment(ctx, node, inline);
  const union = (xs: string[][]) => [...new Set(xs.flat())];
  const lead = own.length ? union(own.map((t) => t.lead)) : (inline?.lead ?? []);
  const support = (own.length ? union(own.map((t) => t.support)) : (inline?.support ?? [])).filter((u) => !lead.includes(u));
  return {
    lead,
    support,
    leadAsPrinted: own.length ? union(own.map((t) => t.leadAsPrinted)) : (inline?.leadAsPrinted ?? []),
    supportAsPrinted: own.length ? union(own.map((t) => t.supportAsPrinted)) : (inline?.supportAsPrinted ?? []),
    unitsFrom: own.length ? 'task-table' : inline ? 'inline' : 'none',
    deadline:
      own
        .map((t) => t.deadline)
        .filter((d): d is string => d !== null)
        .sort()
        .at(-1) ?? null,
  };
}

/**
 * Rule assignment/heading: a part whose heading names its units (一、强化科技创新（区科技局牵头）) assigns them to each of
 * its measures that names none of its own; the nearest such heading holds. Reported on each measure.
 */
function headingAssignment(ctx: RecordContext, node: ProvisionNode, ancestors: ProvisionNode[]): InlineAssignment | null {
  const closing = partClosingLabel(ctx, node, ancestors.at(-1));
  if (closing) return closing;
  for (const a of [...ancestors].reverse()) {
    const found = a.title ? extractInlineAssignment(ctx.units, a.title) : null;
    if (!found) continue;
    const message = `measure ${node.key}: units read from the heading of part ${a.key} (“${a.title}”): the measure names none of its own`;
    ctx.diagnostics.push(diagnostic(ctx.file, node.line, 'assignment/heading', message, { record: `${ctx.id}/${node.key}` }));
    return { ...found, found: [] };
  }
  return null;
}

/** A line of labelled unit lists alone (牵头单位：省商务厅、省财政厅). */
const LABEL_LINE = /^(?:牵头单位|牵头部门|责任单位|责任部门|主要责任单位|主责单位)\s*[：:]/;

/**
 * Rule assignment/part-closing-label: a part whose items are followed by one line of labelled unit lists (一、… / 1、… /
 * 2、… / 3、… / 牵头单位：A、B) assigns all its items: the line stands as the last item's last paragraph, and an earlier
 * item that names no units of its own takes it.
 */
function partClosingLabel(ctx: RecordContext, node: ProvisionNode, parent: ProvisionNode | undefined): InlineAssignment | null {
  const last = parent?.children.at(-1);
  const line = last && last !== node && last.children.length === 0 ? last.paragraphs.at(-1) : undefined;
  if (!line || !LABEL_LINE.test(line.text.trim())) return null;
  const found = extractInlineAssignment(ctx.units, line.text);
  if (!found) return null;
  const message = `measure ${node.key}: units read from the line that closes part ${parent!.key} (“${line.text.trim().slice(0, 40)}”): the measure names none of its own`;
  ctx.diagnostics.push(diagnostic(ctx.file, node.line, 'assignment/part-closing-label', message, { record: `${ctx.id}/${node.key}` }));
  return { ...found, found: [] };
}

/** Rules assignment/… for a measure whose units come from its own text. */
function reportAssignment(ctx: RecordContext, node: ProvisionNode, inline: InlineAssignment | null): void {
  if (!inline) return;
  const nodeId = `${ctx.id}/${node.key}`;
  if (inline.firstListedLeads)
    ctx.diagnostics.push(diagnostic(ctx.file, node.line, 'assignment/first-listed-leads', `measure ${node.key}: 责任单位 without 牵头: the first unit listed is taken as the lead`, { record: nodeId }));
  // The unlabelled and trailing forms are read by rule (docs/formats.md): say so where they decide the units.
  const byRule = inline.found.filter((x): x is { form: Exclude<AssignmentForm, 'labelled'>; quote: string } => x.form !== 'labelled');
  for (const f of byRule) ctx.diagnostics.push(diagnostic(ctx.file, node.line, `assignment/${f.form}`, `measure ${node.key}: units read from “${f.quote.replace(/\n/g, ' ')}”`, { record: nodeId }));
}

/** One measure record (its English from the translator: segment ids `KEY/title`, `KEY/pN`). */
function measureRecord(ctx: RecordContext, node: ProvisionNode, ancestors: ProvisionNode[], order: number, units: Units): Measure {
  const { id, translator } = ctx;
  const titleTr = node.title ? translator.get(`${node.key}/title`, node.title) : null;
  const parasEn = node.paragraphs.map((x, i) => translator.get(`${node.key}/p${i + 1}`, x.text));
  return {
    id: `${id}/${node.key}`,
    policy: id,
    number: node.label,
    path: ancestors.map((a) => a.label ?? a.title ?? ''),
    ancestors: ancestors.map((a) => ({ key: a.key, number: a.label, title: a.title ? { zh: a.title, en: translator.get(`${a.key}/title`, a.title).en } : null })),
    order,
    anchor: anchorOf(node.key),
    title: node.title ? { zh: node.title, en: titleTr!.en } : null,
    text: { zh: measureText(node), en: parasEn.every((x) => x.en !== null) ? parasEn.map((x) => x.en).join('\n') : null },
    enStale: Boolean(titleTr?.stale) || parasEn.some((x) => x.stale),
    audiences: [],
    instruments: [],
    themes: [],
    general: false,
    lead: units.lead,
    support: units.support,
    leadAsPrinted: units.leadAsPrinted,
    supportAsPrinted: units.supportAsPrinted,
    unitsFrom: units.unitsFrom,
    deadline: units.deadline,
    url: urlOf(`policies/${id}/${node.key}`),
  };
}
