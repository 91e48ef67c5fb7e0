/** SVG building blocks shared by the charts: policy symbols, positioned text (escaping is src/lib/xml.ts). */
import { escapeXml } from '../lib/xml.ts';
import { inside, intersects, type Box } from './labels.ts';
import { textWidth } from './text.ts';
import { PALETTE_SIZE } from './constants.ts';


/** A number as an SVG attribute: at most two decimals, so that output is stable and short. */
export function n(v: number): string {
  return String(Math.round(v * 100) / 100);
}

/** The colour and symbol slot of a policy: its index in time order, cycling after the palette's length. */
export function policySlot(index: number): number {
  return ((index % PALETTE_SIZE) + PALETTE_SIZE) % PALETTE_SIZE;
}

/**
 * The symbol of a policy (a second cue besides colour): circle, square, diamond, triangle up,
 * triangle down, centred on (cx, cy) with about the area of a circle of radius r.
 */
export function symbolPath(index: number, cx: number, cy: number, r: number): string {
  switch (policySlot(index)) {
    case 1: {
      const h = r * 0.89;
      return `M${n(cx - h)},${n(cy - h)}h${n(2 * h)}v${n(2 * h)}h${n(-2 * h)}Z`;
    }
    case 2: {
      const h = r * 1.25;
      return `M${n(cx)},${n(cy - h)}L${n(cx + h)},${n(cy)}L${n(cx)},${n(cy + h)}L${n(cx - h)},${n(cy)}Z`;
    }
    case 3: {
      const h = r * 1.2;
      return `M${n(cx)},${n(cy - h)}L${n(cx + h)},${n(cy + h * 0.8)}L${n(cx - h)},${n(cy + h * 0.8)}Z`;
    }
    case 4: {
      const h = r * 1.2;
      return `M${n(cx)},${n(cy + h)}L${n(cx + h)},${n(cy - h * 0.8)}L${n(cx - h)},${n(cy - h * 0.8)}Z`;
    }
    default:
      return `M${n(cx - r)},${n(cy)}a${n(r)},${n(r)} 0 1,0 ${n(2 * r)},0a${n(r)},${n(r)} 0 1,0 ${n(-2 * r)},0Z`;
  }
}

/** A run of text in one style (a tspan). */
export interface TextRun {
  text: string;
  bold?: boolean;
}

/** Text placed on the chart: one or more lines, each a list of runs, with the box it takes. */
export interface ChartText {
  /** What the text belongs to (a mark id for mark labels, else a name unique in the chart). */
  owner: string;
  kind: 'label' | 'bar-label' | 'row' | 'tick' | 'row-tick' | 'more' | 'group' | 'title' | 'value';
  x: number;
  /** Baseline of the first line. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  lineHeight: number;
  lines: TextRun[][];
  box: Box;
  /** A link (e.g. “+3 more” to the data table). */
  href?: string;
}

/** Width of a line of runs. */
export function runsWidth(runs: TextRun[], size: number): number {
  return runs.reduce((w, r) => w + textWidth(r.text, { size, bold: r.bold }), 0);
}

/** Ascent and descent of a line box, in em: what Chromium's getBBox gives for DejaVu Sans (0.91, 0.27) and Noto Sans CJK (1.0, 0.27), rounded up. */
const ASCENT = 1.05;
const DESCENT = 0.3;

/**
 * Text with its box: the box spans the widest line, from the ascent of the first line to the
 * descent of the last. `width` may be given when known (placement tries one text at many positions).
 */
export function makeText(t: Omit<ChartText, 'box'>, width = Math.max(0, ...t.lines.map((l) => runsWidth(l, t.size)))): ChartText {
  const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - width : t.x - width / 2;
  const top = t.y - t.size * ASCENT;
  const height = t.size * (ASCENT + DESCENT) + (t.lines.length - 1) * t.lineHeight;
  return { ...t, box: { x: left, y: top, width, height } };
}

/** The SVG of a chart text (aria-hidden when it only repeats a link's accessible name). */
export function renderText(t: ChartText, cls: string, { hidden = false } = {}): string {
  const e = escapeXml;
  const lines = t.lines.map((runs, i) => {
    const content = runs.map((r) => (r.bold ? `<tspan class="strong">${e(r.text)}</tspan>` : e(r.text))).join('');
    if (t.lines.length === 1) return content;
    // A space between lines that broke between words, so that the DOM text (what screen readers and speech input read) keeps the words apart.
    const gap = i > 0 && breaksBetweenWords(lineText(t.lines[i - 1]!), lineText(runs)) ? ' ' : '';
    return `${gap}<tspan x="${n(t.x)}" y="${n(t.y + i * t.lineHeight)}">${content}</tspan>`;
  });
  const anchor = t.anchor === 'start' ? '' : ` text-anchor="${t.anchor}"`;
  return `<text class="${cls}" x="${n(t.x)}" y="${n(t.y)}"${anchor}${t.size !== 11 ? ` font-size="${t.size}"` : ''}${hidden ? ' aria-hidden="true"' : ''}>${lines.join('')}</text>`;
}

/** Whether any two texts overlap or any falls outside the bounds (for tests and assertions). */
export function textCollisions(texts: ChartText[], bounds: Box): string[] {
  const problems: string[] = [];
  for (const t of texts) if (!inside(t.box, bounds)) problems.push(`outside: ${t.owner}`);
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) if (intersects(texts[i]!.box, texts[j]!.box)) problems.push(`overlap: ${texts[i]!.owner} / ${texts[j]!.owner}`);
  return problems;
}

const lineText = (runs: TextRun[]) => runs.map((r) => r.text).join('');

/** Whether a line break fell between two words of a script written with spaces (Latin letters, digits or brackets on both sides). */
export function breaksBetweenWords(before: string, after: string): boolean {
  return /[\p{Script=Latin}\d)\]%.,;:]$/u.test(before) && /^[\p{Script=Latin}\d(\[]/u.test(after);
}

/** The text of a chart text as its DOM reads (renderText puts a space between lines that broke between words). */
export function visibleText(t: ChartText): string {
  return t.lines.map(lineText).reduce((acc, line, i, all) => acc + (i > 0 && breaksBetweenWords(all[i - 1]!, line) ? ' ' : '') + line, '');
}

/**
 * An accessible name that contains the visible label (WCAG 2.5.3, Label in Name): the description, preceded by
 * the label unless the description already contains it (case and spacing ignored).
 */
export function nameWithLabel(label: string, description: string, separator: string): string {
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return !label.trim() || fold(description).includes(fold(label)) ? description : `${label}${separator}${description}`;
}
