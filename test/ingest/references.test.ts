/**
 * Cross-file references and limits of the authored files (issue 22): each problem stops the
 * ingest with its file and line, all of them in one run with the problems of the seeds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type IngestInput, runIngest } from '../../src/ingest/pipeline.ts';
import { loadUnitRegistry } from '../../src/ingest/recognisers/units.ts';
import { inputErrors, ROOT, seedInput } from '../helpers.ts';

const content = (...p: string[]) => readFileSync(join(ROOT, 'content', ...p), 'utf8');

/** The messages of the errors the ingest stops with for this input. */
const errorsOf = (input: IngestInput) => inputErrors(() => runIngest(input)).map((e) => e.message);

/** A unit registry entry (minimal). */
const unit = (id: string, successor: string | null, alias = `${id}单位`) =>
  `- id: ${id}\n  name: { zh: ${alias}, en: null }\n  fullName: null\n  enBasis: source\n  aliases: [${alias}]\n  kind: department\n  successor: ${successor}\n  successorBasis: ${successor ? 'source' : 'null'}\n  note: null\n`;

describe('tag overrides name tags of the taxonomy', () => {
  it('add: or remove: of a tag the taxonomy does not define is an error at its entry', () => {
    const input = {
      ...seedInput(),
      taxonomyText: content('taxonomy.yaml'),
      tagOverridesText: '- measure: cq-2016-work-plan/2-7\n  add: [no-such-tag]\n  reason: 「众创空间」\n- measure: cq-2016-work-plan/5-19\n  remove: [also-not-a-tag]\n  reason: 「基金」\n',
    };
    expect(errorsOf(input)).toEqual([
      'content/overrides/tags.yaml:1: cq-2016-work-plan/2-7: add no-such-tag: no such tag in content/taxonomy.yaml',
      'content/overrides/tags.yaml:4: cq-2016-work-plan/5-19: remove also-not-a-tag: no such tag in content/taxonomy.yaml',
    ]);
  });
});

describe('supersessions', () => {
  it('a cycle is an error, once, naming its policies', () => {
    const text =
      '- policy: cq-2015-action-plan\n  by: cq-2016-work-plan\n  evidence: x\n- policy: cq-2016-work-plan\n  by: cq-2022-district-guidance\n  evidence: x\n- policy: cq-2022-district-guidance\n  by: cq-2015-action-plan\n  evidence: x\n';
    expect(errorsOf({ ...seedInput(), supersessionsText: text })).toEqual([
      'content/supersessions.yaml:2: supersession cycle: cq-2015-action-plan → cq-2016-work-plan → cq-2022-district-guidance → cq-2015-action-plan (a policy cannot be replaced, through others, by itself)',
    ]);
  });

  it('a copy’s id (a variant, not published) is refused as the policy and as the successor', () => {
    const text = '- policy: cq-2015-action-plan\n  by: cq-2016-work-plan-zh-hant-copy\n  evidence: x\n- policy: cq-2016-work-plan-zh-hant-copy\n  by: cq-2023-double-growth\n  evidence: x\n';
    expect(errorsOf({ ...seedInput(), supersessionsText: text })).toEqual([
      'content/supersessions.yaml:1: cq-2016-work-plan-zh-hant-copy is a copy of cq-2016-work-plan (recorded as its source, not published): name cq-2016-work-plan',
      'content/supersessions.yaml:4: cq-2016-work-plan-zh-hant-copy is a copy of cq-2016-work-plan (recorded as its source, not published): name cq-2016-work-plan',
    ]);
  });
});

describe('unit successors', () => {
  it('a unit that succeeds itself, and a cycle of successors, are errors at the successor line', () => {
    const text = unit('a-unit', 'a-unit') + unit('b-unit', 'c-unit') + unit('c-unit', 'd-unit') + unit('d-unit', 'b-unit');
    expect(inputErrors(() => loadUnitRegistry('units.yaml', text)).map((e) => e.message)).toEqual([
      'units.yaml:7: unit a-unit cannot be its own successor',
      'units.yaml:16: successor cycle: b-unit → c-unit → d-unit → b-unit (a unit cannot be succeeded, through others, by itself)',
    ]);
  });

  it('a chain of successors that ends is accepted', () => {
    expect(loadUnitRegistry('units.yaml', unit('a-unit', 'b-unit') + unit('b-unit', 'c-unit') + unit('c-unit', null)).entries).toHaveLength(3);
  });
});

