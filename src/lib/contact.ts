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
