import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, TrainingRequirementService } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CourseModel } from '../courses/models/course.model';
import { LIST_BOUNDS } from '../graphql/list-bounds';
import { ListSize } from '../graphql/list-size';
import type { GraphqlContext } from '../graphql/request-loaders';
import { OrgUnitModel } from '../org-units/models/org-unit.model';
import { TrainingRequirementInput } from './dto/training-requirement.input';
import { TrainingRequirementModel } from './models/training-requirement.model';

@Resolver(() => TrainingRequirementModel)
export class TrainingRequirementsResolver {
  constructor(private readonly requirements: TrainingRequirementService) {}

  @ListSize(LIST_BOUNDS.trainingRequirements)
  @Query(() => [TrainingRequirementModel], { description: 'administrators: every requirement; unit managers and a unit’s digital-transformation experts: those that cover people of their subtree' })
  async trainingRequirements(@CurrentActor() actor: Actor): Promise<TrainingRequirementModel[]> {
    return (await this.requirements.list(actor)).map(TrainingRequirementModel.from);
  }

  @Mutation(() => TrainingRequirementModel, { description: 'admins, and unit managers inside their subtree' })
  async createTrainingRequirement(@CurrentActor() actor: Actor, @Args('input') input: TrainingRequirementInput): Promise<TrainingRequirementModel> {
    return TrainingRequirementModel.from(await this.requirements.create(actor, input));
  }

  @ResolveField(() => OrgUnitModel)
  async orgUnit(@Parent() requirement: TrainingRequirementModel, @Context() ctx: GraphqlContext): Promise<OrgUnitModel> {
    const unit = await ctx.loaders.orgUnits.byId.load(requirement.orgUnitId);
    if (!unit) throw new Error(`Org unit ${requirement.orgUnitId} of requirement ${requirement.id} is missing`);
    return OrgUnitModel.from(unit);
  }

  @ResolveField(() => CourseModel, { nullable: true })
  async course(@Parent() requirement: TrainingRequirementModel, @Context() ctx: GraphqlContext): Promise<CourseModel | null> {
    if (!requirement.courseId) return null;
    const view = await ctx.loaders.courses.viewById.load(requirement.courseId);
    return view ? CourseModel.from(view) : null;
  }
}
