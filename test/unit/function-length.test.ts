/**
 * No function in src/ingest/ longer than MAX_LINES lines (declarations, methods, arrow functions
 * and function expressions, counted from the line of their start to the line of their end, the
 * functions nested in them included): a long function is split into named steps. Read with the
 * TypeScript compiler's parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 80;
const INGEST = resolve(import.meta.dirname, '../../src/ingest');

interface FunctionLength {
  name: string;
  line: number;
  lines: number;
}

/** Every function of a module with its name (or `(anonymous)`), first line and length in lines. */
export function functionLengths(fileName: string, text: string): FunctionLength[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const out: FunctionLength[] = [];
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const nameOf = (node: ts.Node): string => {
    if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText(source);
    if (ts.isVariableDeclaration(node.parent) || ts.isPropertyAssignment(node.parent)) return node.parent.name.getText(source);
    return '(anonymous)';
  };
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = lineOf(node.getStart(source));
      out.push({ name: nameOf(node), line: first, lines: lineOf(node.getEnd()) - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('function length', () => {
  it('is measured in lines, nested functions included', () => {
    const text = ['function outer() {', '  const inner = () => {', '    return 1;', '  };', '  return inner();', '}', 'class C {', '  m() {', '    return 2;', '  }', '}'].join('\n');
    expect(functionLengths('x.ts', text)).toEqual([
      { name: 'outer', line: 1, lines: 6 },
      { name: 'inner', line: 2, lines: 3 },
      { name: 'm', line: 8, lines: 3 },
    ]);
  });

  it(`no function in src/ingest/ is over ${MAX_LINES} lines`, () => {
    const files = (readdirSync(INGEST, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(INGEST, f));
    expect(files.length).toBeGreaterThan(40);
    const long = files.flatMap((file) =>
      functionLengths(file, readFileSync(file, 'utf8'))
        .filter((f) => f.lines > MAX_LINES)
        .map((f) => `${relative(INGEST, file)}:${f.line} ${f.name} (${f.lines} lines)`),
    );
    expect(long).toEqual([]);
  });
});
