import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL_PREFIX = '\0hocso-graphql-document:';
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const FIRST_DEFINITION = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription|fragment)\s+([_A-Za-z][_0-9A-Za-z]*)/;

/** The export of the generated module that holds the compiled document of a `graphql(`…`)` source. */
export function documentExportName(source: string): string {
  const match = FIRST_DEFINITION.exec(source);
  if (!match) throw new Error(`A GraphQL document must start with a named operation or fragment:\n${source}`);
  const [, kind, name] = match;
  return kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
}

/** The virtual module of one compiled document, named after the module that calls it (`courses.operations`)
 * so that the build's chunk groups can put the documents with the operations that use them. */
export function documentModuleId(caller: string, name: string): string {
  return `${VIRTUAL_PREFIX}${caller}/${name}`;
}

/**
 * Rewrites every `graphql(`…`)` call of a module (`caller`, its file name without extension) into an import of
 * that one compiled document, so that a route's chunk carries only the documents its modules use. The
 * codegen's `graphql()` looks documents up in a map of all of them, which puts every document of the app in the
 * chunk of whoever calls it first.
 */
export function rewriteGraphqlCalls(code: string, caller: string): string | null {
  if (!code.includes('graphql(')) return null;
  const imports = new Map<string, string>();
  const rewritten = code.replace(GRAPHQL_CALL, (_call, source: string) => {
    const name = documentExportName(source);
    const local = `__hocsoDocument_${name}`;
    imports.set(name, local);
    return local;
  });
  if (imports.size === 0) return null;
  const header = [...imports].map(([name, local]) => `import ${local} from ${JSON.stringify(documentModuleId(caller, name))};`).join('\n');
  return `${header}\n${rewritten}`;
}

/** `export const XDocument = {…} as unknown as DocumentNode<…>;` lines of the generated module, by export name. */
export function compiledDocuments(generatedModule: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const match of generatedModule.matchAll(/^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)) {
    documents.set(match[1], match[2]);
  }
  return documents;
}

/** See `rewriteGraphqlCalls`; `generatedModule` is the codegen's `graphql.ts`. */
export function graphqlDocumentsPlugin(generatedModule: string): Plugin {
  let documents: Map<string, string> | null = null;
  return {
    name: 'hocso-graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = null;
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL_PREFIX) ? id : null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL_PREFIX)) return null;
      documents ??= compiledDocuments(readFileSync(generatedModule, 'utf8'));
      const name = id.slice(id.lastIndexOf('/') + 1);
      const document = documents.get(name);
      if (!document) throw new Error(`${name} is not in ${generatedModule}: run npm run codegen`);
      return `export default ${document};`;
    },
    transform(code, id) {
      if (id.includes('/node_modules/') || id.includes('/generated/') || !/\.tsx?$/.test(id.split('?')[0])) return null;
      const file = id.split('?')[0];
      const rewritten = rewriteGraphqlCalls(code, path.basename(file, path.extname(file)));
      return rewritten === null ? null : { code: rewritten, map: null };
    },
  };
}
