import { Args, Float, ID, Mutation, Resolver } from '@nestjs/graphql';
import { type Actor, ExamOverrideService } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { TEXT_BOUNDS } from '../graphql/text-bounds';
import { ArgMaxLengths } from '../graphql/text-lengths';
import { ExamOverrideInput } from './dto/exam-override.input';
import { ExamOverrideModel } from './models/exam-override.model';

@Resolver(() => ExamOverrideModel)
export class ExamOverridesResolver {
  constructor(private readonly overrides: ExamOverrideService) {}

  @Mutation(() => ExamOverrideModel, {
    description: "the exam's editors; replaces the target's override; the deadlines of its attempts in progress move at once",
  })
  async setExamOverride(@CurrentActor() actor: Actor, @Args('input') input: ExamOverrideInput): Promise<ExamOverrideModel> {
    return ExamOverrideModel.from(await this.overrides.setOverride(actor, input));
  }

  @Mutation(() => Boolean, { description: "the exam's editors; the attempts in progress it reached go back to what applies without it" })
  async removeExamOverride(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.overrides.removeOverride(actor, id);
    return true;
  }

  @ArgMaxLengths({ note: TEXT_BOUNDS.accommodationNote })
  @Mutation(() => Boolean, {
    description: "a learner's standing time multiplier (1 to 5) for every exam; administrators and the managers of the learner's unit",
  })
  async setLearnerAccommodation(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('timeMultiplier', { type: () => Float }) timeMultiplier: number,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<boolean> {
    await this.overrides.setAccommodation(actor, userId, timeMultiplier, note);
    return true;
  }
}
