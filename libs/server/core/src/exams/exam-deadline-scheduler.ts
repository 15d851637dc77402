import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { type ExamDeadlineJob, QUEUES, examDeadlineJobId } from '@hocso/contracts';
import type { Queue } from 'bullmq';

/**
 * Schedules the delayed job that submits an attempt at its deadline (plus grace). Redis is not the only guard:
 * a read of the attempt and the worker's sweep close it too, so a failure here is logged and never fails the caller.
 */
@Injectable()
export class ExamDeadlineScheduler {
  private readonly logger = new Logger(ExamDeadlineScheduler.name);

  constructor(@InjectQueue(QUEUES.examDeadline) private readonly queue: Queue<ExamDeadlineJob>) {}

  async schedule(attempts: ReadonlyArray<{ id: string; acceptsUntil: Date | null }>): Promise<void> {
    const timed = attempts.filter((attempt): attempt is { id: string; acceptsUntil: Date } => attempt.acceptsUntil !== null);
    if (timed.length === 0) return;
    try {
      await this.queue.addBulk(
        timed.map((attempt) => ({
          name: 'submit-at-deadline',
          data: { attemptId: attempt.id },
          opts: { jobId: examDeadlineJobId(attempt.id, attempt.acceptsUntil), delay: Math.max(0, attempt.acceptsUntil.getTime() - Date.now()) },
        })),
      );
    } catch (error) {
      this.logger.warn(`Could not schedule ${timed.length} deadline job(s); the sweep will close them: ${(error as Error).message}`);
    }
  }
}
