/** Characters Windows or Unix refuse in a file name, and control characters. */
const UNSAFE = /[<>:"/\\|?*]|\p{Cc}/gu;
/** Names Windows keeps for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_NAME_LENGTH = 120;

/**
 * `<serial> - <holder name>.pdf`, safe to unpack on Windows and Unix: characters either refuses become "_",
 * whitespace runs one space, no trailing dot or space, the name (NFC) at most MAX_NAME_LENGTH characters.
 * The serial comes first and is unique, so two holders of one name never clash.
 */
export function certificateZipEntryName(serial: string, holderName: string): string {
  const holder = holderName
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(UNSAFE, '_')
    .trim()
    .slice(0, MAX_NAME_LENGTH)
    .replace(/[. ]+$/, '');
  const base = holder && !RESERVED.test(holder) ? `${serial} - ${holder}` : serial;
  return `${base}.pdf`;
}
