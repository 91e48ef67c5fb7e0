/**
 * The records stage's metadata step: title, issuer, 文号 and date from the manifest, the document's own
 * elements and its portal block (in that order), and the rules that report where they disagree
 * (metadata-conflict, metadata-from-document) or stand outside the document (boundary/…).
 */
import type { ManifestEntry } from '../../data/schemas.ts';
import { stripWhitespace } from '../../lib/text.ts';
import type { OutsideParagraph } from '../recognisers/boundary.ts';
import type { DocumentElements } from '../recognisers/elements.ts';
import { FACT_FIELDS, portalFacts, type PortalMetadata } from '../recognisers/portal-metadata.ts';
import { announcerOf } from '../recognisers/announcer.ts';
import { deriveTitle, noticeSubject } from '../recognisers/title.ts';
import { columnOf, diagnostic, type Diagnostic } from '../report/diagnostics.ts';
import type { PreparedSource } from './sources.ts';
import type { DocumentTree } from './structure.ts';

/**
 * Title, issuer, 文号 and date: the manifest wins; a null field is read from the document's own elements
 * (elements.ts: 文号 line, signature and 成文日期, 题注), else the portal metadata; a null title is derived
 * from the document (title.ts).
 */
export function documentFacts(p: PreparedSource, portal: ReturnType<typeof portalFacts>, tree: DocumentTree) {
  const { entry, segments } = p;
  const own = segments.elements;
  const derived = entry.title === null ? deriveTitle({ id: entry.id, metadata: segments.metadata, lines: p.normalized.lines, preamble: tree.preamble, textOnly: tree.textOnly }) : null;
  // rule issuer/announcer: a news report's lead names the body that announces the policy (a report: a text with no
  // numbered parts; a plan's or a notice's sentences name bodies that act, not the issuer)
  const issuerGiven = (entry.issuer ?? own.issuer ?? portal.issuer) !== null;
  const announcer = issuerGiven || !tree.textOnly ? null : announcerOf(tree.preamble);
  return {
    title: entry.title ?? derived!.title,
    derived,
    announcer,
    issuer: entry.issuer ?? own.issuer ?? portal.issuer ?? announcer?.issuer ?? null,
    docNumber: entry.docNumber ?? own.docNumber ?? portal.docNumber,
    issued: entry.issued ?? own.issued ?? portal.issued,
  };
}

/**
 * Rule `metadata-missing` (review): the facts neither the manifest nor the document (its own elements, its portal
 * block) gives — shown as unknown on the site; one message per document naming them, for the maintainer to fill in.
 */
export function missingMetadataDiagnostic(file: string, facts: { issuer: string | null; docNumber: string | null; issued: string | null }): Diagnostic | null {
  const missing = (['issuer', 'docNumber', 'issued'] as const).filter((f) => facts[f] === null);
  if (!missing.length) return null;
  const hint = missing.includes('issuer') ? ' (a news report names no issuer of its own: the issuer is the body whose document it reports, if it names one)' : '';
  return diagnostic(file, null, 'metadata-missing', `${missing.join(', ')} unknown: the manifest leaves ${missing.length === 1 ? 'it' : 'them'} null and the document prints none; shown as unknown — set ${missing.map((f) => `${f}:`).join(', ')} in seeds/manifest.yaml if the document has ${missing.length === 1 ? 'it' : 'them'}${hint}`);
}

/** Rule issuer/announcer (review): the issuer read from a news report's lead, with the manifest line to paste. */
export function announcerDiagnostic(file: string, announcer: { issuer: string; line: number } | null): Diagnostic | null {
  if (!announcer) return null;
  const message = `issuer “${announcer.issuer}” read from the report's lead (the body it names as announcing the policy), please confirm (set issuer: in seeds/manifest.yaml)`;
  return diagnostic(file, announcer.line, 'issuer/announcer', message, { fix: `issuer: ${JSON.stringify(announcer.issuer)}` });
}

/** Where each metadata field read from the document's own elements stands (the first element of its kind). */
function elementLine(elements: DocumentElements, field: 'docNumber' | 'issuer' | 'issued'): number | null {
  const kinds: Record<typeof field, string[]> = { docNumber: ['doc-number'], issuer: ['signature', 'headnote'], issued: ['date', 'headnote'] };
  const line = elements.elements.find((e) => kinds[field].includes(e.kind))?.line ?? null;
  return field === 'issuer' && elements.titleIssuer ? elements.titleIssuer.line : line;
}

