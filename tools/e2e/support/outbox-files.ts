import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The newest message written to a demo-mode outbox folder for this recipient (file names end with it) whose
 * text passes the check, once one is there.
 */
export async function waitForMessage(directory: string, recipient: string, matches: (text: string) => boolean = () => true, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = existsSync(directory) ? readdirSync(directory).filter((name) => name.includes(recipient) && !name.endsWith('.part')).sort().reverse() : [];
    const found = names.map((name) => readFileSync(path.join(directory, name), 'utf8')).find(matches);
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`no such message to ${recipient} in ${directory} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The text of an .eml as a reader sees it: quoted-printable soft breaks joined and its bytes decoded. */
export function decodedMail(eml: string): string {
  const joined = eml.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined[i] === '=' ? /^[0-9A-F]{2}$/.exec(joined.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(Number.parseInt(hex[0], 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
