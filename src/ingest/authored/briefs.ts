/**
 * Briefs stage: the “In brief” explainers (content/briefs/<policy>.yaml, authored). Each
 * brief is parsed with the other authored files, so a bad brief names its file and line
 * before the site build; its cited record ids are checked against the records the
 * ingest built, and published policies without one are listed (brief-missing).
 */
import { z } from 'zod';
import { BriefStatement, type PolicyData } from '../../data/schemas.ts';
import { diagnostic, type Diagnostic } from '../report/diagnostics.ts';
import { parseYamlLocated } from './yaml.ts';

/** Where the brief of a policy lives (relative to the project root). */
export const briefPath = (policyId: string) => `content/briefs/${policyId}.yaml`;

/** A starting point for a brief: one statement to fill in (the schema is BriefStatement in src/data/schemas.ts). */
function briefTemplate(policyId: string): string {
  return [`# "In brief" explainer of ${policyId}: authored. Every statement cites the records it rests on (sources).`, '- topic: what', '  zh: ', '  en: ', '  sources: [policy]', ''].join('\n');
}

/**
 * Rule `brief-missing` (info): a published policy without content/briefs/<id>.yaml. Briefs are
 * optional (the policy page then shows none); the diagnostic is listed under the policy's seed file.
 * `briefFiles` are the file names in content/briefs/ (e.g. `cq-2016-work-plan.yaml`).
 */
export function missingBriefs(policies: { id: string; file: string }[], briefFiles: readonly string[]): Diagnostic[] {
  const have = new Set(briefFiles);
  return policies
    .filter((p) => !have.has(`${p.id}.yaml`))
    .map((p) =>
      diagnostic(p.file, null, 'brief-missing', `no “In brief” explainer: ${briefPath(p.id)} does not exist (optional: the policy page shows none until it is written)`, {
        record: p.id,
        fix: briefTemplate(p.id),
      }),
    );
}

/** One policy's brief, with the line of each cited source id. */
export interface Brief {
  policy: string;
  file: string;
  statements: BriefStatement[];
  /** sourceLines[i][j]: the line of statements[i].sources[j]. */
  sourceLines: (number | null)[][];
}

/** Parses content/briefs/<policy>.yaml: a list of statements (schema BriefStatement). */
export function parseBrief(policy: string, text: string): Brief {
  const file = briefPath(policy);
  const { data, lineAt } = parseYamlLocated(file, text, z.array(BriefStatement), 'statement');
  return { policy, file, statements: data, sourceLines: data.map((s, i) => s.sources.map((_, j) => lineAt([i, 'sources', j]))) };
}

/**
 * Warnings for what a brief cites that the site cannot link: a brief of a policy that
 * is not published (brief-policy-unknown), and a source that is neither `policy`, a
 * measure or target id, nor a task of the brief's own policy (brief-source-unknown:
 * task links point into the policy's own page). Warnings, not errors, like stale
 * overrides: renumbering a seed can move ids, and the ingest must still run to show the new ones.
 */
export function checkBriefSources(briefs: Map<string, Brief>, outputs: PolicyData[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const citable = new Set(outputs.flatMap((o) => [...o.measures.map((m) => m.id), ...o.targets.map((t) => t.id)]));
  for (const brief of briefs.values()) {
    const own = outputs.find((o) => o.policy.id === brief.policy);
    if (!own) {
      diagnostics.push(diagnostic(brief.file, null, 'brief-policy-unknown', `no published policy has the id ${brief.policy}: the brief is not shown (name the file after a policy id of seeds/manifest.yaml)`));
      continue;
    }
    const tasks = new Set(own.tasks.map((t) => t.id));
    brief.statements.forEach((s, i) =>
      s.sources.forEach((id, j) => {
        if (id === 'policy' || citable.has(id) || tasks.has(id)) return;
        const what = /\/task-\d+$/.test(id) ? `a task of ${brief.policy}` : 'a measure or target';
        diagnostics.push(diagnostic(brief.file, brief.sourceLines[i]![j]!, 'brief-source-unknown', `statement ${i + 1} cites ${id}, which is not ${what}: the site shows no link for it`, { record: id }));
      }),
    );
  }
  return diagnostics;
}
