import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMessageKey } from './messages';

const REPOSITORY = path.resolve(__dirname, '../../../../..');
const ROOTS = [path.join(REPOSITORY, 'libs/server/core/src'), path.join(REPOSITORY, 'apps')];

/** Folders whose messages are still plain English sentences, being moved to keys separately. */
const NOT_YET_KEYED: string[] = [];

const LITERAL = String.raw`(?:'(?:[^'\\]|\\.)*'|\x60[^\x60]*\x60|"(?:[^"\\]|\\.)*")`;
const FIELD = String.raw`(?:${LITERAL}|[\w.]+)`;
/** The reason argument of every DomainError factory and of the constructor, when written as a literal. */
const CALLS = [
  new RegExp(String.raw`DomainError\.badInput\(\s*${FIELD}\s*,\s*(${LITERAL})`, 'g'),
  new RegExp(String.raw`DomainError\.(?:notFound|forbidden|conflict|unauthenticated|tooManyRequests)\(\s*(${LITERAL})`, 'g'),
  new RegExp(String.raw`new DomainError\(\s*[\w.]+\s*,\s*(${LITERAL})`, 'g'),
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(entry.name) ? [full] : [];
  });
}

function literalReasons(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return CALLS.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] as string));
}

describe('reason keys at the call sites', () => {
  const files = ROOTS.flatMap(sourceFiles).filter(
    (file) => !path.relative(REPOSITORY, file).split(path.sep).some((folder) => NOT_YET_KEYED.includes(folder)),
  );

  it('finds the call sites it checks', () => {
    expect(files.flatMap(literalReasons).length).toBeGreaterThan(80);
  });

  it('gives every DomainError a key of the message catalogue, never a sentence', () => {
    const offenders = files.flatMap((file) =>
      literalReasons(file)
        .filter((literal) => !(literal.startsWith("'") && isMessageKey(literal.slice(1, -1))))
        .map((literal) => `${path.relative(REPOSITORY, file)}: ${literal}`),
    );
    expect(offenders).toEqual([]);
  });
});
