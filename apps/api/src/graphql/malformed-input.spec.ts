import { buildSchema, parse } from 'graphql';
import { findMalformedInput } from './malformed-input';

const schema = buildSchema(`
  input OptionInput { text: String! }
  input LessonInput { moduleId: ID!, title: String!, options: [OptionInput!], tags: [String!] }
  type Lesson { id: ID!, title(locale: String): String! }
  type Query { lesson(id: ID!): Lesson, lessons(ids: [ID!]!): [Lesson!]! }
  type Mutation { addLesson(input: LessonInput!): Lesson!, rename(id: ID!, title: String!): Lesson! }
`);

const UUID = '0b9f6d1e-3c1a-4d2b-9e8f-7a6b5c4d3e2f';

function refusal(query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const error = findMalformedInput(schema, parse(query), operationName, variables);
  return error && { code: error.code, field: error.field, reason: error.reason, params: error.params };
}

describe('findMalformedInput', () => {
  it('accepts uuids and ordinary text, in variables and in literals', () => {
    expect(refusal('query ($id: ID!) { lesson(id: $id) { id } }', { id: UUID })).toBeNull();
    expect(refusal(`mutation { rename(id: "${UUID}", title: "Bài 1\\nđúng") { id } }`)).toBeNull();
    expect(refusal('mutation ($input: LessonInput!) { addLesson(input: $input) { id } }', { input: { moduleId: UUID, title: 'Bài 1', tags: ['a'] } })).toBeNull();
  });

  it('refuses an id that is not a uuid, naming the argument or the input field, at any depth', () => {
    expect(refusal('query ($id: ID!) { lesson(id: $id) { id } }', { id: 'not-a-uuid' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'id',
      reason: 'input.invalidId',
      params: { field: 'id' },
    });
    expect(refusal('query { lesson(id: 123) { id } }')).toMatchObject({ field: 'id', reason: 'input.invalidId' });
    expect(refusal('query ($ids: [ID!]!) { lessons(ids: $ids) { id } }', { ids: [UUID, `${UUID} `] })).toMatchObject({ field: 'ids.1' });
    expect(refusal('mutation ($input: LessonInput!) { addLesson(input: $input) { id } }', { input: { moduleId: "1' OR 1=1", title: 'x' } })).toMatchObject({
      field: 'input.moduleId',
    });
  });

  it('refuses a NUL character in any text, with the line when the text has several', () => {
    expect(refusal(`mutation ($t: String!) { rename(id: "${UUID}", title: $t) { id } }`, { t: 'a\u0000b' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'title',
      reason: 'input.nulCharacter',
      params: { field: 'title' },
    });
    const input = { moduleId: UUID, title: 'x', options: [{ text: 'a' }, { text: 'dòng 1\ndòng 2\ndòng\u0000 3' }] };
    expect(refusal('mutation ($input: LessonInput!) { addLesson(input: $input) { id } }', { input })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.options.1.text',
      reason: 'input.nulCharacterAtLine',
      params: { field: 'input.options.1.text', line: 3 },
    });
  });

  it('refuses half of a surrogate pair, which no UTF-8 text can hold', () => {
    expect(refusal(`mutation ($t: String!) { rename(id: "${UUID}", title: $t) { id } }`, { t: 'a\ud800b' })).toMatchObject({
      field: 'title',
      reason: 'input.brokenCharacter',
    });
  });

  it('looks into nested fields, fragments and inline fragments, and only into the operation that runs', () => {
    const nested = `query ($id: ID!, $locale: String) { lesson(id: $id) { ...F } } fragment F on Lesson { ... on Lesson { title(locale: $locale) } }`;
    expect(refusal(nested, { id: UUID, locale: 'v\u0000i' })).toMatchObject({ field: 'locale', reason: 'input.nulCharacter' });
    const two = 'query A { lesson(id: "bad") { id } } query B { lessons(ids: []) { id } }';
    expect(refusal(two, {}, 'B')).toBeNull();
    expect(refusal(two, {}, 'A')).toMatchObject({ field: 'id' });
  });

  it('leaves variables of the wrong type to graphql-js, which refuses them itself', () => {
    expect(refusal('query ($id: ID!) { lesson(id: $id) { id } }', { id: { nested: true } })).toBeNull();
    expect(refusal('query ($id: ID!) { lesson(id: $id) { id } }', {})).toBeNull();
  });
});
