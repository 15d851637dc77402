import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * The one spelling of a Vietnamese mobile number that accounts are stored, found and throttled under: E.164
 * (`+84912345678`). `0912 345 678`, `+84 912 345 678`, `84912345678` and `(091) 234-5678` are one number.
 * Only mobile numbers are accepted (libphonenumber's metadata knows the operators' prefixes), since the
 * number receives the codes sent by SMS. Null when the text is not such a number.
 */
export function phoneKey(raw: string): string | null {
  const text = raw.normalize('NFKC').trim();
  if (text.length === 0 || text.length > 32 || !/^[+\d\s.()-]+$/.test(text)) return null;
  const parsed = parsePhoneNumberFromString(text, 'VN');
  if (!parsed || parsed.country !== 'VN' || !parsed.isValid()) return null;
  const type = parsed.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' ? parsed.number : null;
}
