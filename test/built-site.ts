/** The check that there is a built site, for the projects that test it (test/setup-built-site.ts). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Throws a one-line error (no stack) when `dir` is not a built site. */
export function requireBuiltSite(dir: string): void {
  const missing = ['index.html', 'data/policies.json', 'pagefind/pagefind.js'].filter((f) => !existsSync(join(dir, f)));
  if (!missing.length) return;
  const error = new Error(`no built site (dist/ lacks ${missing.join(', ')}): run \`npm run build\` first`);
  error.stack = error.message;
  throw error;
}
