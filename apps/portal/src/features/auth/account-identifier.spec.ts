import { describe, expect, it } from '@jest/globals';
import { accountIdentifierOf } from './account-identifier';

describe('accountIdentifierOf', () => {
  it('sends an address with an @ as the email, and anything else as the phone', () => {
    expect(accountIdentifierOf(' an@bentre.gov.vn ')).toEqual({ email: 'an@bentre.gov.vn' });
    expect(accountIdentifierOf('0912 345 678')).toEqual({ phone: '0912 345 678' });
    expect(accountIdentifierOf('+84 912 345 678')).toEqual({ phone: '+84 912 345 678' });
  });
});
