import { Injectable } from '@nestjs/common';
import { OfficialImportService } from '@hocso/server-core';
import { StalledWorkReconciler } from '../stalled-work/stalled-work-reconciler';

/** Re-enqueues imports whose job Redis lost. */
@Injectable()
export class OfficialImportReconciler extends StalledWorkReconciler {
  constructor(imports: OfficialImportService) {
    super(imports, 'OfficialImportReconciler');
  }
}
