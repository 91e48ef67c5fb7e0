/**
 * Exchange with translators' tools: every seed exported to XLIFF 2.0 (validated against the schema in
 * test/fixtures/xliff) and PO, read back and applied without changes gives the same YAML byte for byte;
 * bad imports are refused per segment with their lines, and no existing English is lost.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { readGeneratedData } from '../../src/data/generated.ts';
import { hashOf, parseTranslationFile, type TranslationFile } from '../../src/ingest/authored/translations.ts';
import { applyUpdates, checkImport, exchangeUnits, type ImportedUnit } from '../../src/translation/exchange.ts';
import { TranslationMemory } from '../../src/translation/memory.ts';
import { parsePo, toPo } from '../../src/translation/po.ts';
import { qaContext } from '../../src/translation/qa.ts';
import { parseXliff, toXliff } from '../../src/translation/xliff.ts';
import { isSeedPolicy, ROOT } from '../helpers.ts';

const data = readGeneratedData(join(ROOT, 'content', 'generated', 'data')).filter((d) => isSeedPolicy(d.policy.id));
const texts = new Map(data.map((d) => [d.policy.id, readFileSync(join(ROOT, 'content', 'translations', 'en', `${d.policy.id}.yaml`), 'utf8')]));
const files = new Map<string, TranslationFile>([...texts].map(([id, t]) => [id, parseTranslationFile(id, t)]));
const qa = qaContext(YAML.parse(readFileSync(join(ROOT, 'content', 'glossary.yaml'), 'utf8')), YAML.parse(readFileSync(join(ROOT, 'content', 'units.yaml'), 'utf8')));
const policies = data.map((d) => ({ id: d.policy.id, title: d.policy.title.zh, segments: d.segments }));
const current = new Map(data.map((d) => [d.policy.id, new Map(d.segments.map((s) => [s.id, s.zh]))]));
const XSD = join(ROOT, 'test', 'fixtures', 'xliff', 'xliff-core-2.0-subset.xsd');
const scratch = mkdtempSync(join(tmpdir(), 'xliff-'));

/** xmllint's verdict on a document (libxml2-utils; .ci/run installs it). */
function validate(xml: string): { ok: boolean; output: string } {
  const file = join(scratch, 'doc.xlf');
  writeFileSync(file, xml);
  try {
    return { ok: true, output: execFileSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) {
    return { ok: false, output: String((e as { stderr?: string }).stderr ?? e) };
  }
}

/** Import as the command does: check, then apply to each policy's file text. */
function importUnits(units: ImportedUnit[]) {
  const { updates, problems } = checkImport(units, current);
  const out = new Map<string, { text: string; changed: string[] }>();
  for (const [policy, byId] of updates) out.set(policy, applyUpdates(texts.get(policy)!, byId));
  return { out, problems };
}

describe.each(data.map((d) => d.policy.id))('%s', (policy) => {
  const units = exchangeUnits(policies, files, { policies: [policy], open: false }, { qa, memory: new TranslationMemory(files) });
  it('is exported segment by segment, with notes', () => {
    expect(units.length).toBe(data.find((d) => d.policy.id === policy)!.segments.length);
    expect(units.every((u) => u.notes.some((n) => n.category === 'place'))).toBe(true);
  });
  it('XLIFF 2.0: valid against the schema, and export → import gives the same YAML byte for byte', () => {
    const xml = toXliff(units);
    expect(validate(xml)).toMatchObject({ ok: true });
    const parsed = parseXliff(xml);
    expect(parsed.problems).toEqual([]);
    const { out, problems } = importUnits(parsed.units);
    expect(problems).toEqual([]);
    expect(out.get(policy)!.changed).toEqual([]);
    expect(out.get(policy)!.text).toBe(texts.get(policy));
  });
  it('PO: export → import gives the same YAML byte for byte', () => {
    const parsed = parsePo(toPo(units));
    expect(parsed.problems).toEqual([]);
    expect(parsed.units.length).toBe(units.length);
    const { out, problems } = importUnits(parsed.units);
    expect(problems).toEqual([]);
    expect(out.get(policy)!.text).toBe(texts.get(policy));
  });
});

describe('import', () => {
  const policy = 'cq-2023-double-growth';
  const units = exchangeUnits(policies, files, { policies: [policy], open: false }, { qa, memory: null });
  const xml = toXliff(units.slice(0, 6));
  const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

  it('stores a changed target with its hash and state, and leaves every other entry as it was', () => {
    const edited = xml.replace('<segment state="translated">\n        <source xml:space="preserve">重庆市人民政府办公厅</source>\n        <target xml:space="preserve">General Office of the Chongqing Municipal People\'s Government</target>', '<segment state="reviewed">\n        <source xml:space="preserve">重庆市人民政府办公厅</source>\n        <target xml:space="preserve">General Office of the People\'s Government of Chongqing Municipality</target>');
    expect(edited).not.toBe(xml);
    const { out, problems } = importUnits(parseXliff(edited).units);
    expect(problems).toEqual([]);
    const result = out.get(policy)!;
    expect(result.changed).toEqual(['policy/issuer']);
    const after = parseTranslationFile(policy, result.text);
    expect(after.get('policy/issuer')).toEqual({ hash: hashOf('重庆市人民政府办公厅'), zh: '重庆市人民政府办公厅', en: "General Office of the People's Government of Chongqing Municipality", state: 'reviewed' });
    const before = files.get(policy)!;
    for (const [id, e] of before) if (id !== 'policy/issuer') expect(after.get(id), id).toEqual(e);
  });

  it('refuses unknown ids, changed sources and targets in another language, each with its line, and keeps the rest', () => {
    let bad = xml.replace('name="policy/title"', 'name="9-9/p9"');
    bad = bad.replace('<source xml:space="preserve">重庆市人民政府办公厅</source>', '<source xml:space="preserve">重庆市人民政府</source>');
    bad = bad.replace(/(<unit id="u3" name="preamble\/p1">[\s\S]*?<target)( xml:space)/, '$1 xml:lang="zh"$2');
    bad = bad.replace(/(<unit id="u4"[\s\S]*?<target xml:space="preserve">)[^<]*/, '$1重庆市高新技术企业和科技型企业');
    const parsed = parseXliff(bad);
    const { problems } = importUnits(parsed.units);
    const all = [...parsed.problems, ...problems];
    expect(all.map((p) => p.line)).toEqual([lineOf(bad, 'xml:lang="zh"'), lineOf(bad, 'name="9-9/p9"'), lineOf(bad, 'name="policy/issuer"'), lineOf(bad, 'id="u4"')]);
    expect(all.map((p) => p.message)).toEqual([
      expect.stringMatching(/preamble\/p1: the target's language is “zh”/),
      expect.stringMatching(/unknown segment cq-2023-double-growth\/9-9\/p9/),
      expect.stringMatching(/policy\/issuer: the Chinese changed since the export/),
      expect.stringMatching(/the target is not English/),
    ]);
  });

  it('never erases English: an empty or initial target changes nothing', () => {
    const emptied = xml.replace(/(<target xml:space="preserve">)[^<]*(<\/target>)/g, '$1$2');
    expect(importUnits(parseXliff(emptied).units).out.size).toBe(0);
    const initial = xml.replace(/state="translated"/g, 'state="initial"').replace(/Chongqing/g, 'Chungking');
    expect(importUnits(parseXliff(initial).units).out.size).toBe(0);
  });

  it('refuses a malformed file, another XLIFF version and a target language other than English, naming the line', () => {
    const broken = xml.replace('</file>', '</fil>');
    expect(parseXliff(broken).problems).toEqual([{ line: lineOf(broken, '</fil>'), message: expect.stringMatching(/^malformed XML/) }]);
    expect(parseXliff(xml.replace('version="2.0"', 'version="1.2"')).problems).toEqual([{ line: 2, message: expect.stringMatching(/not an XLIFF 2.0 document/) }]);
    expect(parseXliff(xml.replace('trgLang="en"', 'trgLang="fr"')).problems).toEqual([{ line: 2, message: expect.stringMatching(/“fr”, not English/) }]);
    expect(parsePo(toPo(units).replace('Language: en', 'Language: de')).problems).toEqual([{ line: 4, message: expect.stringMatching(/“de”, not English/) }]);
    expect(parsePo('msgid "a"\nmsgstr "b"\nmsgstr "c"\nnonsense').problems[0]!.message).toMatch(/^malformed PO/);
  });

  it('PO: a fuzzy entry is not stored; a changed one is, located by its msgctxt', () => {
    const po = toPo(units);
    const changed = po.replace('msgstr "General Office of the Chongqing Municipal People\'s Government"', 'msgstr "General Office, Chongqing Municipal People\'s Government"');
    expect(importUnits(parsePo(changed).units).out.get(policy)!.changed).toEqual(['policy/issuer']);
    const fuzzy = changed.replace('msgctxt "cq-2023-double-growth|policy/issuer"', '#, fuzzy\nmsgctxt "cq-2023-double-growth|policy/issuer"');
    expect(importUnits(parsePo(fuzzy).units).out.get(policy)?.changed ?? []).toEqual([]);
  });

  it('the schema refuses what XLIFF 2.0 does not allow (it can fail)', () => {
    expect(validate(xml.replace('state="translated"', 'state="done"')).ok).toBe(false);
    expect(validate(xml.replace(' id="u1"', '')).ok).toBe(false);
  });
});
