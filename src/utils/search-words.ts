/** Names as the words a search query is split into, for Pagefind metadata that ranking weighs (`names` on unit pages). */

/**
 * The distinct words of some names, joined by spaces. Pagefind matches metadata word by word and
 * splits a Chinese query with the browser's word segmenter (市科技局 → 市 | 科技 | 局), so each name
 * is split here the same way (ICU's segmenter, as in Node and Chromium); Latin words are lower-cased.
 */
export function searchWords(names: readonly (string | null | undefined)[]): string {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const words = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    for (const s of segmenter.segment(name)) if (s.isWordLike) words.add(s.segment.toLowerCase());
  }
  return [...words].join(' ');
}
