import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { type ComplianceSnapshotJob, QUEUES } from '@hocso/contracts';
import type { Queue } from 'bullmq';
import { REPORT_TIME_ZONE } from './report-day';

/** The daily snapshot of the compliance figures, taken by the worker at the end of the province's day. */
@Injectable()
export class ComplianceSnapshotScheduler {
  static readonly dailyId = 'compliance-snapshot-daily';

  constructor(@InjectQueue(QUEUES.complianceSnapshot) private readonly queue: Queue<ComplianceSnapshotJob>) {}

  /** Written again at each start of the worker; also takes today's snapshot now (once a day: the job id is the day). */
  async scheduleDaily(): Promise<void> {
    await this.queue.upsertJobScheduler(ComplianceSnapshotScheduler.dailyId, { pattern: '0 55 23 * * *', tz: REPORT_TIME_ZONE }, { name: 'take-snapshot', data: {} });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: REPORT_TIME_ZONE }).format(new Date());
    await this.queue.add('take-snapshot', {}, { jobId: `snapshot-${today}`, removeOnComplete: { age: 86_400 }, removeOnFail: 100 });
  }
}
