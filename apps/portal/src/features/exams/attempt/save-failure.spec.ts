import { describe, expect, it } from '@jest/globals';
import { classifySaveFailure } from './save-failure';

const graphqlError = (code: string) => ({ name: 'CombinedGraphQLErrors', errors: [{ message: 'refused', extensions: { code } }] });

describe('classifySaveFailure', () => {
  it('sends again after a network failure, a server error or an expired session', () => {
    expect(classifySaveFailure(new TypeError('Failed to fetch'))).toBe('retry');
    expect(classifySaveFailure({ name: 'ServerError', statusCode: 502 })).toBe('retry');
    expect(classifySaveFailure(graphqlError('UNAUTHENTICATED'))).toBe('retry');
    expect(classifySaveFailure(graphqlError('INTERNAL_SERVER_ERROR'))).toBe('retry');
  });

  it('stops when the attempt is closed and drops an answer the server refuses', () => {
    expect(classifySaveFailure(graphqlError('CONFLICT'))).toBe('closed');
    expect(classifySaveFailure(graphqlError('BAD_USER_INPUT'))).toBe('rejected');
    expect(classifySaveFailure(graphqlError('NOT_FOUND'))).toBe('rejected');
    expect(classifySaveFailure(graphqlError('FORBIDDEN'))).toBe('rejected');
  });
});
