/**
 * XLIFF 2.0 (OASIS, core only) for exchange units: one <file> per policy, one <unit> per segment (its
 * id in `name`: segment ids contain “/”, which an XLIFF id, an NMTOKEN, cannot), the segment's state
 * as XLIFF states it (initial, translated, reviewed; needs-review and stale as initial with a subState),
 * and notes by category. Read back with line numbers (@xmldom/xmldom) for error messages.
 */
import { DOMImplementation, DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
import type { ExchangeUnit, ImportedUnit, ImportProblem } from './exchange.ts';

const NS = 'urn:oasis:names:tc:xliff:document:2.0';
/** The subState prefix of this project's own states (XLIFF 2.0 §4.3.1.47: prefix:value). */
const SUB = 'cqpe';

const XLIFF_STATE: Record<ExchangeUnit['state'], { state: string; subState?: string }> = {
  pending: { state: 'initial' },
  'needs-review': { state: 'initial', subState: `${SUB}:needs-review` },
  stale: { state: 'initial', subState: `${SUB}:stale` },
  translated: { state: 'translated' },
  reviewed: { state: 'reviewed' },
};

/** Writes exchange units as an XLIFF 2.0 document (source zh, target en), indented, UTF-8. */
export function toXliff(units: ExchangeUnit[]): string {
  const doc = new DOMImplementation().createDocument(NS, 'xliff', null);
  const root = doc.documentElement!;
  root.setAttribute('version', '2.0');
  root.setAttribute('srcLang', 'zh');
  root.setAttribute('trgLang', 'en');
  const el = (name: string, parent: Element, attrs: Record<string, string> = {}, text?: string) => {
    const e = doc.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.appendChild(doc.createTextNode(text));
    parent.appendChild(e);
    return e;
  };
  const files = new Map<string, Element>();
  units.forEach((u, i) => {
    let file = files.get(u.policy);
    if (!file) {
      file = el('file', root, { id: `f${files.size + 1}`, original: `content/translations/en/${u.policy}.yaml` });
      files.set(u.policy, file);
    }
    const unit = el('unit', file, { id: `u${i + 1}`, name: u.id });
    if (u.notes.length) {
      const notes = el('notes', unit);
      for (const n of u.notes) el('note', notes, { category: n.category }, n.text);
    }
    const segment = el('segment', unit, XLIFF_STATE[u.state] as Record<string, string>);
    el('source', segment, { 'xml:space': 'preserve' }, u.zh);
    if (u.en !== null) el('target', segment, { 'xml:space': 'preserve' }, u.en);
  });
  indent(root, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}

/** Puts each element on its own line: whitespace nodes go only into elements that hold elements, never into text (source, target, note). */
function indent(e: Element, depth: number) {
  const kids: Element[] = [];
  for (let n = e.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) kids.push(n as Element);
  if (!kids.length) return;
  const doc = e.ownerDocument!;
  for (const k of kids) {
    e.insertBefore(doc.createTextNode(`\n${'  '.repeat(depth + 1)}`), k);
    indent(k, depth + 1);
  }
  e.appendChild(doc.createTextNode(`\n${'  '.repeat(depth)}`));
}

/** Reads an XLIFF 2.0 document back: its units (by policy, from each file's `original`) and every problem, each with its line. */
export function parseXliff(text: string): { units: ImportedUnit[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const lineAt = (context: unknown) => (context as { locator?: { lineNumber?: number } } | undefined)?.locator?.lineNumber ?? null;
  // xmldom places a mismatched end tag at the token before it: find the end tag itself from there
  const endTagLine = (line: number | null, message: string) => {
    const tag = /!= "([^"]+)"/.exec(message)?.[1];
    if (!tag || line === null) return line;
    const lines = text.split('\n');
    for (let i = line - 1; i < lines.length; i++) if (lines[i]!.includes(`</${tag}`)) return i + 1;
    return line;
  };
  let doc: ReturnType<DOMParser['parseFromString']>;
  try {
    doc = new DOMParser({
      onError: (level, message, context) => {
        if (level !== 'warning') problems.push({ line: endTagLine(lineAt(context), message), message: `malformed XML: ${message.split('\n')[0]}` });
      },
    }).parseFromString(text, 'text/xml');
  } catch (e) {
    // a fatal error stops the parser (its locator names the line)
    if (!problems.length) problems.push({ line: endTagLine(lineAt(e), (e as Error).message), message: `malformed XML: ${(e as Error).message.split('\n')[0]}` });
    return { units: [], problems };
  }
  if (problems.length) return { units: [], problems };
  const root = doc.documentElement;
  if (!root || root.localName !== 'xliff' || root.namespaceURI !== NS || root.getAttribute('version') !== '2.0')
    return { units: [], problems: [{ line: root?.lineNumber ?? 1, message: 'not an XLIFF 2.0 document (root <xliff version="2.0"> in the XLIFF 2.0 namespace)' }] };
  const trgLang = root.getAttribute('trgLang') ?? '';
  if (!/^en(-|$)/i.test(trgLang)) return { units: [], problems: [{ line: root.lineNumber ?? 1, message: `the target language is “${trgLang}”, not English (trgLang="en")` }] };
  const units: ImportedUnit[] = [];
  for (const file of children(root, 'file')) {
    const policy = /^content\/translations\/en\/([a-z0-9-]+)\.yaml$/.exec(file.getAttribute('original') ?? '')?.[1];
    if (!policy) {
      problems.push({ line: file.lineNumber ?? null, message: `<file> without original="content/translations/en/<policy>.yaml": its units cannot be placed` });
      continue;
    }
    for (const unit of children(file, 'unit')) {
      const line = unit.lineNumber ?? null;
      const id = unit.getAttribute('name');
      const segment = children(unit, 'segment')[0];
      const source = segment && children(segment, 'source')[0];
      if (!id || !segment || !source) {
        problems.push({ line, message: 'a <unit> needs name="<segment id>" and a <segment> with a <source>' });
        continue;
      }
      const target = children(segment, 'target')[0];
      const lang = target?.getAttribute('xml:lang');
      if (lang && !/^en(-|$)/i.test(lang)) {
        problems.push({ line: target!.lineNumber ?? line, message: `${policy}/${id}: the target's language is “${lang}”, not English` });
        continue;
      }
      const state = segment.getAttribute('state') || 'initial';
      units.push({ policy, id, source: source.textContent ?? '', target: target ? (target.textContent ?? '') : null, state: state === 'final' ? 'reviewed' : (state as ImportedUnit['state']), line });
      if (!['initial', 'translated', 'reviewed', 'final'].includes(state)) problems.push({ line, message: `${policy}/${id}: unknown state “${state}”` });
    }
  }
  return { units: units.filter((u) => ['initial', 'translated', 'reviewed'].includes(u.state)), problems };
}

function children(e: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = e.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === NS) out.push(n as Element);
  return out;
}
