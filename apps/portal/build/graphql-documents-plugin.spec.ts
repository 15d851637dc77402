import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compiledDocuments, documentExportName, rewriteGraphqlCalls } from './graphql-documents-plugin';

const generated = readFileSync(path.resolve(__dirname, '../../../libs/portal/data-access/src/generated/graphql.ts'), 'utf8');

describe('the build-time rewrite of graphql() calls into one import per document', () => {
  it('names the compiled document of an operation or a fragment as the codegen exports it', () => {
    expect(documentExportName('\n  query Tracks {\n    tracks { id }\n  }\n')).toBe('TracksDocument');
    expect(documentExportName('mutation SaveAnswer($input: SaveAnswerInput!) { saveAnswer(input: $input) { slot } }')).toBe('SaveAnswerDocument');
    expect(documentExportName('\n  # the fields of a card\n  fragment CourseCardFields on Course { id }')).toBe('CourseCardFieldsFragmentDoc');
    expect(() => documentExportName('{ tracks { id } }')).toThrow(/named operation or fragment/);
  });

  it('replaces each call by an import of its own document and leaves a module without calls alone', () => {
    const source = "import { graphql } from '../generated/gql';\nexport const a = graphql(`\n  query Tracks { tracks { id } }\n`);\nexport const b = graphql(`fragment X on Y { id }`);\n";
    const rewritten = rewriteGraphqlCalls(source, 'tracks.operations') ?? '';
    expect(rewritten).toContain(`import __hocsoDocument_TracksDocument from ${JSON.stringify('\0hocso-graphql-document:tracks.operations/TracksDocument')};`);
    expect(rewritten).toContain(`import __hocsoDocument_XFragmentDoc from ${JSON.stringify('\0hocso-graphql-document:tracks.operations/XFragmentDoc')};`);
    expect(rewritten).toContain('export const a = __hocsoDocument_TracksDocument;');
    expect(rewritten).toContain('export const b = __hocsoDocument_XFragmentDoc;');
    expect(rewritten).not.toMatch(/graphql\(`/);
    expect(rewriteGraphqlCalls('export const x = 1;', 'x')).toBeNull();
  });

  it('finds every document of the generated module, each with the fragments it spreads', () => {
    const documents = compiledDocuments(generated);
    expect(documents.size).toBeGreaterThan(100);
    const tracks = JSON.parse(documents.get('TracksDocument') ?? 'null') as { kind: string; definitions: { name: { value: string } }[] };
    expect(tracks.kind).toBe('Document');
    expect(tracks.definitions.map((definition) => definition.name.value)).toEqual(['Tracks']);
    const attempt = JSON.parse(documents.get('AttemptDocument') ?? 'null') as { definitions: { kind: string; name: { value: string } }[] };
    expect(attempt.definitions.map((definition) => `${definition.kind}:${definition.name.value}`).sort()).toEqual(['FragmentDefinition:AttemptFields', 'FragmentDefinition:SavedAnswerFields', 'OperationDefinition:Attempt']);
  });

  it('maps every graphql() call of the portal to a document of the generated module', () => {
    const documents = compiledDocuments(generated);
    const operations = path.resolve(__dirname, '../../../libs/portal/data-access/src/operations');
    const calls = readdirSync(operations).flatMap((file) => [...readFileSync(path.join(operations, file), 'utf8').matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)].map((match) => match[1]));
    expect(calls.length).toBeGreaterThan(100);
    expect(calls.map(documentExportName).filter((name) => !documents.has(name))).toEqual([]);
  });
});
