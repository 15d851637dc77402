import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { loadConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { FILE_STORAGE, type FileStorage } from './file-storage';
import { LocalDiskFileStorage } from './local-disk-file-storage';
import { S3FileStorage } from './s3-file-storage';
import { StorageModule } from './storage.module';

@Global()
@Module({})
class ConfigFromEnv {
  static with(env: NodeJS.ProcessEnv): DynamicModule {
    return { module: ConfigFromEnv, providers: [{ provide: APP_CONFIG, useValue: loadConfig(env) }], exports: [APP_CONFIG] };
  }
}

async function storageFor(env: NodeJS.ProcessEnv) {
  const moduleRef = await Test.createTestingModule({ imports: [ConfigFromEnv.with(env), StorageModule] }).compile();
  const app = await moduleRef.init();
  return { storage: app.get<FileStorage>(FILE_STORAGE), close: () => app.close() };
}

describe('StorageModule', () => {
  afterEach(() => jest.restoreAllMocks());

  it('stores on the local disk by default', async () => {
    const { storage, close } = await storageFor({});
    expect(storage).toBeInstanceOf(LocalDiskFileStorage);
    await close();
  });

  it('stores in the S3 bucket when STORAGE_DRIVER is s3, and lets go of its connections on shutdown', async () => {
    const destroy = jest.spyOn(S3FileStorage.prototype, 'destroy');
    const { storage, close } = await storageFor({ STORAGE_DRIVER: 's3', S3_BUCKET: 'hocso-files', S3_ENDPOINT: 'http://127.0.0.1:9' });
    expect(storage).toBeInstanceOf(S3FileStorage);
    expect(destroy).not.toHaveBeenCalled();
    await close();
    expect(destroy).toHaveBeenCalledTimes(1);
  });
});
