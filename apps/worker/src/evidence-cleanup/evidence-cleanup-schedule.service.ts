import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { EvidenceCleanupScheduler } from '@hocso/server-core';

/** Writes the hourly clean-up's job scheduler at the worker's start (upserting it is harmless when it exists). */
@Injectable()
export class EvidenceCleanupSchedule implements OnApplicationBootstrap {
  constructor(private readonly scheduler: EvidenceCleanupScheduler) {}

  onApplicationBootstrap(): Promise<void> {
    return this.scheduler.schedulePeriodic();
  }
}
