import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, RequirementCoverageScheduler } from '@hocso/server-core';

/**
 * Re-evaluates every requirement every REQUIREMENT_COVERAGE_INTERVAL_MS: what follows onboarding, moves between
 * units and changes of audience. Written again at each start, so a Redis that lost it gets it back.
 */
@Injectable()
export class RequirementCoverageSchedule implements OnApplicationBootstrap {
  constructor(
    private readonly coverage: RequirementCoverageScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.coverage.schedulePeriodic(this.config.REQUIREMENT_COVERAGE_INTERVAL_MS);
  }
}
