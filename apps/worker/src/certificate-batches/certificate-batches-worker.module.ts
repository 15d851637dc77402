import { Module } from '@nestjs/common';
import { CertificatesModule } from '@hocso/server-core';
import { CertificateBatchReconciler } from './certificate-batch-reconciler.service';
import { CertificateBatchesProcessor } from './certificate-batches.processor';

/** A course's bulk certificate jobs (issue for its completions, reissue its certificates), and the reconciler behind them. */
@Module({ imports: [CertificatesModule], providers: [CertificateBatchesProcessor, CertificateBatchReconciler] })
export class CertificateBatchesWorkerModule {}
