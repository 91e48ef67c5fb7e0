/** Unit id → display name lookups for pages. */
import { getCollection } from 'astro:content';

/** Chinese short name of every unit, by id. */
export async function unitNames(): Promise<Map<string, string>> {
  return new Map((await getCollection('units')).map((u) => [u.data.id, u.data.name.zh ?? u.data.id]));
}
