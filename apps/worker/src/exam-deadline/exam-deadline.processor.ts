import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type ExamDeadlineJob, QUEUES } from '@hocso/contracts';
import { AttemptSubmissionService } from '@hocso/server-core';
import type { Job } from 'bullmq';

/** Closes an attempt at its deadline and grace; a job for a moved deadline or a submitted attempt changes nothing. */
@Processor(QUEUES.examDeadline, { concurrency: 8 })
export class ExamDeadlineProcessor extends WorkerHost {
  constructor(private readonly submissions: AttemptSubmissionService) {
    super();
  }

  async process(job: Job<ExamDeadlineJob>): Promise<boolean> {
    return this.submissions.autoSubmit(job.data.attemptId);
  }
}
