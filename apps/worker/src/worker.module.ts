import { Module } from '@nestjs/common';
import { MailModule, OfficialImportsModule, PlatformModule } from '@hocso/server-core';
import { MailProcessor } from './mail/mail.processor';
import { OfficialImportReconciler } from './official-import/official-import-reconciler.service';
import { OfficialImportProcessor } from './official-import/official-import.processor';

@Module({
  imports: [PlatformModule, OfficialImportsModule, MailModule],
  providers: [OfficialImportProcessor, OfficialImportReconciler, MailProcessor],
})
export class WorkerModule {}
