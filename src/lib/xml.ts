/** Escaping of text for XML and HTML (SVG charts, the Atom feed): text never becomes markup, in element content or in a quoted attribute. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
