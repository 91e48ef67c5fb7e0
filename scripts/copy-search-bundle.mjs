// After `pagefind --site dist`: a copy of the bundle at dist/pagefind-other/, which the
// search page merges to include the other language (Pagefind skips merging its own path).
import { cpSync, rmSync } from 'node:fs';

rmSync('dist/pagefind-other', { recursive: true, force: true });
cpSync('dist/pagefind', 'dist/pagefind-other', { recursive: true });
