import path from 'node:path';
import { Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { FILE_STORAGE, type FileStorage } from './file-storage';
import { LocalDiskFileStorage } from './local-disk-file-storage';
import { S3FileStorage } from './s3-file-storage';

/** Provides FILE_STORAGE as STORAGE_DRIVER says: the local disk under STORAGE_DIR (default) or an S3-compatible bucket. */
@Module({
  providers: [
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): FileStorage => createFileStorage(config),
    },
  ],
  exports: [FILE_STORAGE],
})
export class StorageModule {}

/** The FileStorage STORAGE_DRIVER names, for code that runs outside Nest's container (the migrate-and-seed step). */
export function createFileStorage(config: AppConfig): FileStorage {
  if (config.STORAGE_DRIVER === 'local') return new LocalDiskFileStorage(path.resolve(config.STORAGE_DIR));
  if (!config.S3_BUCKET) throw new Error('S3_BUCKET must be set when STORAGE_DRIVER is s3');
  return new S3FileStorage({
    bucket: config.S3_BUCKET,
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    credentials:
      config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
        : undefined,
    prefix: config.S3_PREFIX,
  });
}
