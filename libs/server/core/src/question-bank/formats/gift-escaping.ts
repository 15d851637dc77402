/**
 * GIFT's backslash escapes. Like Moodle (qformat_gift::escapedchar_pre/post) they are swapped for
 * placeholders before the structure is read and restored in each piece of text afterwards.
 * Private-use characters serve as placeholders so that no real text can collide with them.
 */
const PLACEHOLDERS: Record<string, string> = {
  ':': '\uE001',
  '#': '\uE002',
  '=': '\uE003',
  '{': '\uE004',
  '}': '\uE005',
  '~': '\uE006',
  n: '\uE007',
};
const RESTORED: Record<string, string> = {
  '\uE001': ':',
  '\uE002': '#',
  '\uE003': '=',
  '\uE004': '{',
  '\uE005': '}',
  '\uE006': '~',
  '\uE007': '\n',
};

export function protectGiftEscapes(text: string): string {
  // `\\` is a literal backslash and must not start another escape, so it is consumed in the same pass.
  return text.replace(/\\([\\:#={}~n])/g, (_match, character: string) =>
    character === '\\' ? '\\' : (PLACEHOLDERS[character] as string),
  );
}

export function restoreGiftEscapes(text: string): string {
  return text.replace(/[\uE001-\uE007]/g, (placeholder) => RESTORED[placeholder] as string);
}

/** As Moodle's qformat_gift::repchar: escapes the control characters and writes new lines as `\n`. */
export function escapeGiftText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[#=~{}:]/g, (character) => `\\${character}`)
    .replace(/\r\n|\r|\n/g, '\\n');
}
