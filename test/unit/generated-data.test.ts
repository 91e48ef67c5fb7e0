/** Reading content/generated/data/*.json: what the ingest writes reads back as the same records, anything else stops with the file and the field. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GeneratedDataError, readGeneratedData, readGeneratedFile } from '../../src/data/generated.ts';
import { runIngest } from '../../src/ingest/pipeline.ts';
import { renderFiles } from '../../src/ingest/disk/write.ts';
import { seedInput } from '../helpers.ts';

const result = runIngest(seedInput());
const files = renderFiles(result);
const dir = mkdtempSync(join(tmpdir(), 'generated-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ID = 'cq-2016-work-plan';
const written = () => JSON.parse(files.get(`data/${ID}.json`)!) as Record<string, any>;
/** Writes a (changed) data file and returns its path. */
function file(name: string, data: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
  return path;
}
const errorOf = (path: string) => {
  try {
    readGeneratedFile(path);
  } catch (e) {
    return e;
  }
  throw new Error(`${path} was read without an error`);
};

describe('readGeneratedData', () => {
  it('reads back exactly the records the ingest wrote, without the $comment', () => {
    const out = result.policies.find((p) => p.policy.id === ID)!;
    const read = readGeneratedFile(file(`${ID}.json`, written()));
    expect(read).toEqual({ policy: out.policy, measures: out.measures, tasks: out.tasks, targets: out.targets, benefits: out.benefits, segments: out.segments });
    expect(read).not.toHaveProperty('$comment');
  });

  it('reads every file of a folder in file-name order', () => {
    const folder = mkdtempSync(join(dir, 'all-'));
    for (const [rel, text] of files) if (rel.startsWith('data/')) writeFileSync(join(folder, rel.slice('data/'.length)), text);
    expect(readGeneratedData(folder).map((d) => d.policy.id)).toEqual([...result.policies.map((p) => p.policy.id)].sort());
  });

  it('names the file, the field and the record when a field is missing or has the wrong type', () => {
    const data = written();
    delete data.measures[2].enStale;
    data.tasks[0].seq = 'one';
    const e = errorOf(file('missing-field.json', data));
    expect(e).toBeInstanceOf(GeneratedDataError);
    const message = (e as Error).message;
    expect(message).toContain(join(dir, 'missing-field.json').replace(`${process.cwd()}/`, ''));
    expect(message).toMatch(new RegExp(`measures\\[2\\]\\.enStale \\(record ${data.measures[2].id}\\): .*boolean`));
    expect(message).toMatch(new RegExp(`tasks\\[0\\]\\.seq \\(record ${data.tasks[0].id}\\): .*number`));
    expect(message).toContain('npm run ingest');
  });

  it('refuses a field the schema does not declare (the schemas are the one definition of a record)', () => {
    const data = written();
    data.targets[0].confidence = 0.9;
    expect((errorOf(file('extra-field.json', data)) as Error).message).toMatch(/targets\[0\] \(record [^)]+\): .*confidence/);
  });

  it('names the file of a data file that is not JSON', () => {
    const e = errorOf(file('broken.json', '{"policy": '));
    expect(e).toBeInstanceOf(GeneratedDataError);
    expect((e as GeneratedDataError).file).toContain('broken.json');
    expect((e as Error).message).toContain('not JSON');
  });
});
