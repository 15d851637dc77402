import { DomainError } from '../errors/domain.error';
import { unstorableCharacterIn } from '../input/unstorable-character';

export const CERTIFICATE_REASON_MAX = 500;

/** A revocation or reissue reason: required, trimmed, NFC, at most CERTIFICATE_REASON_MAX characters. */
export function checkedReason(reason: string): string {
  const text = reason.normalize('NFC').trim();
  if (text.length === 0) throw DomainError.badInput('reason', 'certificate.reasonRequired');
  if (text.length > CERTIFICATE_REASON_MAX) throw DomainError.badInput('reason', 'certificate.reasonTooLong', { max: CERTIFICATE_REASON_MAX });
  const unstorable = unstorableCharacterIn(text, 'reason');
  if (unstorable) throw unstorable;
  return text;
}
