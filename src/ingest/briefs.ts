/** Briefs stage: which published policies have no “In brief” explainer (content/briefs/<id>.yaml); only existence is checked here. */
import { diagnostic, type Diagnostic } from './diagnostics.ts';

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
      diagnostic(p.file, null, 'brief-missing', 'info', `no “In brief” explainer: ${briefPath(p.id)} does not exist (optional: the policy page shows none until it is written)`, {
        record: p.id,
        fix: briefTemplate(p.id),
      }),
    );
}
