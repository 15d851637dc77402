import { DomainError } from '../errors/domain.error';

/**
 * A NUL character (which PostgreSQL cannot store in text) refused with the field and, in a text of several
 * lines such as an imported file, the line it is on. Null when the text holds none.
 */
export function nulCharacterIn(text: string, field: string): DomainError | null {
  const at = text.indexOf('\u0000');
  if (at === -1) return null;
  if (!text.includes('\n')) return DomainError.badInput(field, 'input.nulCharacter', { field });
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < at; index = text.indexOf('\n', index + 1)) line++;
  return DomainError.badInput(field, 'input.nulCharacterAtLine', { field, line }, { line });
}
