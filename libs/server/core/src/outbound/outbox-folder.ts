import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where demo mode delivers what it would have sent (mail, SMS): one file per message, named so that the
 * folder lists in the order they were sent, with the recipient in the name. A file appears whole (written
 * under a temporary name, then renamed), so whoever watches the folder never reads half a message.
 */
export class OutboxFolder {
  constructor(
    readonly directory: string,
    private readonly extension: string,
  ) {}

  async write(recipient: string, content: string | Buffer): Promise<string> {
    await mkdir(this.directory, { recursive: true });
    const safeRecipient = recipient.replace(/[^\w@.+-]/g, '_').slice(0, 80);
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}-${safeRecipient}.${this.extension}`;
    const file = path.join(this.directory, name);
    await writeFile(`${file}.part`, content, { mode: 0o600 });
    await rename(`${file}.part`, file);
    return file;
  }
}
