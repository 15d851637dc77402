import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { QueueModule } from '../queue/queue.module';
import { StorageModule } from '../storage/storage.module';
import { CredentialsModule } from './credentials/credentials.module';
import { CERTIFICATE_CREDENTIALS_PROVIDER } from './certificate-credentials';
import { CERTIFICATE_ENTITIES } from './certificate-entities';
import { CertificateBatchRunner } from './certificate-batch-runner.service';
import { CertificateBatchService } from './certificate-batch.service';
import { CertificateIssuingService } from './certificate-issuing.service';
import { CertificateReadService } from './certificate-read.service';
import { CertificateReconciliationService } from './certificate-reconciliation.service';
import { CertificateRevocationService } from './certificate-revocation.service';
import { CertificateWriter } from './certificate-writer';
import { CourseCertificateReadService } from './course-certificate-read.service';
import { CertificateArtefactPool } from './certificate-artefact-pool';

const SERVICES = [
  CertificateWriter,
  CertificateIssuingService,
  CertificateRevocationService,
  CertificateReadService,
  CertificateReconciliationService,
  CertificateBatchService,
  CertificateBatchRunner,
  CourseCertificateReadService,
];

@Module({
  imports: [TypeOrmModule.forFeature(CERTIFICATE_ENTITIES), QueueModule, StorageModule, NotificationsModule, CredentialsModule],
  providers: [
    ...SERVICES,
    CertificateArtefactPool,
    CERTIFICATE_CREDENTIALS_PROVIDER,
  ],
  exports: SERVICES,
})
export class CertificatesModule {}
