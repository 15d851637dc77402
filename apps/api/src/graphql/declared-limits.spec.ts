import {
  getNamedType,
  getNullableType,
  type GraphQLSchema,
  isCompositeType,
  isInputObjectType,
  isListType,
  isObjectType,
} from 'graphql';
import { buildApiSchema } from '../emit-schema';
import { LIST_BOUNDS } from './list-bounds';
import { LIST_SIZE_EXTENSION } from './list-size';
import { MAX_PER_OPERATION_EXTENSION } from './operation-shape';
import { ARG_MAX_LENGTHS_EXTENSION, MAX_LENGTH_EXTENSION } from './text-lengths';

/** Every bound the cost and length checks read is declared on the field itself, and lands in the schema. */
describe('limits declared in the schema', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await buildApiSchema();
  }, 30_000);

  const field = (type: string, name: string) => {
    const found = schema.getType(type);
    return isObjectType(found) ? found.getFields()[name] : undefined;
  };
  const objectTypes = () => Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && !type.name.startsWith('__'));

  it('gives every list of objects, and every paged field, the size the cost estimate multiplies by', () => {
    const undeclared: string[] = [];
    for (const type of objectTypes()) {
      if (!isObjectType(type)) continue;
      for (const candidate of Object.values(type.getFields())) {
        const returned = getNullableType(candidate.type);
        const listOfObjects = isListType(returned) && isCompositeType(getNamedType(returned));
        const paged = candidate.args.some((arg) => arg.name === 'first');
        if ((listOfObjects || paged) && !candidate.extensions?.[LIST_SIZE_EXTENSION]) undeclared.push(`${type.name}.${candidate.name}`);
      }
    }
    expect(undeclared).toEqual([]);
    expect(field('Query', 'courses')?.extensions?.[LIST_SIZE_EXTENSION]).toEqual({ max: 100, defaultPage: 20, pageArgument: 'first' });
    expect(field('CourseModule', 'lessons')?.extensions?.[LIST_SIZE_EXTENSION]).toEqual({ max: LIST_BOUNDS.lessonsPerModule });
    expect(field('Lesson', 'bodyHtml')?.extensions?.['complexity']).toBe(10);
  });

  it('bounds the length of every String argument and input field', () => {
    const undeclared: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isInputObjectType(type)) {
        for (const inputField of Object.values(type.getFields())) {
          if (getNamedType(inputField.type).name === 'String' && typeof inputField.extensions?.[MAX_LENGTH_EXTENSION] !== 'number') undeclared.push(`${type.name}.${inputField.name}`);
        }
      } else if (isObjectType(type)) {
        for (const candidate of Object.values(type.getFields())) {
          const declared = (candidate.extensions?.[ARG_MAX_LENGTHS_EXTENSION] ?? {}) as Record<string, number>;
          for (const arg of candidate.args) {
            if (getNamedType(arg.type).name === 'String' && typeof declared[arg.name] !== 'number') undeclared.push(`${type.name}.${candidate.name}(${arg.name})`);
          }
        }
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('lets one operation call each expensive mutation, and the export, once', () => {
    const limited = (root: 'Query' | 'Mutation') =>
      Object.values((root === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {})
        .filter((candidate) => candidate.extensions?.[MAX_PER_OPERATION_EXTENSION] === 1)
        .map((candidate) => candidate.name)
        .sort();
    expect(limited('Mutation')).toEqual([
      'activateAccount',
      'changePassword',
      'importQuestions',
      'login',
      'refreshToken',
      'register',
      'requestPasswordReset',
      'resendEmailConfirmation',
      'resetPasswordWithCode',
      'sendPasswordReset',
      'setPasswordWithToken',
      'startOfficialImport',
    ]);
    expect(limited('Query')).toEqual(['exportQuestions', 'officialImportPreview', 'officialImportRejectedRowsCsv', 'questionExport']);
  });
});
