/**
 * Setup file of the Vitest projects that test the built site (site, browser): without dist/ from
 * `npm run build`, each of their test files fails with one line instead of ENOENT stacks.
 */
import { requireBuiltSite } from './built-site.ts';
import { DIST } from './helpers.ts';

requireBuiltSite(DIST);
