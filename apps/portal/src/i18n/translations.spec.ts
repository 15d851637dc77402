import { beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { wordsWithTheOtherTonePlacement } from '@hocso/contracts';
import i18next from 'i18next';
import { flattenKeys, type TranslationTree } from './flatten-keys';
import { allTranslations, translationLoaders } from './resources';

let vi: TranslationTree;
let en: TranslationTree;
beforeAll(async () => {
  vi = (await allTranslations('vi')) as TranslationTree;
  en = (await allTranslations('en')) as TranslationTree;
});

describe('translations', () => {
  let viKeys: string[];
  let enKeys: string[];
  beforeAll(() => {
    viKeys = flattenKeys(vi).sort();
    enKeys = flattenKeys(en).sort();
  });

  it('has the same keys in Vietnamese and English', () => {
    expect(enKeys.filter((key) => !viKeys.includes(key))).toEqual([]);
    expect(viKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
  });

  it('has no empty strings', () => {
    const emptyKeys = (tree: TranslationTree) => flattenKeys(tree).filter((key) => key.split('.').reduce<unknown>((node, part) => (node as TranslationTree)[part], tree) === '');
    expect(emptyKeys(vi as TranslationTree)).toEqual([]);
    expect(emptyKeys(en as TranslationTree)).toEqual([]);
  });

  it('places tone marks on the main vowel everywhere (khóa, xóa)', () => {
    const valueOf = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as TranslationTree)[part], vi) as string;
    expect(viKeys.flatMap((key) => wordsWithTheOtherTonePlacement(valueOf(key)).map((word) => `${key}: ${word}`))).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const variables = (tree: TranslationTree, key: string) => {
      const value = key.split('.').reduce<unknown>((node, part) => (node as TranslationTree)[part], tree) as string;
      return [...value.matchAll(/{{\s*(\w+)\s*(?:,[^}]*)?}}/g)].map((match) => match[1]).sort();
    };
    for (const key of viKeys) {
      expect({ key, variables: variables(en as TranslationTree, key) }).toEqual({ key, variables: variables(vi as TranslationTree, key) });
    }
  });
});

describe('numbers in texts', () => {
  it('writes counts with the thousands separator of each language', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { vi: { translation: vi }, en: { translation: en } }, lng: 'vi', interpolation: { escapeValue: false } });
    expect(i18n.t('admin.users.total', { count: 2392 })).toBe('2.392 người dùng');
    expect(i18n.t('admin.users.total', { count: 2392, lng: 'en' })).toBe('2,392 users');
    expect(i18n.t('admin.users.total', { count: 1, lng: 'en' })).toBe('1 user');
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
  let known: Set<string>;
  beforeAll(() => {
    known = new Set(flattenKeys(vi).map((key) => key.replace(/_(one|other)$/, '')));
  });

  it('finds every literal key in vi.json', () => {
    const missing = sourceFiles(sourceRoot).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)].map((match) => match[1]).filter((key) => !known.has(key)).map((key) => `${file}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it("finds the keys of what shows before a feature's page (shell, home page, shared parts) in the shell's own file", async () => {
    const shell = new Set(flattenKeys((await translationLoaders.vi.translation()) as TranslationTree).map((key) => key.replace(/_(one|other)$/, '')));
    const firstScriptFolders = ['shell', 'shared', 'features/home', 'features/not-found'].map((folder) => join(sourceRoot, folder));
    const files = [join(sourceRoot, 'app.tsx'), ...firstScriptFolders.flatMap(sourceFiles)];
    const missing = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)].map((match) => match[1]).filter((key) => !shell.has(key)).map((key) => `${file}: ${key}`),
    );
    expect(files.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('labels every enum value', () => {
    for (const key of ['CITIZEN', 'OFFICIAL', 'LEADER', 'SME', 'VILLAGE_HEAD']) expect(known.has(`audiences.${key}`)).toBe(true);
    for (const key of ['LEARNER', 'TRAINER', 'UNIT_MANAGER', 'ADMIN']) expect(known.has(`roles.${key}`)).toBe(true);
    for (const key of ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED']) expect(known.has(`importStatus.${key}`)).toBe(true);
  });
});
