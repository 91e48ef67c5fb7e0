/**
 * What the steps of the records stage (records.ts) share while they build one policy's records:
 * its id and file, the lines as read (for columns), the diagnostics list they add to, the
 * translator (called in document order) and the unit registry; and the page URLs they give records.
 */
import { localeUrls } from '../../i18n/paths.ts';
import { columnOf, diagnostic, type Diagnostic } from '../report/diagnostics.ts';
import type { Translator } from '../authored/translations.ts';
import { unitEntrySuggestion, type UnitRegistry } from '../recognisers/units.ts';

export interface RecordContext {
  /** The policy id. */
  id: string;
  /** The seed file, relative to the project root (seeds/x.txt). */
  file: string;
  /** The seed's lines as read, by number (to give a diagnostic its column). */
  raw: Map<number, string>;
  /** Where the steps put what they report. */
  diagnostics: Diagnostic[];
  /** Gives each text its English; segments are recorded in the order of the calls. */
  translator: Translator;
  /** The registry the units of the text are resolved against (empty for another jurisdiction's text). */
  units: UnitRegistry;
  /** The document is from another place than the registry's (rule units/other-jurisdiction). */
  foreign: boolean;
  /** A text in articles (three or more 第X条): rules figure/legislative-text and assignment/duty-subject. */
  legislative: boolean;
}

/** Site paths of a page in both languages. */
export const urlOf = (path: string) => localeUrls(`/${path}/`);

/** A page URL with a fragment. */
export function anchored(url: { zh: string; en: string }, anchor: string) {
  return { zh: `${url.zh}#${anchor}`, en: `${url.en}#${anchor}` };
}

/** Rule unknown-unit: a unit name not in content/units.yaml, with the entry to paste. */
export function reportUnknownUnit(ctx: RecordContext, line: number | null, where: string, name: string): void {
  const column = line === null ? null : columnOf(ctx.raw.get(line), name);
  ctx.diagnostics.push(diagnostic(ctx.file, line, 'unknown-unit', `unknown unit “${name}” in ${where}: add it to content/units.yaml`, { column, fix: unitEntrySuggestion(name) }));
}
