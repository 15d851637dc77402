import { DomainError } from '../errors/domain.error';
import { lookupIdentifier, newAccountIdentifier } from './account-identifier';

function refusal(run: () => unknown): { field?: string; reason: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { field: error.field, reason: error.reason };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('account identifiers', () => {
  it('stores a phone as E.164 and an email in its key spelling', () => {
    expect(newAccountIdentifier({ phone: '0912 345 678' })).toEqual({ field: 'phone', key: '+84912345678' });
    expect(newAccountIdentifier({ email: ' An@BenTre.gov.vn ', phone: '' })).toEqual({ field: 'email', key: 'an@bentre.gov.vn' });
    expect(lookupIdentifier({ phone: '84912345678', email: null })).toEqual({ field: 'phone', key: '+84912345678' });
  });

  it('asks for exactly one of them', () => {
    expect(refusal(() => newAccountIdentifier({}))).toEqual({ field: 'email', reason: 'account.emailOrPhone' });
    expect(refusal(() => lookupIdentifier({ email: 'an@bentre.gov.vn', phone: '0912345678' }))).toEqual({ field: 'phone', reason: 'account.emailOrPhone' });
  });

  it('refuses a number that is no Vietnamese mobile, on the phone field', () => {
    expect(refusal(() => newAccountIdentifier({ phone: '028 3823 4567' }))).toEqual({ field: 'phone', reason: 'users.phoneInvalid' });
    expect(refusal(() => lookupIdentifier({ phone: 'abc' }))).toEqual({ field: 'phone', reason: 'users.phoneInvalid' });
  });

  it('looks a mistyped email up as given, so that the answer is the same as for an unknown one', () => {
    expect(lookupIdentifier({ email: 'not-an-address' })).toEqual({ field: 'email', key: 'not-an-address' });
  });
});
