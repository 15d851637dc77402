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

describe('describeApiError of an HTTP refusal', () => {
  it('reads the errors of a plain JSON body that Apollo reports as a ServerError', () => {
    const body = { errors: [{ message: 'Dữ liệu gửi lên vượt quá giới hạn 16 MB', extensions: { code: 'BAD_USER_INPUT', reason: 'request.bodyTooLarge' } }] };
    const error = { name: 'ServerError', statusCode: 413, bodyText: JSON.stringify(body) };
    expect(describeApiError(error)).toEqual({ kind: 'graphql', code: 'BAD_USER_INPUT', messages: ['Dữ liệu gửi lên vượt quá giới hạn 16 MB'], fieldErrors: {} });
  });

  it('treats a body that is not JSON as a network failure, or as too large for an HTTP 413', () => {
    expect(describeApiError({ name: 'ServerError', statusCode: 502, bodyText: '<html>Bad gateway</html>' }).kind).toBe('network');
    expect(describeApiError({ name: 'ServerError', statusCode: 413, bodyText: '<html>Request Entity Too Large</html>' }).kind).toBe('tooLarge');
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
