import { Module } from '@nestjs/common';
import { CertificatesModule } from '@hocso/server-core';
import { CertificateReconciler } from './certificate-reconciler.service';
import { CertificatesProcessor } from './certificates.processor';

/** Issues certificates: the job of each completion, and the reconciler behind it. */
@Module({ imports: [CertificatesModule], providers: [CertificatesProcessor, CertificateReconciler] })
export class CertificatesWorkerModule {}
