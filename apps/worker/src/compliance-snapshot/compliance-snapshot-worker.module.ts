import { Module } from '@nestjs/common';
import { ComplianceModule } from '@hocso/server-core';
import { ComplianceSnapshotSchedule } from './compliance-snapshot-schedule.service';
import { ComplianceSnapshotProcessor } from './compliance-snapshot.processor';

/** The daily snapshots of the compliance figures behind the dashboards' trend. */
@Module({ imports: [ComplianceModule], providers: [ComplianceSnapshotProcessor, ComplianceSnapshotSchedule] })
export class ComplianceSnapshotWorkerModule {}