describe('glossary', () => {
  const glossary = content('glossary.yaml');

  it('a source that is no policy, or a copy, is an error at its line', () => {
    const bad = glossary.replace('source: cq-2016-work-plan\n', 'source: cq-2099-nothing\n').replace('source: cq-2023-double-growth\n', 'source: cq-2016-work-plan-zh-hant-copy\n');
    const errors = errorsOf({ ...seedInput(), glossaryText: bad });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^content\/glossary\.yaml:\d+: [a-z-]+: source cq-2099-nothing is not a policy id of seeds\/manifest\.yaml$/);
    expect(errors[1]).toMatch(/^content\/glossary\.yaml:\d+: [a-z-]+: source cq-2016-work-plan-zh-hant-copy is a copy of cq-2016-work-plan/);
    const line = Number(errors[0]!.split(':')[1]);
    expect(bad.split('\n')[line - 1]).toBe('  source: cq-2099-nothing');
  });

  it('an alias of one character (的) is refused: it would be marked in nearly every text', () => {
    const bad = glossary.replace(/aliases: \[/, 'aliases: [的, ');
    const errors = errorsOf({ ...seedInput(), glossaryText: bad });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/glossary\.yaml:\d+: entry \d+\.aliases\.0: is shorter than 2 characters: it would be marked in nearly every text$/);
  });
});

describe('manifest fields', () => {
  const manifest = seedInput().manifestText!;

  it.each(['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/x', 'https://'])('sourceUrl %s is refused (http and https only)', (url) => {
    const errors = errorsOf({ ...seedInput(), manifestText: manifest.replace('\n    provenance: ', `\n    sourceUrl: "${url}"\n    provenance: `) });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^seeds\/manifest\.yaml:\d+: field sources\.\d+\.sourceUrl: an http:\/\/ or https:\/\/ address$/);
  });

  it('a title over 300 characters and a note over 2,000 are refused (documented limits)', () => {
    const long = manifest.replace(/\n {4}title: .*/, `\n    title: ${'长'.repeat(301)}`).replace('\n    notes: []', `\n    notes: ["${'注'.repeat(2001)}"]`);
    expect(errorsOf({ ...seedInput(), manifestText: long })).toEqual([
      expect.stringMatching(/^seeds\/manifest\.yaml:\d+: field sources\.0\.title: is longer than 300 characters \(the limit, docs\/quality\.md\)$/),
      expect.stringMatching(/^seeds\/manifest\.yaml:\d+: field sources\.1\.notes\.0: is longer than 2000 characters \(the limit, docs\/quality\.md\)$/),
    ]);
    expect(() => runIngest({ ...seedInput(), manifestText: manifest.replace(/\n {4}title: .*/, `\n    title: ${'长'.repeat(300)}`) })).not.toThrow();
  });
});

describe('every phase in one run', () => {
  it('problems of the authored files, the seeds and the references are reported together', () => {
    const input = seedInput();
    input.seeds.set('empty.txt', new Uint8Array());
    input.seeds.set('gbk.txt', new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0x0a]));
    const errors = errorsOf({
      ...input,
      unitsText: content('units.yaml') + unit('x-unit', 'x-unit'),
      supersessionsText: '- policy: cq-2015-action-plan\n  by: cq-2016-work-plan-zh-hant-copy\n  evidence: x\n',
    });
    expect(errors).toEqual([
      expect.stringMatching(/^content\/units\.yaml:\d+: unit x-unit cannot be its own successor$/),
      'seeds/empty.txt: no entry in seeds/manifest.yaml: add one (id, title, issuer, … unknown = null)',
      'seeds/gbk.txt: no entry in seeds/manifest.yaml: add one (id, title, issuer, … unknown = null)',
      'content/supersessions.yaml:1: cq-2016-work-plan-zh-hant-copy is a copy of cq-2016-work-plan (recorded as its source, not published): name cq-2016-work-plan',
    ]);
  });

  it('with a manifest that cannot be parsed the seeds are still decoded and their problems reported', () => {
    const input = seedInput();
    input.seeds.set('gbk.txt', new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0x0a]));
    const errors = errorsOf({ ...input, manifestText: 'sources: [\n' });
    expect(errors[0]).toMatch(/^seeds\/manifest\.yaml:\d+: not valid YAML/);
    expect(errors).toContain('seeds/gbk.txt:1: bytes that are not valid UTF-8 (is the file GBK or another encoding? convert it to UTF-8)');
  });
});

describe('target overrides', () => {
  it('English in an override is refused (the translation file gives it; it used to be replaced silently)', () => {
    const text = content('overrides', 'targets.yaml').replace('en: null', 'en: Enterprise technology centres');
    const errors = errorsOf({ ...seedInput(), targetOverridesText: text });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/overrides\/targets\.yaml:\d+: entry \d+\.\w+\.\w+\.en: must be null: the English of a target comes from content\/translations\/en\/<policy>\.yaml/);
  });
});
