import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CredentialsModule } from '../certificates/credentials/credentials.module';
import { EXTERNAL_CERTIFICATE_ENTITIES } from './external-certificate-entities';
import { ExternalCertificateService } from './external-certificate.service';

@Module({
  imports: [TypeOrmModule.forFeature(EXTERNAL_CERTIFICATE_ENTITIES), CredentialsModule],
  providers: [ExternalCertificateService],
  exports: [ExternalCertificateService],
})
export class ExternalCertificatesModule {}
