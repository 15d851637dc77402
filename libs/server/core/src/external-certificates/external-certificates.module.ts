import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CredentialsModule } from '../certificates/credentials/credentials.module';
import { QueueModule } from '../queue/queue.module';
import { StorageModule } from '../storage/storage.module';
import { EvidenceCleanupScheduler } from './evidence-cleanup-scheduler';
import { EXTERNAL_CERTIFICATE_ENTITIES } from './external-certificate-entities';
import { ExternalCertificateEvidenceService } from './external-certificate-evidence.service';
import { ExternalCertificateService } from './external-certificate.service';

@Module({
  imports: [TypeOrmModule.forFeature(EXTERNAL_CERTIFICATE_ENTITIES), CredentialsModule, StorageModule, QueueModule],
  providers: [ExternalCertificateService, ExternalCertificateEvidenceService, EvidenceCleanupScheduler],
  exports: [ExternalCertificateService, ExternalCertificateEvidenceService, EvidenceCleanupScheduler],
})
export class ExternalCertificatesModule {}
