/** docs/data.md documents every field of every record: its field lists are checked against the zod schemas. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { INTERNAL_FIELDS, OPEN_DATA, OPEN_DATA_FILES, PolicyDataFile } from '../../src/data/schemas.ts';
import { ROOT } from '../helpers.ts';

/** A documented object: its fields, each with its documented object fields (when given) and string literals (when listed). */
type DocObject = Map<string, { fields: DocObject | null; literals: string[] }>;

/**
 * Reads the notation of docs/data.md: `{id, title:{zh,en}|null, sources:[{file, …}], role:"a"|"b", notes:[…], x (a remark)}`.
 * Returns the object and where it ends.
 */
function parseFields(text: string, start = text.indexOf('{')): { object: DocObject; end: number } {
  let i = start;
  const fail = (what: string): never => {
    throw new Error(`docs/data.md: ${what} at “${text.slice(i, i + 30)}”`);
  };
  const space = () => {
    while (text[i] === ' ') i++;
  };
  /** Skips a bracketed remark or list, nested brackets included. */
  const skip = (open: string, close: string) => {
    let depth = 0;
    do {
      if (text[i] === open) depth++;
      else if (text[i] === close) depth--;
      i++;
    } while (depth > 0 && i < text.length);
  };
  const object = (): DocObject => {
    if (text[i] !== '{') fail('expected {');
    i++;
    const fields: DocObject = new Map();
    for (;;) {
      space();
      const name = /^[$A-Za-z][\w$]*/.exec(text.slice(i))?.[0] ?? fail('expected a field name');
      i += name.length;
      space();
      if (text[i] === '(') skip('(', ')');
      space();
      fields.set(name, text[i] === ':' ? (i++, type()) : { fields: null, literals: [] });
      space();
      if (text[i] === ',') i++;
      else if (text[i] === '}') return i++, fields;
      else fail('expected , or }');
    }
  };
  const type = (): { fields: DocObject | null; literals: string[] } => {
    let fields: DocObject | null = null;
    const literals: string[] = [];
    for (;;) {
      space();
      if (text[i] === '{') fields = object();
      else if (text[i] === '[') {
        i++;
        space();
        if (text[i] === '{') {
          fields = object();
          space();
          if (text[i] !== ']') fail('expected ]');
          i++;
        } else (i--, skip('[', ']'));
      } else if (text[i] === '"') {
        const close = text.indexOf('"', i + 1);
        literals.push(text.slice(i + 1, close));
        i = close + 1;
      } else i += /^\w*/.exec(text.slice(i))![0].length; // null, unitId …
      if (text[i] !== '|') return { fields, literals };
      i++;
    }
  };
  const parsed = object();
  return { object: parsed, end: i };
}

/** A schema with nullable, optional, default and array taken off. */
function bare(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodNullable || s instanceof z.ZodOptional || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else return s;
  }
}

/**
 * What the documented object gets wrong about the schema: fields missing or extra, at any depth;
 * object fields given without their own fields (when `nested`); string literals that differ from the enum.
 */
function mismatches(doc: DocObject, schema: z.ZodObject, path: string, nested: boolean): string[] {
  const out: string[] = [];
  const shape = schema.shape as Record<string, z.ZodType>;
  for (const k of Object.keys(shape)) if (!doc.has(k)) out.push(`${path}${k}: in the schema, not documented`);
  for (const [k, d] of doc) {
    const s = shape[k];
    if (!s) {
      out.push(`${path}${k}: documented, not in the schema`);
      continue;
    }
    const b = bare(s);
    if (b instanceof z.ZodObject) {
      if (d.fields) out.push(...mismatches(d.fields, b, `${path}${k}.`, nested));
      else if (nested) out.push(`${path}${k}: an object; document its fields ({…})`);
    } else if (d.fields) out.push(`${path}${k}: documented as an object, not one in the schema`);
    if (d.literals.length) {
      if (!(b instanceof z.ZodEnum)) out.push(`${path}${k}: documented as one of ${d.literals.join(', ')}, not an enum in the schema`);
      else expect([...d.literals].sort(), `${path}${k}`).toEqual([...(b.options as string[])].sort());
    }
  }
  return out;
}

const docs = readFileSync(join(ROOT, 'docs', 'data.md'), 'utf8');
/** The first field list of a section: a line that starts with `{. */
const fieldList = (text: string) => parseFields(text, text.search(/^`\{/m) + 1).object;
/** The text of a docs/data.md section, from its heading to the next heading. */
function section(heading: string): string {
  const start = docs.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`docs/data.md has no section “${heading}”`);
  const next = docs.slice(start + heading.length + 2).search(/\n#{2,3} /);
  return docs.slice(start, next < 0 ? undefined : start + heading.length + 2 + next);
}

describe('the notation of docs/data.md', () => {
  it('reads nested objects, arrays of objects, alternatives, literals and remarks', () => {
    const { object } = parseFields('`{id, a:{x,y}|null, b:[{c, d:[…]}], e:"p"|"q", f (a remark, with commas), g:[…x]}` — text');
    expect([...object.keys()]).toEqual(['id', 'a', 'b', 'e', 'f', 'g']);
    expect([...object.get('a')!.fields!.keys()]).toEqual(['x', 'y']);
    expect([...object.get('b')!.fields!.keys()]).toEqual(['c', 'd']);
    expect(object.get('e')!.literals).toEqual(['p', 'q']);
    expect(object.get('g')!.fields).toBeNull();
  });

  it('finds a field missing from the docs, one the schema lacks, and an object without its fields', () => {
    const schema = z.object({ id: z.string(), title: z.object({ zh: z.string(), en: z.string() }), kind: z.enum(['a', 'b']) });
    expect(mismatches(parseFields('{id, title:{zh}, extra}').object, schema, '', true)).toEqual(['kind: in the schema, not documented', 'title.en: in the schema, not documented', 'extra: documented, not in the schema']);
    expect(mismatches(parseFields('{id, title, kind:"a"|"b"}').object, schema, '', true)).toEqual(['title: an object; document its fields ({…})']);
  });
});

describe('docs/data.md', () => {
  for (const name of OPEN_DATA_FILES) {
    it(`documents every field of ${name}.json (OPEN_DATA.${name})`, () => {
      const text = section(`### \`${name}.json\``);
      expect(mismatches(fieldList(text), OPEN_DATA[name], '', true)).toEqual([]);
    });
  }

  it('documents every field of a generated data file (PolicyDataFile)', () => {
    expect(mismatches(fieldList(section('## Generated records (`content/generated/data/<id>.json`)')), PolicyDataFile, '', false)).toEqual([]);
  });

  it('lists exactly the internal fields the open data leaves out (INTERNAL_FIELDS)', () => {
    const rows = [...section('## Generated records (`content/generated/data/<id>.json`)').matchAll(/^\| `(\w+)\.json` \| `(\w+)` \|/gm)];
    const documented = Object.fromEntries(OPEN_DATA_FILES.map((f) => [f, rows.filter((r) => r[1] === f).map((r) => r[2])]));
    expect(documented).toEqual(Object.fromEntries(OPEN_DATA_FILES.map((f) => [f, [...INTERNAL_FIELDS[f]]])));
  });
});
