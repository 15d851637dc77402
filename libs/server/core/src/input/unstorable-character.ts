import { DomainError } from '../errors/domain.error';

/** Half of a UTF-16 surrogate pair with no other half: no UTF-8 text, so no PostgreSQL text or json, can hold it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether PostgreSQL can store the text as it is: no NUL character and no lone surrogate. */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/**
 * A character PostgreSQL cannot store (a NUL, or half of a surrogate pair) refused with the field and, in a
 * text of several lines such as an imported file, the line it is on. Null when the text holds none.
 */
export function unstorableCharacterIn(text: string, field: string): DomainError | null {
  const nul = text.indexOf('\u0000');
  const broken = LONE_SURROGATE.exec(text)?.index ?? -1;
  if (nul === -1 && broken === -1) return null;
  const isNul = nul !== -1 && (broken === -1 || nul < broken);
  const at = isNul ? nul : broken;
  if (!text.includes('\n')) return DomainError.badInput(field, isNul ? 'input.nulCharacter' : 'input.brokenCharacter', { field });
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < at; index = text.indexOf('\n', index + 1)) line++;
  return DomainError.badInput(field, isNul ? 'input.nulCharacterAtLine' : 'input.brokenCharacterAtLine', { field, line }, { line });
}
