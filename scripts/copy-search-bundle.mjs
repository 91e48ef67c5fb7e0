// After `pagefind --site SITE`: a copy of the bundle at SITE/pagefind-other/, which the
// search page merges to include the other language (Pagefind skips merging its own path).
// SITE is the first argument (default dist; the build passes its staging folder).
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const site = process.argv[2] ?? 'dist';
rmSync(join(site, 'pagefind-other'), { recursive: true, force: true });
cpSync(join(site, 'pagefind'), join(site, 'pagefind-other'), { recursive: true });
