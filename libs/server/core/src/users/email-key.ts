/**
 * The one spelling of an email that accounts are stored, found and throttled under: Unicode NFC (a name typed
 * with combining accents is the same address as one typed precomposed), no surrounding spaces, lower case.
 */
export function emailKey(raw: string): string {
  return raw.normalize('NFC').trim().toLowerCase();
}
