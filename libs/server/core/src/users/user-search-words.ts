/** At most this many words of a search are matched: more narrows nothing a person would type. */
export const MAX_SEARCH_WORDS = 8;

/** The words of a people search, each matched on its own in the name, email or phone. */
export function searchWordsOf(search: string | null | undefined): string[] {
  return (search ?? '').normalize('NFC').trim().split(/\s+/).filter(Boolean).slice(0, MAX_SEARCH_WORDS);
}

/** A word for a LIKE pattern, its wildcards taken literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
