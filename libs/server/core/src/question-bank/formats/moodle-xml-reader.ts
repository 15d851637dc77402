import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { problem } from './question-import-problem';
import { QuestionImportRejected } from './question-import-rejected.error';

/** An element as fast-xml-parser gives it with every child element in an array. */
export interface XmlElement {
  [childOrAttribute: string]: XmlNode[] | string | undefined;
}
export type XmlNode = XmlElement | string;

const CDATA_KEY = '__cdata';

/**
 * Deepest element nesting accepted. Moodle's own files nest five levels (quiz, question, answer, feedback,
 * text); the bound sits well above that and below the parser's own limit (100), so a file nested thousands of
 * levels deep is refused with its line before anything walks it.
 */
export const MAX_XML_DEPTH = 64;

/**
 * Parses Moodle XML safely: a DOCTYPE or ENTITY declaration is refused before parsing (external entities,
 * entity-expansion bombs), and only the five XML entities and numeric character references are decoded.
 */
export function readXmlDocument(input: string): XmlElement {
  const masked = maskCdataAndComments(input);
  if (/<!DOCTYPE/i.test(masked) || /<!ENTITY/i.test(masked)) {
    throw new QuestionImportRejected(problem('questionImport.xml.unsafe'), 'UNSAFE_XML');
  }
  const tooDeep = lineNestedDeeperThan(masked, MAX_XML_DEPTH);
  if (tooDeep !== null) throw new QuestionImportRejected(problem('questionImport.xml.tooDeep', { max: MAX_XML_DEPTH, line: tooDeep }), 'MALFORMED');
  const validation = XMLValidator.validate(input);
  if (validation !== true) {
    throw new QuestionImportRejected(problem('questionImport.xml.malformed', { line: String(validation.err.line) }), 'MALFORMED', validation.err.msg);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: false,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    cdataPropName: CDATA_KEY,
    isArray: (_name: string, _path: unknown, _isLeaf: boolean, isAttribute: boolean) => !isAttribute,
  });
  return parser.parse(input) as XmlElement;
}

/** The line of the first start tag nested deeper than `max` in XML whose CDATA and comments are masked, or null. */
function lineNestedDeeperThan(masked: string, max: number): number | null {
  let depth = 0;
  for (const tag of masked.matchAll(/<(\/?)[A-Za-z_:][^<>]*>/g)) {
    if (tag[1] === '/') depth = Math.max(depth - 1, 0);
    else if (!tag[0].endsWith('/>') && ++depth > max) return lineAt(masked, tag.index);
  }
  return null;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

/** 1-based line of each `<question` start tag, in document order. */
export function questionStartLines(input: string): number[] {
  const masked = maskCdataAndComments(input);
  const lines: number[] = [];
  let line = 1;
  let scanned = 0;
  for (const match of masked.matchAll(/<question[\s>/]/g)) {
    for (let index = scanned; index < match.index; index++) if (masked.charCodeAt(index) === 10) line++;
    scanned = match.index;
    lines.push(line);
  }
  return lines;
}

function maskCdataAndComments(input: string): string {
  return input.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, (block) => block.replace(/[^\n]/g, ' '));
}

export function children(element: XmlNode | undefined, name: string): XmlNode[] {
  if (element === undefined || typeof element === 'string') return [];
  const value = element[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function child(element: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(element, name)[0];
}

export function hasChild(element: XmlNode | undefined, name: string): boolean {
  return children(element, name).length > 0;
}

export function attribute(element: XmlNode | undefined, name: string): string | undefined {
  if (element === undefined || typeof element === 'string') return undefined;
  const value = element[`@_${name}`];
  return typeof value === 'string' ? decodeXmlEntities(value) : undefined;
}

/** The text content of an element: its text (entities decoded) and its CDATA sections, trimmed. */
export function textContent(element: XmlNode | undefined): string {
  if (element === undefined) return '';
  if (typeof element === 'string') return decodeXmlEntities(element).trim();
  let text = '';
  const ownText = element['#text'];
  for (const part of Array.isArray(ownText) ? ownText : ownText === undefined ? [] : [ownText]) {
    if (typeof part === 'string') text += decodeXmlEntities(part);
  }
  for (const cdata of children(element, CDATA_KEY)) {
    if (typeof cdata === 'string') text += cdata;
    else text += textContent(cdata);
  }
  return text.trim();
}

/** Moodle's usual `<x><text>…</text></x>` shape; also accepts `<x>…</x>`. */
export function textOf(element: XmlNode | undefined, name: string): string | undefined {
  const holder = child(element, name);
  if (holder === undefined) return undefined;
  return hasChild(holder, 'text') ? textContent(child(holder, 'text')) : textContent(holder);
}

export function decodeXmlEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (entity, name: string) => {
    switch (name) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const codePoint = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        // NUL and the surrogates are no characters of XML (nor storable text): such a reference stays as written.
        const isCharacter = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
        return isCharacter ? String.fromCodePoint(codePoint) : entity;
      }
    }
  });
}
