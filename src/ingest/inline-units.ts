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

const ASSIGNMENT = /（牵头单位：([^；）]+)(?:；(?:责任|配合)单位：([^）]+))?）/;

/** The lead and supporting units of a measure's text, or null when it names none inline. */
export function extractInlineAssignment(registry: UnitRegistry, text: string): InlineAssignment | null {
  const m = text.match(ASSIGNMENT);
  if (!m) return null;
  const lead = resolveUnitList(registry, m[1]!);
  const support = resolveUnitList(registry, m[2] ?? '');
  return {
    lead: lead.ids,
    support: support.ids.filter((id) => !lead.ids.includes(id)),
    unknown: [...lead.unknown, ...support.unknown],
    quote: m[0],
  };
}
