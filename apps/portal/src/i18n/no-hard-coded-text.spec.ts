import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** Attributes a user reads or hears: their text must come from the translations, like the element's children. */
const SHOWN_ATTRIBUTES = new Set(['label', 'title', 'placeholder', 'alt', 'aria-label', 'hint', 'caption', 'header', 'loadingLabel', 'description']);

const PORTAL_SOURCES = [join(__dirname, '..'), join(__dirname, '../../../../libs/portal/ui/src')];

function tsxFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return path.endsWith('.tsx') && !path.endsWith('.spec.tsx') ? [path] : [];
  });
}

/** Words written straight into the markup, outside t(): a text node with a letter, or a shown attribute's literal. */
function hardCodedTexts(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${relative(join(__dirname, '../../../..'), file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.getText())) found.push(`${where(node)} ${node.getText().trim()}`);
    if (ts.isJsxExpression(node) && node.expression && ts.isStringLiteral(node.expression) && !ts.isJsxAttribute(node.parent) && /\p{L}/u.test(node.expression.text)) {
      found.push(`${where(node)} ${node.expression.text}`);
    }
    if (ts.isJsxAttribute(node) && SHOWN_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (value && (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) && /\p{L}/u.test(value.text)) {
        found.push(`${where(node)} ${node.name.getText()}="${value.text}"`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('portal markup', () => {
  const files = PORTAL_SOURCES.flatMap(tsxFiles);

  it('reads every component', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('writes no word into the markup: every text a user sees comes from the translations', () => {
    expect(files.flatMap(hardCodedTexts)).toEqual([]);
  });
});
