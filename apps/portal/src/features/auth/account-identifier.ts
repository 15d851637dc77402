/** What a person typed in the "email or phone" field, as the API takes it: an email has an @, anything else is a phone. */
export function accountIdentifierOf(typed: string): { email: string } | { phone: string } {
  const value = typed.trim();
  return value.includes('@') ? { email: value } : { phone: value };
}
