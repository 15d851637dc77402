import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CredentialsModule } from '../certificates/credentials/credentials.module';
import { StorageModule } from '../storage/storage.module';
import { EXTERNAL_CERTIFICATE_ENTITIES } from './external-certificate-entities';
import { ExternalCertificateEvidenceService } from './external-certificate-evidence.service';
import { ExternalCertificateService } from './external-certificate.service';

@Module({
  imports: [TypeOrmModule.forFeature(EXTERNAL_CERTIFICATE_ENTITIES), CredentialsModule, StorageModule],
  providers: [ExternalCertificateService, ExternalCertificateEvidenceService],
  exports: [ExternalCertificateService, ExternalCertificateEvidenceService],
})
export class ExternalCertificatesModule {}
