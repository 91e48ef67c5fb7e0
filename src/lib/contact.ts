/** Which unit's contact a unit page shows: its own, or for a replaced unit the contact of the unit that replaced it. */

export interface ContactUnit {
  id: string;
  kind: string;
  successor: string | null;
}

/**
 * The unit whose contact applies to `id`: the unit itself when it has no successor, else the end of its
 * successor chain (a unit renamed twice points to today's name). null for a group (it has no contact),
 * an unknown id, or a successor chain that loops.
 */
export function contactHolder<U extends ContactUnit>(units: readonly U[], id: string): U | null {
  const byId = new Map(units.map((u) => [u.id, u]));
  const seen = new Set<string>();
  let unit = byId.get(id);
  while (unit?.successor) {
    if (seen.has(unit.id)) return null;
    seen.add(unit.id);
    unit = byId.get(unit.successor);
  }
  return unit && unit.kind !== 'group' ? unit : null;
}

/**
 * Whom a measure's reader should ask: its lead units; lead units the registry lacks, as printed (no contact known);
 * where the text names none, the issuing body (said so); else nobody known.
 */
export interface MeasureContact {
  basis: 'lead' | 'printed' | 'issuer' | 'none';
  /** Unit ids: the lead units, or the units the issuer's name is an alias of. */
  units: string[];
}

/**
 * The contact of a measure. The issuer (e.g. 重庆市科学技术局, or 中共重庆市委、重庆市人民政府 for a joint
 * issue) is split at 、 and each part matched exactly against the units' aliases (content/units.yaml);
 * a part that is no unit's alias is left out (no fuzzy matching).
 */
export function measureContact(measure: { lead: string[]; leadAsPrinted?: string[] }, issuer: string | null, units: readonly { id: string; aliases: readonly string[] }[]): MeasureContact {
  if (measure.lead.length > 0) return { basis: 'lead', units: measure.lead };
  // (a lead the text names that is no unit of the registry — another place's 市科技局 — is still the one to ask)
  if (measure.leadAsPrinted?.length) return { basis: 'printed', units: [] };
  const parts = (issuer ?? '').split('、').map((s) => s.trim()).filter(Boolean);
  const ids = parts.map((p) => units.find((u) => u.aliases.includes(p))?.id).filter((id): id is string => id !== undefined);
  return ids.length > 0 ? { basis: 'issuer', units: [...new Set(ids)] } : { basis: 'none', units: [] };
}
