import { Module } from '@nestjs/common';
import { CertificateReadService, CertificatesModule } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { RequestLoaderRegistry, RequestLoadersModule } from '../graphql/request-loaders';
import { CertificateFilesController } from './certificate-files.controller';
import { CertificateLoaders } from './certificate-loaders';
import { CertificatesResolver } from './certificates.resolver';
import { CourseCertificatesResolver } from './course-certificates.resolver';
import { CourseCertificatesZipController } from './course-certificates-zip.controller';
import { EnrollmentCertificateResolver } from './enrollment-certificate.resolver';

const RESOLVERS = [CertificatesResolver, EnrollmentCertificateResolver, CourseCertificatesResolver];

@Module({ imports: [CertificatesModule, RequestLoadersModule], providers: RESOLVERS, controllers: [CertificateFilesController, CourseCertificatesZipController] })
export class CertificatesApiModule {
  constructor(loaders: RequestLoaderRegistry, reads: CertificateReadService) {
    loaders.register('certificates', () => new CertificateLoaders(reads));
  }
}

export const CERTIFICATES_API: ApiDomain = { module: CertificatesApiModule, resolvers: RESOLVERS };
