/** Marking the first use of glossary terms in a text (pure: used by the ingest for MDX bodies and by pages for other text). */

export interface TermForm {
  /** Glossary entry id. */
  id: string;
  /** A form of the term as it appears in text (Chinese term or alias, or the English term). */
  form: string;
}

export type Piece = { text: string } | { text: string; term: string };

const isLatin = (s: string) => /^[\x20-\x7e]+$/.test(s);

/** Where a form occurs in a text from `from` on (-1 if not): Chinese by substring, English case-insensitively on word boundaries. */
function indexOfForm(text: string, lower: string, form: string, from: number): number {
  if (!isLatin(form)) return text.indexOf(form, from);
  const f = form.toLowerCase();
  let i = lower.indexOf(f, from);
  while (i >= 0) {
    const before = lower[i - 1];
    const after = lower[i + f.length];
    if (!(before && /[a-z0-9-]/.test(before)) && !(after && /[a-z0-9]/.test(after) && after !== 's')) return i;
    i = lower.indexOf(f, i + 1);
  }
  return -1;
}

/**
 * Splits a text into plain pieces and the first use of each term not yet in `seen`
 * (which is updated, so a page can share it across texts). At one position the longest form wins.
 */
export function splitByTerms(text: string, forms: TermForm[], seen: Set<string>): Piece[] {
  const pieces: Piece[] = [];
  const lower = text.toLowerCase();
  let pos = 0;
  for (;;) {
    let best: { at: number; form: TermForm } | null = null;
    for (const f of forms) {
      if (seen.has(f.id)) continue;
      const at = indexOfForm(text, lower, f.form, pos);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && f.form.length > best.form.form.length)) best = { at, form: f };
    }
    if (!best) break;
    if (best.at > pos) pieces.push({ text: text.slice(pos, best.at) });
    pieces.push({ text: text.slice(best.at, best.at + best.form.form.length), term: best.form.id });
    seen.add(best.form.id);
    pos = best.at + best.form.form.length;
  }
  if (pos < text.length) pieces.push({ text: text.slice(pos) });
  return pieces;
}

/** The forms to look for in one language: Chinese term and aliases, or the English term. */
export function termForms(entries: { id: string; zh: string; en: string; aliases: string[] }[], lang: 'zh' | 'en'): TermForm[] {
  return entries.flatMap((e) => (lang === 'zh' ? [e.zh, ...e.aliases] : [e.en]).map((form) => ({ id: e.id, form })));
}
