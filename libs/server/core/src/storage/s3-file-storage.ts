import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { OnModuleDestroy } from '@nestjs/common';
import { assertStorageKey, type FileStorage } from './file-storage';

export interface S3FileStorageOptions {
  bucket: string;
  region: string;
  /** Address of an S3-compatible store (MinIO, Ceph, …); AWS S3 itself when unset. */
  endpoint?: string;
  forcePathStyle: boolean;
  /** Unset: the AWS default chain (AWS_* variables, shared profile, instance or task role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Prepended to every key, e.g. "hocso/" to share a bucket. */
  prefix?: string;
}

/** Objects in one bucket of AWS S3 or an S3-compatible store. */
export class S3FileStorage implements FileStorage, OnModuleDestroy {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(options: S3FileStorageOptions) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
      // The SDK's default CRC32 checksums on every request are rejected by several S3-compatible stores
      // (older MinIO, Ceph RGW, …); send them only where S3 requires them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    this.bucket = options.bucket;
    this.prefix = options.prefix ? `${options.prefix.replace(/\/+$/, '')}/` : '';
  }

  async put(key: string, content: Buffer, mimeType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key), Body: content, ContentType: mimeType, ContentLength: content.length }),
    );
  }

  async open(key: string): Promise<Readable | null> {
    const objectKey = this.objectKey(key);
    let body: unknown;
    try {
      ({ Body: body } = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: objectKey })));
    } catch (error) {
      if (isMissingObject(error)) return null;
      throw error;
    }
    if (!(body instanceof Readable)) throw new Error(`S3 returned no readable body for "${objectKey}"`);
    return body;
  }

  async delete(key: string): Promise<void> {
    const objectKey = this.objectKey(key);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: objectKey }));
    } catch (error) {
      // S3 answers 204 for an absent key; some compatible stores answer 404.
      if (!isMissingObject(error)) throw error;
    }
  }

  onModuleDestroy(): void {
    this.destroy();
  }

  /** Closes the client's open connections. */
  destroy(): void {
    this.client.destroy();
  }

  private objectKey(key: string): string {
    assertStorageKey(key);
    return `${this.prefix}${key}`;
  }
}

/** A missing object, not a missing bucket: that is a configuration error and must not read as "no file". */
function isMissingObject(error: unknown): boolean {
  if (!(error instanceof S3ServiceException) || error.name === 'NoSuchBucket') return false;
  return error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404;
}
