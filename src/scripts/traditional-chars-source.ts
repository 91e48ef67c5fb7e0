/** The Traditional-only character set, computed from opencc-js (build-time only: never imported by the browser). */
import { Converter } from 'opencc-js';

/** Every Han character in the CJK blocks that tw → cn conversion changes, in code-point order. */
export function traditionalChars(): string {
  const convert = Converter({ from: 'tw', to: 'cn' });
  let out = '';
  const ranges: [number, number][] = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0x20000, 0x2a6df]];
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++) {
      const c = String.fromCodePoint(cp);
      if (convert(c) !== c) out += c;
    }
  }
  return out;
}

/** Digits of the gap encoding: 0–31 end a number, 32–63 carry five more bits before it. */
export const GAP_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * A set of characters (in code-point order) as the gaps between their code points, five bits a
 * digit: 3,687 characters take ~3.9 KB instead of ~11 KB as UTF-8 (decoded by decodeGaps in search-state.ts).
 */
export function encodeGaps(chars: string): string {
  let prev = -1;
  let out = '';
  for (const c of chars) {
    const cp = c.codePointAt(0)!;
    let gap = cp - prev - 1;
    prev = cp;
    const digits: number[] = [];
    do {
      digits.push(gap & 31);
      gap >>= 5;
    } while (gap);
    for (let i = digits.length - 1; i > 0; i--) out += GAP_DIGITS[32 + digits[i]!];
    out += GAP_DIGITS[digits[0]!];
  }
  return out;
}
