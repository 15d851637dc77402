import { Module } from '@nestjs/common';
import { PlatformModule } from '@hocso/server-core';
import { MailWorkerModule } from './mail/mail-worker.module';
import { OfficialImportWorkerModule } from './official-import/official-import-worker.module';

/** The worker: one module per queue it consumes. */
@Module({ imports: [PlatformModule, OfficialImportWorkerModule, MailWorkerModule] })
export class WorkerModule {}
