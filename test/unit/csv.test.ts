import { describe, expect, it } from 'vitest';
import { csvCell, csvTable, toCsv, withCommentLines } from '../../src/utils/csv.ts';

describe('csvCell', () => {
  it('neutralises cells a spreadsheet would run as a formula (leading = + - @ tab CR)', () => {
    expect(csvCell('=HYPERLINK("http://example.org","x")')).toBe(`"'=HYPERLINK(""http://example.org"",""x"")"`);
    expect(csvCell('+1+cmd')).toBe("'+1+cmd");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('leaves plain numbers and ordinary text as they are', () => {
    for (const v of ['-5', '+1.5', '-0.25', '2e3', '1.28', '市科委', 'a=b', 'x@example.org', '']) expect(csvCell(v)).toBe(v);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });

  it('quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });
});

describe('toCsv', () => {
  it('neutralises formula-like values in every column, nested ones too', () => {
    expect(toCsv([{ id: 'x', text: { zh: '=1+1', en: '@x' }, tags: ['-a', 'b'] }])).toBe("id,text.zh,text.en,tags\r\nx,'=1+1,'@x,'-a|b\r\n");
  });
});

describe('csvTable', () => {
  it('writes a header and rows of cells, each through csvCell, with CRLF line ends', () => {
    expect(csvTable([['id', 'value', 'quote'], ['a/1', 1.5, '到2025年，达到“1,000家”'], ['b/2', null, '=SUM(A1)']])).toBe('id,value,quote\r\na/1,1.5,"到2025年，达到“1,000家”"\r\nb/2,,\'=SUM(A1)\r\n');
  });

  it('is what toCsv writes for flat records', () => {
    const records = [{ id: 'x', n: 2 }, { id: 'y', n: -1 }];
    expect(toCsv(records)).toBe(csvTable([['id', 'n'], ...records.map((r) => [r.id, r.n])]));
  });
});

describe('withCommentLines', () => {
  it('puts each line before the header as a # comment, on one line each', () => {
    const csv = csvTable([['id'], ['a']]);
    expect(withCommentLines(['Title', 'Source:\nsite'], csv)).toBe('# Title\r\n# Source: site\r\nid\r\na\r\n');
  });
});
