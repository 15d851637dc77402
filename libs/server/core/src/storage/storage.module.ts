import path from 'node:path';
import { Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { FILE_STORAGE, type FileStorage } from './file-storage';
import { LocalDiskFileStorage } from './local-disk-file-storage';

/**
 * Provides FILE_STORAGE: the local disk under STORAGE_DIR. Another backend (S3-compatible object storage)
 * plugs in here by implementing FileStorage.
 */
@Module({
  providers: [
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): FileStorage => new LocalDiskFileStorage(path.resolve(config.STORAGE_DIR)),
    },
  ],
  exports: [FILE_STORAGE],
})
export class StorageModule {}
