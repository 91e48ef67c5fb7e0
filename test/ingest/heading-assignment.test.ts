/** Rule assignment/heading: a part heading's units hold for its measures that name none (src/ingest/stages/measure-records.ts). */
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/pipeline.ts';
import { manifestEntry, seedInput } from '../helpers.ts';

const SEED = [
  '某区2025年科技创新工作措施',
  '',
  '一、强化科技创新（市科技局牵头）',
  '（一）加强科创平台建设。推进校企平台结对合作。',
  '（二）培育科技型企业。实施梯次培育计划。（市经济信息委牵头）',
  '二、优化营商环境',
  '（一）深化审批改革。压缩审批时间。',
  '',
].join('\n');

describe('a part heading that names its lead (一、…（市科技局牵头）)', () => {
  const input = seedInput();
  input.seeds.set('heading-lead.txt', new TextEncoder().encode(SEED));
  input.manifestText += manifestEntry('heading-lead.txt', 'heading-lead');
  const result = runIngest(input);
  const policy = result.policies.find((p) => p.policy.id === 'heading-lead')!;
  const lead = (key: string) => policy.measures.find((m) => m.id === `heading-lead/${key}`)!.lead;

  it("assigns it to the measures of that part that name none; a measure's own lead and other parts are left alone", () => {
    expect(lead('1-1')).toEqual(['cq-sti-bureau']);
    expect(lead('1-2')).toEqual(['cq-economy-it-commission']);
    expect(lead('2-1')).toEqual([]);
  });

  it('reports where the units came from, on the measure', () => {
    const reported = result.report.diagnostics.filter((d) => d.rule === 'assignment/heading');
    expect(reported.map((d) => d.record)).toEqual(['heading-lead/1-1']);
    expect(reported[0]!.message).toContain('强化科技创新（市科技局牵头）');
  });
});
