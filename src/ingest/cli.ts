/**
 * `npm run ingest [-- --strict] [--seeds DIR] [--content DIR]`: read seeds/,
 * run the pipeline, print a summary and write content/generated/ atomically.
 * Bad input prints `error: FILE:LINE: problem` and exits 1 with content/ untouched.
 */
import { parseArgs } from 'node:util';
import { failureLines, IngestError } from './errors.ts';
import { readIngestInput } from './inputs.ts';
import { runIngest, type IngestReport } from './pipeline.ts';
import { findRenumbered, renderFiles, writeOutput } from './write.ts';

function summary(report: IngestReport, renumbered: unknown[]): string {
  const lines: string[] = [];
  for (const s of report.sources) {
    if (s.role === 'variant') lines.push(`  ${s.file}: variant of ${s.policy} (similarity ${s.similarity}), not published as a policy`);
  }
  for (const p of report.policies) {
    const c = p.counts;
    lines.push(
      `  ${p.id}: ${c.chapters} chapters, ${c.sections} sections, ${c.measures} measures, ${c.tasks} tasks, ${c.targets} targets, ${c.units} units; coverage ${(p.coverage.ratio * 100).toFixed(1)}%` +
        (p.strippedLines.length ? `; ${p.strippedLines.length} boilerplate lines stripped` : ''),
    );
    for (const w of [...p.numberingWarnings, ...p.tableWarnings]) lines.push(`    warning: ${w}`);
    for (const u of p.unknownUnits) lines.push(`    warning: unknown unit “${u.name}” in ${u.where} (add it to content/units.yaml)`);
    if (p.tasksWithoutMeasure.length) lines.push(`    warning: tasks not linked to a measure: ${p.tasksWithoutMeasure.join(', ')}`);
    for (const c2 of p.metadataConflicts) lines.push(`    note: portal metadata ${c2.field} “${c2.portal}” differs from the manifest “${c2.manifest}” (manifest kept)`);
    const tr = p.translation;
    lines.push(`    English: ${tr.translated}/${tr.segments} segments translated` + (tr.stale.length ? `, ${tr.stale.length} stale (Chinese changed since translated)` : '') + (tr.orphans.length ? `, ${tr.orphans.length} orphaned entries` : ''));
    if (p.untagged.length) lines.push(`    review: ${p.untagged.length} measures without an audience or instrument tag (content/overrides/tags.yaml)`);
    if (p.suspiciousTargets.length) lines.push(`    review: ${p.suspiciousTargets.length} targets to check (see content/ingest-report.json)`);
  }
  if (report.overriddenTargets.length) lines.push(`  ${report.overriddenTargets.length} targets changed by content/overrides/targets.yaml`);
  for (const s of report.staleOverrides) lines.push(`  warning: stale override: ${s}`);
  if (renumbered.length) lines.push(`  warning: ${renumbered.length} provisions changed id (renumbered): translations keyed to the old ids need review`);
  return lines.join('\n');
}

function main(): number {
  const { values } = parseArgs({
    options: { strict: { type: 'boolean', default: false }, seeds: { type: 'string', default: 'seeds' }, content: { type: 'string', default: 'content' } },
  });
  const seedsDir = values.seeds!;
  const contentDir = values.content!;
  try {
    const input = readIngestInput(seedsDir, contentDir);
    const result = runIngest(input);
    if (values.strict && result.report.unknownUnitCount > 0) {
      const first = result.report.policies.flatMap((p) => p.unknownUnits.map((u) => ({ ...u, file: p.file })))[0]!;
      throw new IngestError(`seeds/${first.file}`, null, `unknown unit “${first.name}” in ${first.where} (--strict): add it to content/units.yaml`);
    }
    const renumbered = findRenumbered(contentDir, result);
    const files = renderFiles(result);
    writeOutput(contentDir, files, { ...result.report, renumbered });
    console.log(`ingest: ${result.policies.length} policies from ${input.seeds.size} seed files → ${contentDir}/generated/ (${files.size} files)`);
    console.log(summary(result.report, renumbered));
    return 0;
  } catch (e) {
    // bad input and file-system errors (every one found): `error: FILE:LINE: problem`, never a stack trace
    const lines = failureLines(e, contentDir);
    if (!lines) throw e;
    for (const line of lines) console.error(line);
    return 1;
  }
}

process.exitCode = main();
