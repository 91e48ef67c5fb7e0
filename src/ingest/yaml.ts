/** Parse an authored YAML file, turning a syntax error into an IngestError that names the file and line. */
import YAML from 'yaml';
import type { z } from 'zod';
import { IngestError } from './errors.ts';

export function parseYamlFile(file: string, text: string): unknown {
  try {
    return YAML.parse(text);
  } catch (e) {
    const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? null;
    throw new IngestError(file, line, `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** Parse and validate an authored YAML file against a schema; the first problem becomes an IngestError. */
export function parseYamlWith<T>(file: string, text: string, schema: z.ZodType<T>, what = 'entry'): T {
  const parsed = schema.safeParse(parseYamlFile(file, text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new IngestError(file, null, `${what} ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
