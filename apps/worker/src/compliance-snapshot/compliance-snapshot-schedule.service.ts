import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ComplianceSnapshotScheduler } from '@hocso/server-core';

/** The daily snapshot's job scheduler, written again at each start (a Redis that lost it gets it back). */
@Injectable()
export class ComplianceSnapshotSchedule implements OnApplicationBootstrap {
  constructor(private readonly snapshots: ComplianceSnapshotScheduler) {}

  onApplicationBootstrap(): Promise<void> {
    return this.snapshots.scheduleDaily();
  }
}
