import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { flattenKeys, type TranslationTree } from './flatten-keys';
import { translations } from './resources';

const { vi, en } = translations;

describe('translations', () => {
  const viKeys = flattenKeys(vi as TranslationTree).sort();
  const enKeys = flattenKeys(en as TranslationTree).sort();

  it('has the same keys in Vietnamese and English', () => {
    expect(enKeys.filter((key) => !viKeys.includes(key))).toEqual([]);
    expect(viKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
  });

  it('has no empty strings', () => {
    const emptyKeys = (tree: TranslationTree) => flattenKeys(tree).filter((key) => key.split('.').reduce<unknown>((node, part) => (node as TranslationTree)[part], tree) === '');
    expect(emptyKeys(vi as TranslationTree)).toEqual([]);
    expect(emptyKeys(en as TranslationTree)).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const variables = (tree: TranslationTree, key: string) => {
      const value = key.split('.').reduce<unknown>((node, part) => (node as TranslationTree)[part], tree) as string;
      return [...value.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();
    };
    for (const key of viKeys) {
      expect({ key, variables: variables(en as TranslationTree, key) }).toEqual({ key, variables: variables(vi as TranslationTree, key) });
    }
  });
});

describe('translation keys used in the source', () => {
  const sourceRoot = join(__dirname, '..');
  const sourceFiles = (directory: string): string[] =>
    readdirSync(directory).flatMap((entry) => {
      const path = join(directory, entry);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return /\.tsx?$/.test(entry) && !entry.endsWith('.spec.ts') ? [path] : [];
    });
  const known = new Set(flattenKeys(vi as TranslationTree).map((key) => key.replace(/_(one|other)$/, '')));

  it('finds every literal key in vi.json', () => {
    const missing = sourceFiles(sourceRoot).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)].map((match) => match[1]).filter((key) => !known.has(key)).map((key) => `${file}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('labels every enum value', () => {
    for (const key of ['CITIZEN', 'OFFICIAL', 'LEADER', 'SME', 'VILLAGE_HEAD']) expect(known.has(`audiences.${key}`)).toBe(true);
    for (const key of ['LEARNER', 'TRAINER', 'UNIT_MANAGER', 'ADMIN']) expect(known.has(`roles.${key}`)).toBe(true);
    for (const key of ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED']) expect(known.has(`importStatus.${key}`)).toBe(true);
  });
});
