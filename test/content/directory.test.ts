/** content/directory.yaml: the site's fallback where no contact of a unit is cited — a checked, sourced fact. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { ContactDirectory } from '../../src/data/schemas.ts';
import { ROOT } from '../helpers.ts';

const authored = YAML.parse(readFileSync(join(ROOT, 'content', 'directory.yaml'), 'utf8'));

describe('content/directory.yaml', () => {
  it('is the city government website, with a source seen on that site', () => {
    const d = ContactDirectory.parse(authored);
    const host = new URL(d.url).host;
    expect(host).toMatch(/(^|\.)cq\.gov\.cn$/);
    expect(d.sources.some((s) => new URL(s.url).host === host)).toBe(true);
  });

  it('rejects an entry with no source or a non-web address', () => {
    expect(ContactDirectory.safeParse({ ...authored, sources: [] }).success).toBe(false);
    expect(ContactDirectory.safeParse({ ...authored, url: 'javascript:alert(1)' }).success).toBe(false);
    expect(ContactDirectory.safeParse({ ...authored, sources: [{ url: authored.url, seen: '2026-13-01' }] }).success).toBe(false);
  });
});
