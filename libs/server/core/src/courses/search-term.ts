/**
 * The search term as the catalogue matches it: NFC, lower case, Vietnamese tone and vowel marks removed
 * (đ → d), punctuation dropped, spaces collapsed. PostgreSQL applies the same folding to the indexed text
 * (`lower(f_unaccent(…))`); doing it here too keeps the query independent of how the client composed
 * its accents (NFC or NFD) and lets an empty term mean "no search".
 */
export function normaliseSearchTerm(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const folded = raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 200);
  return folded.length === 0 ? null : folded;
}
