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
