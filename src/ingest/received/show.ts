/**
 * `npx tsx src/ingest/received/show.ts FILE [--encoding gb18030]`: prints the text the ingest reads from a
 * received file (a web page, Word file, PDF or GB18030/Big5 text), with the line numbers the report uses,
 * then what each conversion rule did. Exits 1 with `error: FILE: problem` when the file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { IngestError } from '../report/errors.ts';
import { RULES } from '../report/rules.ts';
import { convertReceived } from './convert.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { encoding: { type: 'string' } } });
for (const file of positionals) {
  try {
    const c = await convertReceived(file, readFileSync(file), { encoding: values.encoding ?? null });
    c.text.split('\n').forEach((t, i) => console.log(`${String(i + 1).padStart(5)}  ${t}`));
    for (const n of c.notes) console.log(`${RULES[n.rule].severity}: ${file}${n.line ? `:${n.line}` : ''}: ${n.message} [${n.rule}]`);
  } catch (e) {
    if (!(e instanceof IngestError)) throw e;
    console.error(`error: ${e.message}`);
    process.exitCode = 1;
  }
}
