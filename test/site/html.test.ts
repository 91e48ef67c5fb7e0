/** The built HTML passes html-validate (config: .htmlvalidate.json, documented in docs/quality.md). Run `npm run build` first. */
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers.ts';
import { htmlProblems } from './checks.ts';

describe('html-validate', () => {
  it('every page of dist/ is valid', async () => expect(await htmlProblems(DIST)).toEqual([]), 600_000); // grows with the number of pages
});
