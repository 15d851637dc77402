import { Module } from '@nestjs/common';
import { OfficialImportsModule } from '@hocso/server-core';
import { OfficialImportReconciler } from './official-import-reconciler.service';
import { OfficialImportProcessor } from './official-import.processor';

/** Runs bulk onboarding imports, and re-enqueues those whose job Redis lost. */
@Module({ imports: [OfficialImportsModule], providers: [OfficialImportProcessor, OfficialImportReconciler] })
export class OfficialImportWorkerModule {}
