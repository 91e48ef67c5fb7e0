/**
 * Rule figure/traditional-folded: figures of a Traditional-character text (萬元, 億, 補助, 獎勵) are read on
 * its Simplified reading, one character for one, so that every figure rule holds for both scripts; what is
 * quoted from the text (quote, indicator, basis, eligibility) is mapped back to the text as printed.
 */
import { Converter } from 'opencc-js';

// Hong Kong variants to mainland characters; character by character (no phrase rewriting), so offsets hold.
const toSimplified = Converter({ from: 'hk', to: 'cn' });
const cache = new Map<string, string>();

/** One character's Simplified form when it is one UTF-16 unit for one (else the character itself). */
function foldChar(ch: string): string {
  let out = cache.get(ch);
  if (out === undefined) {
    const s = toSimplified(ch);
    out = s.length === ch.length ? s : ch;
    cache.set(ch, out);
  }
  return out;
}

/** The text's Simplified reading with every offset kept (the text itself when nothing changes). */
export function foldTraditional(text: string): string {
  if (toSimplified(text) === text) return text;
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** `part`, a piece of `folded`, as `printed` has it at the same place (part itself when not found). */
export function asPrinted(part: string, folded: string, printed: string): string {
  if (folded === printed) return part;
  const at = folded.indexOf(part);
  return at < 0 ? part : printed.slice(at, at + part.length);
}
