import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describeApiError, hasErrorCode } from './api-error';

describe('describeApiError', () => {
  it('reads Apollo CombinedGraphQLErrors', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Mã đơn vị đã tồn tại.', extensions: { code: 'CONFLICT', field: 'code' } }],
    });
    expect(describeApiError(error)).toEqual({ kind: 'graphql', code: 'CONFLICT', messages: ['Mã đơn vị đã tồn tại.'], fieldErrors: { code: 'Mã đơn vị đã tồn tại.' } });
  });

  it('keeps the first message per field and drops duplicate messages', () => {
    const error = {
      errors: [
        { message: 'A', extensions: { field: 'email' } },
        { message: 'B', extensions: { field: 'email' } },
        { message: 'A' },
      ],
    };
    expect(describeApiError(error)).toEqual({ kind: 'graphql', code: null, messages: ['A', 'B'], fieldErrors: { email: 'A' } });
  });
});

describe('hasErrorCode', () => {
  it('finds UNAUTHENTICATED among GraphQL errors', () => {
    expect(hasErrorCode({ errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] }, 'UNAUTHENTICATED')).toBe(true);
    expect(hasErrorCode({ errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] }, 'UNAUTHENTICATED')).toBe(false);
  });

  it('treats an HTTP 401 as UNAUTHENTICATED', () => {
    expect(hasErrorCode({ name: 'ServerError', statusCode: 401 }, 'UNAUTHENTICATED')).toBe(true);
  });
});
