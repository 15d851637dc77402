import { buildSchema, getOperationAST, parse } from 'graphql';
import { outlineOf } from './operation-outline';

const schema = buildSchema(`
  type Lesson { id: ID! title(lang: String): String }
  type Course { id: ID! lessons(first: Int): [Lesson!]! }
  type Query { courses(first: Int, search: String): [Course!]! course(id: ID!): Course }
`);

const outline = (text: string, maxFields = 100) => {
  const document = parse(text);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return { document, operation, outline: outlineOf(schema, document, operation, maxFields) };
};

describe('the outline of an operation', () => {
  it('lists the fields selected, fragments expanded where spread', () => {
    const { outline: found } = outline('query { course(id: "1") { ...C lessons { id } } } fragment C on Course { id lessons(first: 2) { title } }');
    expect(found.fields.map(({ field, depth }) => `${field.name}@${depth}`)).toEqual(['course@0', 'id@1', 'lessons@1', 'title@2', 'lessons@1', 'id@2']);
    expect(found.tooManyFields).toBe(false);
  });

  it('is worked out once per parsed operation', () => {
    const { document, operation, outline: first } = outline('query { courses { id } }');
    expect(outlineOf(schema, document, operation, 100)).toBe(first);
    expect(outlineOf(schema, document, operation, 1)).not.toBe(first);
  });

  it('keeps the fields before the limit and says the operation went past it', () => {
    const { outline: found } = outline('query { courses { id lessons { id title } } }', 3);
    expect(found.tooManyFields).toBe(true);
    expect(found.fields).toHaveLength(3);
  });

  it('tells a cost that variables may change from one they cannot', () => {
    expect(outline('query($id: ID!, $lang: String) { course(id: $id) { lessons(first: 3) { title(lang: $lang) } } }').outline.costIgnoresVariables).toBe(true);
    expect(outline('query($n: Int) { courses(first: $n) { id } }').outline.costIgnoresVariables).toBe(false);
    expect(outline('query($s: String) { courses(search: $s) { id } }').outline.costIgnoresVariables).toBe(false);
    expect(outline('query($n: Int) { course(id: "1") { ...L } } fragment L on Course { lessons(first: $n) { id } }').outline.costIgnoresVariables).toBe(false);
    expect(outline('query($x: Boolean!) { course(id: "1") { lessons @skip(if: $x) { id } } }').outline.costIgnoresVariables).toBe(false);
  });
});
