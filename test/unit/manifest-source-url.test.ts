/** The manifest's optional sourceUrl (原文链接): absent means null, a value must be a URL. */
import { describe, expect, it } from 'vitest';
import { ManifestEntry } from '../../src/data/schemas.ts';

const base = { file: 'x.txt', id: 'x', title: null, issuer: null, docNumber: null, issued: null, period: null, script: 'zh-Hans', provenance: 'test' };

describe('ManifestEntry.sourceUrl', () => {
  it('is null when absent', () => expect(ManifestEntry.parse(base).sourceUrl).toBeNull());
  it('keeps an official URL', () => expect(ManifestEntry.parse({ ...base, sourceUrl: 'https://www.cq.gov.cn/x.html' }).sourceUrl).toBe('https://www.cq.gov.cn/x.html'));
  it('rejects a value that is not a URL', () => expect(ManifestEntry.safeParse({ ...base, sourceUrl: 'see portal' }).success).toBe(false));
});
