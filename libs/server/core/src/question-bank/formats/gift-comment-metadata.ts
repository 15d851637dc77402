/**
 * Reads `[id:…]` and `[tag:…]` from GIFT `//` comment lines, as Moodle's
 * qformat_gift::extract_idnumber_and_tags_from_comment: values are trimmed, `\]` stands for `]`, and a
 * value never spans two lines.
 */
export function extractIdNumberAndTags(comment: string): { idNumber?: string; tags: string[] } {
  const tags: string[] = [];
  let idNumber: string | undefined;
  for (const match of comment.matchAll(/\[(id|tag):((?:\\[^\n]|[^\]\\\n])*)\]/g)) {
    const value = (match[2] ?? '').replace(/\\(.)/g, '$1').trim();
    if (value === '') continue;
    if (match[1] === 'tag') {
      tags.push(value);
    } else if (idNumber === undefined) {
      idNumber = value;
    }
  }
  return idNumber === undefined ? { tags } : { idNumber, tags };
}

export function escapeCommentValue(value: string): string {
  return value.replace(/[\\\]]/g, (character) => `\\${character}`).replace(/\s+/g, ' ');
}
