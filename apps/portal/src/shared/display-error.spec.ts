import { describe, expect, it } from '@jest/globals';
import { toDisplayError } from './display-error';

const translate = (key: string) => `t:${key}`;

describe('toDisplayError', () => {
  it('shows the API messages and keeps field errors by field', () => {
    const error = {
      name: 'CombinedGraphQLErrors',
      errors: [
        { message: 'Email này đã được đăng ký.', extensions: { code: 'CONFLICT', field: 'email' } },
        { message: 'Mật khẩu quá ngắn.', extensions: { code: 'BAD_USER_INPUT', field: 'password' } },
      ],
    };
    expect(toDisplayError(error, translate)).toEqual({
      message: 'Email này đã được đăng ký. Mật khẩu quá ngắn.',
      fieldErrors: { email: 'Email này đã được đăng ký.', password: 'Mật khẩu quá ngắn.' },
    });
  });

  it('shows a message without a field as a form-level message only', () => {
    const error = { errors: [{ message: 'Không thể xóa đơn vị còn đơn vị con.', extensions: { code: 'CONFLICT' } }] };
    expect(toDisplayError(error, translate)).toEqual({ message: 'Không thể xóa đơn vị còn đơn vị con.', fieldErrors: {} });
  });

  it('translates network failures', () => {
    expect(toDisplayError({ name: 'ServerError', statusCode: 502, message: 'Bad gateway' }, translate).message).toBe('t:errors.network');
    expect(toDisplayError(new TypeError('Failed to fetch'), translate).message).toBe('t:errors.network');
  });

  it('translates an upload a proxy refused as too large', () => {
    expect(toDisplayError({ name: 'LessonFileUploadError', statusCode: 413, errors: [] }, translate).message).toBe('t:errors.tooLarge');
  });

  it('falls back to a generic message', () => {
    expect(toDisplayError(new Error('boom'), translate)).toEqual({ message: 't:errors.unknown', fieldErrors: {} });
    expect(toDisplayError(undefined, translate).message).toBe('t:errors.unknown');
  });
});
