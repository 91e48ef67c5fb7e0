/** Reads the ingest's generated per-policy data files (content/generated/data/*.json). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Measure, Policy, Segment, Target, Task } from './schemas.ts';

export interface PolicyData {
  policy: Policy;
  measures: Measure[];
  tasks: Task[];
  targets: Target[];
  segments: Segment[];
}

export const GENERATED_DATA_DIR = join(process.cwd(), 'content', 'generated', 'data');

/** All generated policy data files, in file-name order. */
export function readGeneratedData(dir = GENERATED_DATA_DIR): PolicyData[] {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: run \`npm run ingest\` first`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as PolicyData);
}
