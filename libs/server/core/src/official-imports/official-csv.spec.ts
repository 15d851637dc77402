import { DomainError } from '../errors/domain.error';
import { decodeCsv } from './official-csv';

describe('decodeCsv', () => {
  it('refuses a file holding a NUL character, naming its line, as PostgreSQL could not store it', () => {
    const csv = 'full_name,email,org_unit_code\nNguyễn Văn A,a@hocso.vn,CT\nTrần\u0000 Thị B,b@hocso.vn,CT\n';
    let refused: unknown;
    try {
      decodeCsv(Buffer.from(csv, 'utf8'));
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason: 'input.nulCharacterAtLine', params: { field: 'file', line: 3 } });
  });

  it('gives back the text of a clean UTF-8 file', () => {
    expect(decodeCsv(Buffer.from('full_name\nNguyễn Văn A\n', 'utf8'))).toBe('full_name\nNguyễn Văn A\n');
  });
});
