import { Module } from '@nestjs/common';
import { PlatformModule } from '@hocso/server-core';
import { CertificateBatchesWorkerModule } from './certificate-batches/certificate-batches-worker.module';
import { CertificatesWorkerModule } from './certificates/certificates-worker.module';
import { ExamDeadlineWorkerModule } from './exam-deadline/exam-deadline-worker.module';
import { MailWorkerModule } from './mail/mail-worker.module';
import { SmsWorkerModule } from './sms/sms-worker.module';
import { NotificationsWorkerModule } from './notifications/notifications-worker.module';
import { OfficialImportWorkerModule } from './official-import/official-import-worker.module';
import { OutboxRelayWorkerModule } from './outbox-relay/outbox-relay-worker.module';
import { RequirementCoverageWorkerModule } from './requirement-coverage/requirement-coverage-worker.module';
import { ComplianceSnapshotWorkerModule } from './compliance-snapshot/compliance-snapshot-worker.module';
import { EvidenceCleanupWorkerModule } from './evidence-cleanup/evidence-cleanup-worker.module';
import { RequirementRemindersWorkerModule } from './requirement-reminders/requirement-reminders-worker.module';
import { LiveSessionRemindersWorkerModule } from './live-session-reminders/live-session-reminders-worker.module';

/** The worker: one module per queue it consumes. */
@Module({ imports: [PlatformModule, OfficialImportWorkerModule, MailWorkerModule, SmsWorkerModule, ExamDeadlineWorkerModule, OutboxRelayWorkerModule, CertificatesWorkerModule, CertificateBatchesWorkerModule, NotificationsWorkerModule, RequirementCoverageWorkerModule, RequirementRemindersWorkerModule, LiveSessionRemindersWorkerModule, ComplianceSnapshotWorkerModule, EvidenceCleanupWorkerModule] })
export class WorkerModule {}
