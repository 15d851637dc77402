import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { QUEUES, type RequirementCoverageJob } from '@hocso/contracts';
import { type CoverageOutcome, RequirementEnrolmentService } from '@hocso/server-core';
import type { Job } from 'bullmq';

/** Re-evaluates who a requirement (or every requirement, or every requirement for some people) covers and enrols them; running it again changes nothing. */
@Processor(QUEUES.requirementCoverage, { concurrency: 2 })
export class RequirementCoverageProcessor extends WorkerHost {
  private readonly logger = new Logger('RequirementCoverage');

  constructor(private readonly enrolment: RequirementEnrolmentService) {
    super();
  }

  async process(job: Job<RequirementCoverageJob>): Promise<CoverageOutcome> {
    const outcome = await this.enrolment.evaluate(job.data.requirementId, job.data.userIds ?? null);
    if (outcome.newlyCovered + outcome.noLongerCovered + outcome.enrolled > 0) {
      const scope = job.data.userIds ? `${job.data.userIds.length} people moved or onboarded` : (job.data.requirementId ?? 'Every requirement');
      this.logger.log(`${scope}: ${outcome.newlyCovered} newly covered, ${outcome.noLongerCovered} no longer, ${outcome.enrolled} enrolled`);
    }
    return outcome;
  }
}
