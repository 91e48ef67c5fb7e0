/**
 * `npm run ingest [-- --strict] [--seeds DIR] [--content DIR]`: read seeds/,
 * run the pipeline, print a summary and write content/generated/ atomically.
 * Bad input prints `error: FILE:LINE: problem` (every bad file) and exits 1 with content/ untouched.
 */
import { parseArgs } from 'node:util';
import { IngestError, IngestErrors } from './errors.ts';
import { readIngestInput } from './inputs.ts';
import { runIngest } from './pipeline.ts';
import { renderSummary } from './report.ts';
import { renderFiles, writeOutput } from './write.ts';

function main(): number {
  const { values } = parseArgs({
    options: { strict: { type: 'boolean', default: false }, seeds: { type: 'string', default: 'seeds' }, content: { type: 'string', default: 'content' } },
  });
  const seedsDir = values.seeds!;
  const contentDir = values.content!;
  try {
    const input = readIngestInput(seedsDir, contentDir);
    const result = runIngest(input);
    if (values.strict) {
      const unknown = result.report.diagnostics.filter((d) => d.rule === 'unknown-unit');
      if (unknown.length) throw new IngestErrors(unknown.map((d) => new IngestError(d.file, d.line, `${d.message} (--strict)`)));
    }
    const files = renderFiles(result);
    writeOutput(contentDir, files, result.report);
    console.log(`ingest: ${result.policies.length} policies from ${input.seeds.size} seed files → ${contentDir}/generated/ (${files.size} files)`);
    console.log(renderSummary(result.report));
    return 0;
  } catch (e) {
    const errors = e instanceof IngestErrors ? e.errors : e instanceof IngestError ? [e] : null;
    if (!errors) throw e;
    for (const err of errors) console.error(`error: ${err.message}`);
    console.error(`ingest stopped (${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}): ${contentDir}/ was left as it was.`);
    return 1;
  }
}

process.exitCode = main();
