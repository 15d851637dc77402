import { Module } from '@nestjs/common';
import { ExternalCertificatesModule } from '@hocso/server-core';
import { EvidenceCleanupSchedule } from './evidence-cleanup-schedule.service';
import { EvidenceCleanupProcessor } from './evidence-cleanup.processor';

/** The clean-up of evidence files never submitted with a certificate. */
@Module({ imports: [ExternalCertificatesModule], providers: [EvidenceCleanupProcessor, EvidenceCleanupSchedule] })
export class EvidenceCleanupWorkerModule {}
