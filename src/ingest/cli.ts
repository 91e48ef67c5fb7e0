/**
 * `npm run ingest [-- --strict] [--seeds DIR] [--content DIR]`: read seeds/,
 * run the pipeline, print a summary and write content/generated/ and the report
 * as one unit (src/ingest/disk/write.ts). Bad input prints `error: FILE:LINE: problem`
 * for every bad file and exits 1 with content/ untouched.
 */
import { parseArgs } from 'node:util';
import { failureLines, IngestError, IngestErrors } from './report/errors.ts';
import { collectIngestInput } from './disk/inputs.ts';
import { convertReceivedSeeds } from './received/convert.ts';
import { runIngest } from './pipeline.ts';
import { formatDiagnostic, renderSummary } from './report/report.ts';
import { recoverOutput, renderFiles, writeOutput } from './disk/write.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { strict: { type: 'boolean', default: false }, seeds: { type: 'string', default: 'seeds' }, content: { type: 'string', default: 'content' } },
  });
  const seedsDir = values.seeds!;
  const contentDir = values.content!;
  try {
    // A killed earlier run is completed or undone first. What it did is printed, not put in the
    // report: the report depends on the inputs only.
    const recovered = recoverOutput(contentDir);
    // every problem of every phase (reading, authored files, seeds, references) in one run
    // web pages, Word files and PDFs are converted first (their libraries are asynchronous)
    const { input, problems } = await convertReceivedSeeds(collectIngestInput(seedsDir, contentDir));
    const result = runIngest(input, problems);
    if (values.strict) {
      const unknown = result.report.diagnostics.filter((d) => d.rule === 'unknown-unit');
      if (unknown.length) throw new IngestErrors(unknown.map((d) => new IngestError(d.file, d.line, `${d.message} (--strict)`)));
    }
    const files = renderFiles(result);
    const written = writeOutput(contentDir, files, result.report);
    console.log(`ingest: ${result.policies.length} policies from ${input.seeds.size} seed files → ${contentDir}/generated/ (${files.size} files)`);
    for (const d of [...recovered, ...written]) console.log(`  ${formatDiagnostic(d)}`);
    console.log(renderSummary(result.report));
    return 0;
  } catch (e) {
    // bad input and file-system errors (every one found): `error: FILE:LINE: problem`, never a stack trace
    const lines = failureLines(e, contentDir);
    if (!lines) throw e;
    for (const line of lines) console.error(line);
    return 1;
  }
}

process.exitCode = await main();
