/**
 * Units: load the authored registry (content/units.yaml) and resolve unit
 * mentions — inline lists (牵头单位：…) and the shredded cells of the task table —
 * to registry ids, longest alias first.
 */
import { z } from 'zod';
import { UnitEntry, UnitKind } from '../../data/schemas.ts';
import { stripWhitespace } from '../../lib/text.ts';
import { IngestError, throwAll } from '../report/errors.ts';
import { parseYamlLocated } from '../authored/yaml.ts';

export interface UnitRegistry {
  entries: UnitEntry[];
  /** alias → unit id */
  byAlias: Map<string, string>;
  /** aliases sorted longest first (for greedy matching) */
  aliases: string[];
}

/**
 * Parses and checks units.yaml: unique ids and aliases, successors that exist, and contacts only for units
 * that can be reached today (a group or a unit replaced by a successor has none: the site shows its successor's).
 * Every problem is reported with its line.
 */
export function loadUnitRegistry(file: string, text: string): UnitRegistry {
  const { data: entries, lineAt } = parseYamlLocated(file, text, z.array(UnitEntry));
  const errors: IngestError[] = [];
  const byAlias = new Map<string, string>();
  const idLine = new Map<string, number | null>();
  entries.forEach((e, i) => {
    if (idLine.has(e.id)) errors.push(new IngestError(file, lineAt([i, 'id']), `duplicate unit id ${e.id} (also at line ${idLine.get(e.id)})`));
    else idLine.set(e.id, lineAt([i, 'id']));
    e.aliases.forEach((a, j) => {
      const other = byAlias.get(a);
      if (other && other !== e.id) errors.push(new IngestError(file, lineAt([i, 'aliases', j]), `alias ${a} belongs to both ${other} and ${e.id}`));
      else byAlias.set(a, e.id);
    });
  });
  entries.forEach((e, i) => {
    if (e.successor === e.id) errors.push(new IngestError(file, lineAt([i, 'successor']), `unit ${e.id} cannot be its own successor`));
    else if (e.successor && !idLine.has(e.successor)) errors.push(new IngestError(file, lineAt([i, 'successor']), `unit ${e.id}: successor ${e.successor} is not in the registry`));
    if (e.contact && e.successor) errors.push(new IngestError(file, lineAt([i, 'id']), `unit ${e.id} has a successor (${e.successor}), so it has no contact of its own: give the contact to ${e.successor}`));
    if (e.contact && e.kind === 'group') errors.push(new IngestError(file, lineAt([i, 'id']), `unit ${e.id} is a group of units, so it has no contact`));
  });
  errors.push(...successorCycles(file, entries, (i) => lineAt([i, 'successor'])));
  throwAll(errors);
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return { entries, byAlias, aliases };
}

/** Each cycle of successors (a → b → … → a, two units at least), once, at the successor line of the first unit of it in the file. */
export function successorCycles(file: string, entries: Pick<UnitEntry, 'id' | 'successor'>[], lineOfSuccessor: (i: number) => number | null): IngestError[] {
  const next = new Map(entries.map((e) => [e.id, e.successor]));
  const reported = new Set<string>();
  const errors: IngestError[] = [];
  entries.forEach((e, i) => {
    if (reported.has(e.id) || e.successor === e.id) return; // self-succession has its own message
    const path = [e.id];
    for (let s = e.successor; s; s = next.get(s) ?? null) {
      if (s === e.id) {
        path.forEach((p) => reported.add(p));
        errors.push(new IngestError(file, lineOfSuccessor(i), `successor cycle: ${[...path, e.id].join(' → ')} (a unit cannot be succeeded, through others, by itself)`));
        break;
      }
      if (path.includes(s)) break; // a cycle that does not pass through e: reported from its own units
      path.push(s);
    }
  });
  return errors;
}

export interface UnitToken {
  /** Unit id, or null for text that looks like a unit but is not in the registry. */
  id: string | null;
  text: string;
  /** The separator that preceded it: 、 or ， within a cell, '' when it directly follows another unit (a cell boundary). */
  separatorBefore: string | null;
}

const SEPARATORS = /^[、，,；;\s]+/;

/**
 * Splits a run of unit names (whitespace already removed) into registry units.
 * Text between separators that matches no alias becomes an unknown token.
 */
export function tokenizeUnits(registry: UnitRegistry, input: string): UnitToken[] {
  const s = stripWhitespace(input).replace(/等$/, '');
  const tokens: UnitToken[] = [];
  let i = 0;
  let sep: string | null = null;
  while (i < s.length) {
    const sepMatch = s.slice(i).match(SEPARATORS);
    if (sepMatch) {
      sep = sepMatch[0];
      i += sepMatch[0].length;
      continue;
    }
    const alias = registry.aliases.find((a) => s.startsWith(a, i));
    if (alias) {
      tokens.push({ id: registry.byAlias.get(alias)!, text: alias, separatorBefore: tokens.length ? (sep ?? '') : null });
      i += alias.length;
    } else {
      // Unknown: take text up to the next separator or the next known alias.
      let j = i + 1;
      while (j < s.length && !SEPARATORS.test(s.slice(j)) && !registry.aliases.some((a) => s.startsWith(a, j))) j++;
      tokens.push({ id: null, text: s.slice(i, j).replace(/等$/, ''), separatorBefore: tokens.length ? (sep ?? '') : null });
      i = j;
    }
    sep = null;
  }
  return tokens.filter((t) => t.text);
}

