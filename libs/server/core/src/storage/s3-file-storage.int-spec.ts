import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import type { FileStorage } from './file-storage';
import { LocalDiskFileStorage } from './local-disk-file-storage';
import { S3FileStorage, type S3FileStorageOptions } from './s3-file-storage';

const BUCKET = 'hocso-test';
// s3rver's built-in account: it checks request signatures against it.
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

let s3rver: S3rver;
let s3rverDirectory: string;
let s3Endpoint: string;
let localRoot: string;
const toDestroy: S3FileStorage[] = [];

beforeAll(async () => {
  s3rverDirectory = await mkdtemp(path.join(os.tmpdir(), 'hocso-s3rver-'));
  localRoot = await mkdtemp(path.join(os.tmpdir(), 'hocso-local-storage-'));
  s3rver = new S3rver({ address: '127.0.0.1', port: 0, directory: s3rverDirectory, silent: true, configureBuckets: [{ name: BUCKET }] });
  const { port } = await s3rver.run();
  s3Endpoint = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  for (const storage of toDestroy) storage.destroy();
  await s3rver?.close();
  await rm(s3rverDirectory, { recursive: true, force: true });
  await rm(localRoot, { recursive: true, force: true });
});

function s3Options(overrides: Partial<S3FileStorageOptions> = {}): S3FileStorageOptions {
  return { bucket: BUCKET, region: 'us-east-1', endpoint: s3Endpoint, forcePathStyle: true, credentials: CREDENTIALS, ...overrides };
}

function createS3Storage(overrides: Partial<S3FileStorageOptions> = {}): S3FileStorage {
  const storage = new S3FileStorage(s3Options(overrides));
  toDestroy.push(storage);
  return storage;
}

/** A plain client, to look at the bucket behind the storage's back. */
async function withRawClient<T>(use: (client: S3Client) => Promise<T>): Promise<T> {
  const client = new S3Client({ region: 'us-east-1', endpoint: s3Endpoint, forcePathStyle: true, credentials: CREDENTIALS });
  try {
    return await use(client);
  } finally {
    client.destroy();
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

const newKey = () => `lesson-files/${randomUUID().slice(0, 2)}/${randomUUID()}`;

const INVALID_KEYS = ['', '../escape', 'lesson-files/../../escape', '/absolute', 'double//slash', 'Upper-Case', 'with space', 'dot.ted', '-leading-dash'];

/** The behaviour every FileStorage must show: run unchanged against each backend. */
const CASES: { name: string; run: (storage: FileStorage) => Promise<void> }[] = [
  {
    name: 'returns the exact bytes it was given',
    run: async (storage) => {
      const key = newKey();
      const content = Buffer.concat([Buffer.from([0x00, 0xff, 0x0a, 0x0d]), Buffer.from('Bài học số 1', 'utf8'), randomBytes(256 * 1024)]);
      await storage.put(key, content, 'application/pdf');
      const stream = await storage.open(key);
      expect(stream).not.toBeNull();
      expect((await readAll(stream!)).equals(content)).toBe(true);
    },
  },
  {
    name: 'replaces what was stored under the same key',
    run: async (storage) => {
      const key = newKey();
      await storage.put(key, Buffer.from('first version, longer than the second'), 'text/plain');
      await storage.put(key, Buffer.from('second'), 'text/plain');
      expect((await readAll((await storage.open(key))!)).toString()).toBe('second');
    },
  },
  {
    name: 'opens a key never stored as null',
    run: async (storage) => {
      await expect(storage.open(newKey())).resolves.toBeNull();
    },
  },
  {
    name: 'deletes what it stored, and leaves the neighbours alone',
    run: async (storage) => {
      const key = newKey();
      const neighbour = `${key}-neighbour`;
      await storage.put(key, Buffer.from('to be deleted'), 'text/plain');
      await storage.put(neighbour, Buffer.from('stays'), 'text/plain');
      await storage.delete(key);
      await expect(storage.open(key)).resolves.toBeNull();
      expect((await readAll((await storage.open(neighbour))!)).toString()).toBe('stays');
    },
  },
  {
    name: 'deletes a key never stored without complaint',
    run: async (storage) => {
      await expect(storage.delete(newKey())).resolves.toBeUndefined();
    },
  },
  {
    name: 'refuses keys outside [a-z0-9/-] or with "//" or ".." on put, open and delete',
    run: async (storage) => {
      for (const key of INVALID_KEYS) {
        await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(`Invalid storage key "${key}"`);
        await expect(storage.open(key)).rejects.toThrow(`Invalid storage key "${key}"`);
        await expect(storage.delete(key)).rejects.toThrow(`Invalid storage key "${key}"`);
      }
    },
  },
];

const BACKENDS: { name: string; create: () => FileStorage }[] = [
  { name: 'LocalDiskFileStorage', create: () => new LocalDiskFileStorage(localRoot) },
  { name: 'S3FileStorage on an S3-compatible server', create: () => createS3Storage() },
  { name: 'S3FileStorage with a key prefix', create: () => createS3Storage({ prefix: 'tenant-a/' }) },
];

describe.each(BACKENDS)('$name', ({ create }) => {
  it.each(CASES)('$name', async ({ run }) => {
    await run(create());
  });
});

describe('S3FileStorage specifics', () => {
  it('stores the content type with the object', async () => {
    const key = newKey();
    await createS3Storage().put(key, Buffer.from('%PDF-1.7'), 'application/pdf');
    const head = await withRawClient((client) => client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key })));
    expect(head.ContentType).toBe('application/pdf');
    expect(head.ContentLength).toBe(8);
  });

  it('keeps objects under the prefix, and reads only there', async () => {
    const key = newKey();
    await createS3Storage({ prefix: 'tenant-b' }).put(key, Buffer.from('prefixed'), 'text/plain');
    const object = await withRawClient((client) => client.send(new GetObjectCommand({ Bucket: BUCKET, Key: `tenant-b/${key}` })));
    expect(await object.Body!.transformToString()).toBe('prefixed');
    await expect(createS3Storage().open(key)).resolves.toBeNull();
    await expect(createS3Storage({ prefix: 'tenant-c' }).open(key)).resolves.toBeNull();
  });

  it('fails loudly, rather than reporting "no file", when the bucket does not exist', async () => {
    const storage = createS3Storage({ bucket: 'no-such-bucket' });
    await expect(storage.open(newKey())).rejects.toMatchObject({ name: 'NoSuchBucket' });
    await expect(storage.put(newKey(), Buffer.from('x'), 'text/plain')).rejects.toMatchObject({ name: 'NoSuchBucket' });
  });
});
