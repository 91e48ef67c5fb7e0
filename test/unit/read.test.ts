import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/report/errors.ts';
import { MAX_SOURCE_BYTES, readSource } from '../../src/ingest/stages/read.ts';
import { SEEDS, seedBytes } from './_seeds.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((p) => [...p]));
/** 重庆 encoded as GBK (what a file saved from a Chinese Windows editor contains). */
const GBK_CHONGQING = [0xd6, 0xd8, 0xc7, 0xec];
const BOM = [0xef, 0xbb, 0xbf];

/** The IngestError readSource throws for the bytes (fails the test if it does not throw one). */
function readError(file: string, bytes: Uint8Array): IngestError {
  try {
    readSource(file, bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(IngestError);
    return e as IngestError;
  }
  throw new Error('readSource did not throw');
}

describe('readSource: valid UTF-8', () => {
  it('splits a file into 1-based numbered lines', () => {
    const src = readSource('a.txt', utf8('一、总体要求\n（一）指导思想\n坚持创新驱动'));
    expect(src.file).toBe('a.txt');
    expect(src.lines).toEqual([
      { line: 1, text: '一、总体要求' },
      { line: 2, text: '（一）指导思想' },
      { line: 3, text: '坚持创新驱动' },
    ]);
  });

  it('records the sha256 of the raw bytes', () => {
    const bytes = utf8('一、总体要求\n');
    expect(readSource('a.txt', bytes).sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('keeps blank lines (they can mark page breaks) and their numbering', () => {
    const src = readSource('a.txt', utf8('甲\n\n\n乙'));
    expect(src.lines.map((l) => l.text)).toEqual(['甲', '', '', '乙']);
    expect(src.lines.at(-1)).toEqual({ line: 4, text: '乙' });
  });

  it('splits CRLF lines without leaving \\r in the text', () => {
    const src = readSource('crlf.txt', utf8('渝府办发〔2016〕25号\r\n各区县（自治县）人民政府：\r\n请认真贯彻执行。'));
    expect(src.lines).toEqual([
      { line: 1, text: '渝府办发〔2016〕25号' },
      { line: 2, text: '各区县（自治县）人民政府：' },
      { line: 3, text: '请认真贯彻执行。' },
    ]);
    expect(src.lines.some((l) => l.text.includes('\r'))).toBe(false);
  });

  it('handles mixed CRLF, LF and lone CR line ends', () => {
    const src = readSource('mixed.txt', utf8('a\r\nb\nc\rd'));
    expect(src.lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, 'd'],
    ]);
  });

  it('strips a UTF-8 byte order mark from the first line but hashes the bytes as received', () => {
    const bytes = concat(BOM, utf8('一、总体要求\r\n（一）指导思想'));
    const src = readSource('bom.txt', bytes);
    expect(src.lines[0]).toEqual({ line: 1, text: '一、总体要求' });
    expect(src.lines[1]).toEqual({ line: 2, text: '（一）指导思想' });
    expect(src.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(src.sha256).not.toBe(readSource('nobom.txt', utf8('一、总体要求\r\n（一）指导思想')).sha256);
  });

  it('reads the real seeds with their line numbers', () => {
    const growth = readSource(SEEDS.growth2023, seedBytes(SEEDS.growth2023));
    expect(growth.lines).toHaveLength(110);
    expect(growth.lines[13]).toEqual({ line: 14, text: '一、总体要求\u00a0' }); // NBSP kept: read does not clean
    expect(growth.lines.at(-1)).toEqual({ line: 110, text: 'seo seo' });

    const plan2016 = readSource(SEEDS.plan2016, seedBytes(SEEDS.plan2016));
    expect(plan2016.lines[0]).toEqual({ line: 1, text: '' });
    expect(plan2016.lines[1]).toEqual({ line: 2, text: '渝府办发〔2016〕25号' });
    expect(plan2016.lines[191]).toEqual({ line: 192, text: '附件：深入实施创新驱动发展战略工作任务分工表' });
  });
});

describe('readSource: bad input', () => {
  it('rejects GBK bytes with an IngestError naming the file and line 3', () => {
    const bytes = concat(utf8('重庆市人民政府办公厅\n关于印发工作方案的通知\n'), GBK_CHONGQING, utf8('市科委\n第四行'));
    const err = readError('seeds/gbk.txt', bytes);
    expect(err.file).toBe('seeds/gbk.txt');
    expect(err.line).toBe(3);
    expect(err.message).toMatch(/^seeds\/gbk\.txt:3: /);
    expect(err.message).toMatch(/UTF-8/);
  });

  it('reports the right line for GBK bytes in a CRLF file', () => {
    const bytes = concat(utf8('第一行\r\n第二行\r\n'), GBK_CHONGQING, utf8('\r\n第四行\r\n'));
    const err = readError('crlf-gbk.txt', bytes);
    expect(err.line).toBe(3);
    expect(err.message).toContain('crlf-gbk.txt:3');
  });

  it('reports line 1 for a GBK file with no valid first line', () => {
    expect(readError('gbk1.txt', concat(GBK_CHONGQING, utf8('\n正常'))).line).toBe(1);
  });

  it('reports a multi-byte character cut off at the end of the file', () => {
    const err = readError('cut.txt', concat(utf8('一\n二\n'), [0xe4, 0xb8]));
    expect(err.line).toBe(3);
  });

  it('rejects an empty file', () => {
    const err = readError('empty.txt', new Uint8Array());
    expect(err.line).toBeNull();
    expect(err.message).toBe('empty.txt: the file is empty');
  });

  it('rejects a file of whitespace only (spaces, tabs, CRLF, NBSP, ideographic spaces)', () => {
    const err = readError('blank.txt', utf8(' \n\t\r\n\u00a0\u3000\n'));
    expect(err.message).toMatch(/empty/);
  });

  it('rejects a file holding only a byte order mark', () => {
    expect(readError('bom-only.txt', new Uint8Array(BOM)).message).toMatch(/empty/);
  });

  it('rejects a binary file with a NUL byte, naming its line', () => {
    const err = readError('bin.txt', utf8('第一行\n第二\u0000行'));
    expect(err.line).toBe(2);
    expect(err.message).toMatch(/NUL/);
  });

  // Regression test (fixed bug): readSource numbers lines on \r\n, \r and \n, but the line it reports for invalid
  // bytes (firstInvalidUtf8Line) and for a NUL byte counts only \n. In a file with lone-CR
  // line ends the error names line 1 instead of line 3 (the line readSource itself numbers 3).
  it('reports the same line numbers for errors as for lines in a file with lone CR line ends', () => {
    const bad = concat(utf8('第一行\r第二行\r'), GBK_CHONGQING, utf8('\r第四行'));
    expect(readError('cr-gbk.txt', bad).line).toBe(3);
    const nul = concat(utf8('第一行\r第二行\r'), [0], utf8('\r第四行'));
    expect(readError('cr-nul.txt', nul).line).toBe(3);
  });

  it(`accepts a file of ${MAX_SOURCE_BYTES} bytes and rejects a larger one with the file and the limit`, () => {
    // ASCII lines, so the decoded text is as long as the file
    const bytes = (n: number) => new Uint8Array(n).fill(0x61).map((b, i) => (i % 100 === 99 ? 0x0a : b));
    expect(readSource('big.txt', bytes(MAX_SOURCE_BYTES)).lines.length).toBeGreaterThan(40_000);
    const err = readError('seeds/huge.txt', bytes(MAX_SOURCE_BYTES + 1));
    expect(err.file).toBe('seeds/huge.txt');
    expect(err.line).toBeNull();
    expect(err.message).toBe('seeds/huge.txt: the file is 4,194,305 bytes: the limit per document is 4,194,304 bytes (4 MiB); split the document');
  });
});