/**
 * Rule `metadata-from-document` (review): a field the manifest leaves null, read from the document's own elements,
 * with the manifest line to paste; rule `metadata-conflict` (review): the document's elements and the portal block,
 * or the manifest and the document, disagree (the manifest, then the document, is kept).
 */
export function documentMetadataDiagnostics(file: string, entry: ManifestEntry, elements: DocumentElements, portal: ReturnType<typeof portalFacts>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const same = (a: string, b: string) => canonical(a) === canonical(b);
  for (const field of ['docNumber', 'issuer', 'issued'] as const) {
    const own = elements[field];
    if (own === null) continue;
    const line = elementLine(elements, field);
    const manifestValue = entry[field];
    const where = field === 'issuer' && elements.titleIssuer ? "the notice's title (the bodies before 关于: no signature prints them)" : "the document's own elements";
    if (manifestValue === null) out.push(diagnostic(file, line, 'metadata-from-document', `${field} “${own}” read from ${where}, please confirm (set ${field}: in seeds/manifest.yaml)`, { fix: `${field}: ${JSON.stringify(own)}` }));
    else if (!same(manifestValue, own)) out.push(diagnostic(file, line, 'metadata-conflict', `the document prints ${field} “${own}”, the manifest says “${manifestValue}” (manifest kept)`));
    const portalValue = portal[field];
    if (portalValue && !same(portalValue, own)) out.push(diagnostic(file, line, 'metadata-conflict', `the document prints ${field} “${own}”, its portal metadata says “${portalValue}” (${manifestValue === null ? 'document' : 'manifest'} kept)`));
  }
  return out;
}

/** A value as compared with the manifest: no whitespace, brackets full-width. */
const canonical = (s: string) => stripWhitespace(s).replace(/\(/g, '（').replace(/\)/g, '）');

/**
 * Conflicts between the manifest and the portal metadata block (the manifest is kept), each on
 * the line of its field. A null manifest value is no conflict: the portal value fills it. Values
 * are compared without whitespace (normalising removed the space in “某办公室 某局”) and with
 * brackets of one width.
 */
export function metadataConflicts(file: string, entry: ManifestEntry, md: PortalMetadata | null): Diagnostic[] {
  if (!md) return [];
  const portal = portalFacts(md.fields);
  const out: Diagnostic[] = [];
  const same = (a: string, b: string) => canonical(a) === canonical(b);
  const compare = (field: keyof typeof FACT_FIELDS, manifestValue: string | null, portalValue: string | null) => {
    // A portal titles the notice that publishes the document (关于印发《X》的通知): X is the same title.
    if (field === 'title' && portalValue && manifestValue !== null && same(noticeSubject(portalValue) ?? '', manifestValue.replace(/^《|》$/g, ''))) return;
    if (portalValue && manifestValue !== null && !same(manifestValue, portalValue))
      out.push(
        diagnostic(file, md.fieldLines[FACT_FIELDS[field]] ?? md.lines[0] ?? null, 'metadata-conflict', `portal metadata ${field} “${portalValue}” differs from the manifest “${manifestValue}” (manifest kept)`),
      );
  };
  compare('docNumber', entry.docNumber, portal.docNumber);
  compare('issuer', entry.issuer, portal.issuer);
  compare('issued', entry.issued, portal.issued);
  compare('title', entry.title, portal.title);
  return out;
}

/** Why a line outside the document is not published, by rule (else: page furniture). */
const OUTSIDE_REASON: Partial<Record<OutsideParagraph['rule'], string>> = {
  'boundary/before-title': "stands before the document's title",
  'boundary/before-addressee': "stands between the document's title and its 主送 line (a page's lead, not the notice)",
};

/** Rules boundary/…: each line outside the document (before its title, or page furniture) is reported, not published. */
export function outsideDiagnostics(file: string, outside: OutsideParagraph[], raw: Map<number, string>): Diagnostic[] {
  return outside.map((o) =>
    diagnostic(file, o.line, o.rule, `not published: “${o.text.slice(0, 60)}” ${OUTSIDE_REASON[o.rule] ?? 'reads as page furniture before the text'}`, {
      column: columnOf(raw.get(o.line), o.text),
    }),
  );
}
