/**
 * PO (gettext) for exchange units, with gettext-parser: msgctxt “<policy>|<segment id>”, msgid the
 * Chinese, msgstr the English; needs-review and stale entries are `fuzzy` (gettext's “check this”),
 * a reviewed one says so in a flag; notes are extracted comments (#.). Lines for error messages are
 * found from each entry's msgctxt.
 */
import { po, type GetTextTranslation, type GetTextTranslations } from 'gettext-parser';
import type { ExchangeUnit, ImportedUnit, ImportProblem } from './exchange.ts';

/** Writes exchange units as a PO file (Language: en). */
export function toPo(units: ExchangeUnit[]): string {
  const translations: Record<string, Record<string, GetTextTranslation>> = { '': { '': { msgid: '', msgstr: [''] } } };
  for (const u of units) {
    const ctx = `${u.policy}|${u.id}`;
    const flags = u.state === 'needs-review' || u.state === 'stale' ? 'fuzzy' : u.state === 'reviewed' ? 'reviewed' : undefined;
    translations[ctx] = {
      [u.zh]: {
        msgctxt: ctx,
        msgid: u.zh,
        msgstr: [u.en ?? ''],
        comments: { extracted: u.notes.map((n) => `${n.category}: ${n.text}`).join('\n'), reference: `content/translations/en/${u.policy}.yaml`, ...(flags ? { flag: flags } : {}) },
      },
    };
  }
  const table = {
    charset: 'utf-8',
    headers: { 'Content-Type': 'text/plain; charset=UTF-8', Language: 'en', 'X-Source-Language': 'zh' },
    translations,
  };
  return po.compile(table, { foldLength: 0 }).toString('utf8') + '\n';
}

/** Reads a PO file back: its entries as imported units and every problem, with lines. */
export function parsePo(text: string): { units: ImportedUnit[]; problems: ImportProblem[] } {
  let table: GetTextTranslations;
  try {
    table = po.parse(text, { validation: true });
  } catch (e) {
    return { units: [], problems: [{ line: null, message: `malformed PO: ${(e as Error).message}` }] };
  }
  const language = table.headers.Language ?? table.headers.language ?? '';
  if (!/^en(_|-|$)/i.test(language)) return { units: [], problems: [{ line: lineOf(text, 'Language:'), message: `the target language is “${language}”, not English (Language: en)` }] };
  const units: ImportedUnit[] = [];
  const problems: ImportProblem[] = [];
  for (const [ctx, byId] of Object.entries(table.translations)) {
    for (const t of Object.values(byId)) {
      if (!t.msgid) continue; // the header
      const line = lineOf(text, `msgctxt ${JSON.stringify(ctx)}`);
      const m = /^([a-z0-9-]+)\|(.+)$/.exec(ctx);
      if (!m) {
        problems.push({ line, message: `msgctxt “${ctx}” is not “<policy>|<segment id>”` });
        continue;
      }
      const flags = (t.comments?.flag ?? '').split(/,\s*/);
      const target = t.msgstr[0] ?? '';
      units.push({ policy: m[1]!, id: m[2]!, source: t.msgid, target: target || null, state: flags.includes('fuzzy') || !target ? 'initial' : flags.includes('reviewed') ? 'reviewed' : 'translated', line });
    }
  }
  return { units, problems };
}

function lineOf(text: string, needle: string): number | null {
  const i = text.indexOf(needle);
  return i < 0 ? null : text.slice(0, i).split('\n').length;
}