/**
 * True when a line of a shredded table cell is made of unit names: whole aliases
 * and separators, optionally starting with the end of an alias begun on the line
 * before and ending with the start of one continued on the next, or a piece from
 * inside one long alias.
 */
export function looksLikeUnitFragment(registry: UnitRegistry, fragment: string): boolean {
  const s = stripWhitespace(fragment);
  if (!s || [...s].length > 16 || /[\d。；：“”《》]/.test(s)) return false;
  if (coveredByAliasPieces(registry, s)) return true;
  // A unit the registry does not know yet still has the shape of one (市文化委): keep it a unit, reported as unknown.
  const pieces = s.split(/[、，,]/).filter(Boolean);
  return pieces.length > 0 && pieces.every((p) => UNIT_SHAPE.test(p) || coveredByAliasPieces(registry, p));
}

const UNIT_SHAPE = /^(市|区|县|各|重庆)[\p{Script=Han}（）]{1,10}(委员会|委|局|办|政府|管委会|部|室|联)$/u;

function coveredByAliasPieces(registry: UnitRegistry, s: string): boolean {
  if (registry.aliases.some((a) => a.includes(s))) return true;
  const reachable = new Array<boolean>(s.length + 1).fill(false);
  for (const a of registry.aliases) {
    for (let k = 1; k <= Math.min(a.length, s.length); k++) if (a.endsWith(s.slice(0, k))) reachable[k] = true;
  }
  reachable[0] = true;
  for (let i = 0; i < s.length; i++) {
    if (!reachable[i]) continue;
    if (/[、，,]/.test(s[i]!)) reachable[i + 1] = true;
    for (const a of registry.aliases) {
      if (s.startsWith(a, i)) reachable[i + a.length] = true;
      else if (a.startsWith(s.slice(i))) reachable[s.length] = true;
    }
  }
  return reachable[s.length]!;
}

/** Resolves an inline list such as “市教委、市经济信息委等” to unit ids; unknown names are returned separately. */
export function resolveUnitList(registry: UnitRegistry, list: string): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const t of tokenizeUnits(registry, list)) {
    if (t.id) {
      if (!ids.includes(t.id)) ids.push(t.id);
    } else unknown.push(t.text);
  }
  return { ids, unknown };
}


/** A content/units.yaml entry to paste for an unknown unit: what is not known is null, the id is for the maintainer to choose. */
export function unitEntrySuggestion(name: string): string {
  const kind = /政府$/.test(name) ? 'group' : /(委员会|委|局|办|部|室)$/.test(name) ? 'department' : 'organization';
  return [
    `- id: TODO-choose-an-id   # kebab-case English, e.g. cq-…`,
    `  name: {zh: ${name}, en: null}`,
    `  fullName: null`,
    `  enBasis: informal`,
    `  aliases: [${name}]`,
    `  kind: ${kind}   # check: ${UnitKind.options.join(' | ')}`,
    `  successor: null`,
    `  successorBasis: null`,
    `  note: null`,
  ].join('\n');
}

/** A registry without units: every name is read as printed (a text of another jurisdiction). */
export const EMPTY_REGISTRY: UnitRegistry = { entries: [], byAlias: new Map(), aliases: [] };

/**
 * A province or city a title or issuer starts with (上海市, 广东省, 深圳经济特区, 香港特别行政区 …), or Hong Kong, Macao,
 * Taiwan named in it. Districts, counties and zones (示范区, 高新区, 某县) are not taken as another place: Chongqing has
 * many, and their names alone do not tell.
 */
const PLACE = /^(?:中共)?([\p{Script=Han}]{2,10}?(?:省|自治区|自治區|特别行政区|特別行政區|经济特区|經濟特區|市))/u;
const OTHER_REGIONS = /香港|澳門|澳门|臺灣|台灣|台湾|行政院|立法院/;

/**
 * The place a document comes from when it is not Chongqing (rule units/other-jurisdiction), else null: its title
 * or issuer names another place first (上海市…, 深圳市…), or Hong Kong, Macao or Taiwan. A title that names no place
 * (关于…的意见) is taken as Chongqing's, the registry's jurisdiction.
 */
export function otherJurisdiction(title: string, issuer: string | null): string | null {
  for (const text of [issuer ?? '', title]) {
    const t = stripWhitespace(text);
    if (!t) continue;
    if (/重庆|重慶|渝/.test(t.slice(0, 8))) return null;
    const region = t.match(OTHER_REGIONS)?.[0];
    if (region) return region;
    const place = t.match(PLACE)?.[1];
    // 关于支持区…, 市科技局关于…区: words and bodies, not a place name
    if (place && !/[关關于於局委厅廳办辦]|支持|加快|促进|促進|城市$|都市$/.test(place)) return place;
  }
  return null;
}
