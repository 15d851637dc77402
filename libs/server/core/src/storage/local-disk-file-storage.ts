import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { assertStorageKey, type FileStorage } from './file-storage';

/** Files under one directory on the local disk (the default; mount a volume there in deployments). */
export class LocalDiskFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(key: string, content: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Written aside then renamed: a reader never sees half a file.
    // Named apart for each writer: two writes of one key at the same moment must not rename each other's file.
    const partial = `${target}.partial-${process.pid}-${randomUUID()}`;
    await writeFile(partial, content);
    await rename(partial, target);
  }

  async open(key: string): Promise<Readable | null> {
    const target = this.pathOf(key);
    try {
      if (!(await stat(target)).isFile()) return null;
    } catch {
      return null;
    }
    return createReadStream(target);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    return path.join(this.root, ...key.split('/'));
  }
}
