import { Injectable } from '@nestjs/common';
import { CertificateBatchService } from '@hocso/server-core';
import { StalledWorkReconciler } from '../stalled-work/stalled-work-reconciler';

/** Re-enqueues open certificate batches whose job Redis lost. */
@Injectable()
export class CertificateBatchReconciler extends StalledWorkReconciler {
  constructor(batches: CertificateBatchService) {
    super(batches, 'CertificateBatchReconciler');
  }
}
