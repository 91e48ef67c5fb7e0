/** Grouping of records by a key, once per build, so that pages look records up instead of scanning every record per page or per provision. */

/** The items by key, each group in the items' order; a key no item has is absent (use `?? []`). */
export function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
