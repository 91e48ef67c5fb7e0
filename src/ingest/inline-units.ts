/**
 * Inline assignments: measures of some plans end with
 * “（牵头单位：市科技局；责任单位：市教委、市经济信息委等）”. Read the lead and
 * supporting units from it.
 */
import { resolveUnitList, type UnitRegistry } from './units.ts';

export interface InlineAssignment {
  lead: string[];
  support: string[];
  unknown: string[];
  /** The parenthesis as it stands in the text. */
  quote: string;
}

const OPEN = '（牵头单位：';

/** The text of the parenthesis that starts at `start`, up to its matching ）(unit names may contain （…）). */
function balanced(text: string, start: number): string | null {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '（') depth++;
    else if (text[i] === '）' && --depth === 0) return text.slice(start, i + 1);
  }
  return null;
}

/** The lead and supporting units of a measure's text, or null when it names none inline. */
export function extractInlineAssignment(registry: UnitRegistry, text: string): InlineAssignment | null {
  const start = text.indexOf(OPEN);
  const quote = start < 0 ? null : balanced(text, start);
  if (!quote) return null;
  const inner = quote.slice(OPEN.length, -1);
  const [leadText, ...rest] = inner.split('；');
  const supportText = rest.join('；').replace(/^(责任|配合)单位：/, '');
  const lead = resolveUnitList(registry, leadText!);
  const support = resolveUnitList(registry, supportText);
  return {
    lead: lead.ids,
    support: support.ids.filter((id) => !lead.ids.includes(id)),
    unknown: [...lead.unknown, ...support.unknown],
    quote,
  };
}
