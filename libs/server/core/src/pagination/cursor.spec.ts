import { DomainError } from '../errors/domain.error';
import { encodeCursor } from './cursor';
import { Keyset, numberedParameters, type SortKeyType } from './keyset';

const ID = '0b9f6d1e-3c1a-4d2b-9e8f-7a6b5c4d3e2f';

function keysetOf(types: readonly SortKeyType[]): Keyset<unknown> {
  return new Keyset(types.map((type, index) => ({ sql: `k${index}`, type, valueOf: () => null })));
}

function refusal(cursor: string, types: readonly SortKeyType[]): { code: string; field?: string; reason: string } | null {
  try {
    keysetOf(types).after(cursor, numberedParameters([]));
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: error.code, field: error.field, reason: error.reason };
  }
}

const forged = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
const invalid = { code: 'BAD_USER_INPUT', field: 'after', reason: 'pagination.cursorInvalid' };

describe('keyset cursors', () => {
  it('binds the key it encoded', () => {
    const params: unknown[] = [];
    const key = [['top', 'Kỹ năng số'], '1764230400123456', 3, ID, 'Nhập môn', 0.75];
    keysetOf(['text[]', 'micros', 'int', 'uuid', 'text', 'float8']).after(encodeCursor(key), numberedParameters(params));
    expect(params).toEqual(key);
  });

  it('refuses anything that is not base64url of a JSON array, however long', () => {
    const garbage = ['', 'not a cursor', '%%%', 'e30', forged({ a: 1 }), forged('x'), forged(null), 'A'.repeat(100_000), Buffer.from('[1,').toString('base64url')];
    for (const cursor of garbage) expect({ cursor: cursor.slice(0, 20), refusal: refusal(cursor, ['text', 'uuid']) }).toEqual({ cursor: cursor.slice(0, 20), refusal: invalid });
  });

  it('refuses a value the database could not compare: a NUL character, a timestamp past the calendar, a wrong kind', () => {
    const wrongPlaces: Array<[unknown[], SortKeyType[]]> = [
      [['Nguyễn', 'not-a-uuid'], ['text', 'uuid']],
      [['Nguyễn\u0000', ID], ['text', 'uuid']],
      [[['top', 'a\u0000']], ['text[]']],
      [['Nguy\ud800', ID], ['text', 'uuid']],
      [[{}, ID], ['text', 'uuid']],
      [[2 ** 31], ['int']],
      [['0.5'], ['float8']],
      [['1 OR 1=1'], ['micros']],
      [['-999999999999999999'], ['micros']],
      [['999999999999999999'], ['micros']],
    ];
    for (const [key, types] of wrongPlaces) expect({ key, refusal: refusal(forged(key), types) }).toEqual({ key, refusal: invalid });
  });
});
