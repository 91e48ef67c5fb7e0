/** Authored YAML: syntax and schema problems name the file and the line of the value at fault, every one of them. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { duplicateErrors, parseYamlFile, parseYamlLocated, parseYamlWith } from '../../src/ingest/authored/yaml.ts';
import { inputErrors } from '../helpers.ts';

const Entry = z.strictObject({ id: z.string(), count: z.number(), tags: z.array(z.string()).default([]) });
const messages = (text: string) => inputErrors(() => parseYamlWith('list.yaml', text, z.array(Entry))).map((e) => e.message);

describe('parseYamlWith', () => {
  it('names the line of a value with the wrong type', () => {
    expect(messages('# two entries\n- id: first\n  count: 1\n- id: second\n  count: many\n')).toEqual(['list.yaml:5: entry 1.count: Invalid input: expected number, received string']);
  });

  it('reports every problem of the file, in line order, not only the first', () => {
    const text = ['- id: a', '  count: 1', '  tags: [x, 7]', '- id: 3', '  count: 2', '- id: c', '  count: 3', '  colour: red'].join('\n');
    expect(messages(text)).toEqual([
      'list.yaml:3: entry 0.tags.1: Invalid input: expected string, received number',
      'list.yaml:4: entry 1.id: Invalid input: expected string, received number',
      'list.yaml:8: entry 2: Unrecognized key: "colour"',
    ]);
  });

  it('puts a missing field at the line where its entry starts', () => {
    expect(messages('- id: a\n  count: 1\n\n- id: b\n')).toEqual(['list.yaml:4: entry 1.count: Invalid input: expected number, received undefined']);
  });

  it('names the line of a value written as a block scalar', () => {
    expect(messages('- id: >-\n    folded\n    text\n  count: >-\n    12\n')).toEqual(['list.yaml:4: entry 0.count: Invalid input: expected number, received string']);
  });

  it('a file that is not a list at all is a problem of the whole file', () => {
    const [error] = inputErrors(() => parseYamlWith('list.yaml', 'id: a\n', z.array(Entry)));
    expect(error!.message).toBe('list.yaml:1: Invalid input: expected array, received object');
  });

  it('a syntax error names its line', () => {
    const [error] = inputErrors(() => parseYamlFile('list.yaml', '- id: a\n  tags: [x\n- id: b\n'));
    expect(error!.line).toBe(3);
    expect(error!.problem).toMatch(/^not valid YAML: /);
  });

  it('a key written twice is a syntax error', () => {
    const [error] = inputErrors(() => parseYamlFile('list.yaml', '- id: a\n  count: 1\n  count: 2\n'));
    expect(error!.message).toMatch(/^list\.yaml:3: not valid YAML: Map keys must be unique/);
  });

  it('an alias expanded too often is a clear error, not a crash', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    const [error] = inputErrors(() => parseYamlFile('bomb.yaml', bomb));
    expect(error!.message).toMatch(/^bomb\.yaml: not valid YAML: /);
  });
});

describe('parseYamlLocated', () => {
  it('gives the line of any value, and of the nearest ancestor for a path not in the file', () => {
    const { data, lineAt } = parseYamlLocated('list.yaml', '\n- id: a\n  count: 1\n  tags:\n    - x\n    - y\n', z.array(Entry));
    expect(data[0]!.tags).toEqual(['x', 'y']);
    expect(lineAt([0, 'tags', 1])).toBe(6);
    expect(lineAt([0, 'count'])).toBe(3);
    expect(lineAt([0, 'missing'])).toBe(2);
    expect(lineAt([5])).toBe(2);
  });
});

describe('duplicateErrors', () => {
  it('reports each repeated key at the later line, naming the first', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'a' }];
    const errors = duplicateErrors('f.yaml', items, (x) => [x.id], (i) => 10 + i, (id, first) => `duplicate ${id} (first at line ${first})`);
    expect(errors.map((e) => e.message)).toEqual(['f.yaml:12: duplicate a (first at line 10)', 'f.yaml:13: duplicate a (first at line 10)']);
  });
});
