import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { QUEUES, type RequirementCoverageJob } from '@hocso/contracts';
import type { Queue } from 'bullmq';

/**
 * Asks the worker to re-evaluate a requirement's coverage. Redis is not the only guard: the worker re-evaluates
 * every requirement periodically, so a failure here is logged and never fails the caller.
 */
@Injectable()
export class RequirementCoverageScheduler {
  static readonly periodicId = 'coverage-of-every-requirement';

  private readonly logger = new Logger(RequirementCoverageScheduler.name);

  constructor(@InjectQueue(QUEUES.requirementCoverage) private readonly queue: Queue<RequirementCoverageJob>) {}

  async schedule(requirementId: string): Promise<void> {
    try {
      await this.queue.add('evaluate-coverage', { requirementId });
    } catch (error) {
      this.logger.warn(`Could not schedule the coverage of requirement ${requirementId}; the periodic re-evaluation will: ${(error as Error).message}`);
    }
  }

  /** The re-evaluation of every requirement, every `everyMs` (written again at each start of the worker). */
  async schedulePeriodic(everyMs: number): Promise<void> {
    await this.queue.upsertJobScheduler(RequirementCoverageScheduler.periodicId, { every: everyMs }, { name: 'evaluate-coverage', data: { requirementId: null } });
  }
}
