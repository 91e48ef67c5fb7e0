import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/lib/xml.ts';

describe('escapeXml', () => {
  it('escapes the five markup characters, ampersands first (no double escaping)', () => {
    expect(escapeXml(`<a href="x" title='y'>R&D &amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;R&amp;D &amp;amp;&lt;/a&gt;');
  });

  it('leaves other text as it is', () => {
    expect(escapeXml('众创空间 ≥ 300个 “小巨人”')).toBe('众创空间 ≥ 300个 “小巨人”');
  });
});
