import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, MyTrainingRequirementsService } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CourseModel } from '../courses/models/course.model';
import { LIST_BOUNDS } from '../graphql/list-bounds';
import { ListSize } from '../graphql/list-size';
import type { GraphqlContext } from '../graphql/request-loaders';
import { OrgUnitModel } from '../org-units/models/org-unit.model';
import { MyTrainingRequirementModel } from './models/my-training-requirement.model';

@Resolver(() => MyTrainingRequirementModel)
export class MyTrainingRequirementsResolver {
  constructor(private readonly mine: MyTrainingRequirementsService) {}

  @ListSize(LIST_BOUNDS.requirementsPerPerson)
  @Query(() => [MyTrainingRequirementModel], { description: 'The requirements covering the signed-in person, those still to meet first, soonest due first' })
  async myTrainingRequirements(@CurrentActor() actor: Actor): Promise<MyTrainingRequirementModel[]> {
    return (await this.mine.list(actor)).map(MyTrainingRequirementModel.fromMine);
  }

  @ResolveField(() => OrgUnitModel)
  async coveredThrough(@Parent() item: MyTrainingRequirementModel, @Context() ctx: GraphqlContext): Promise<OrgUnitModel> {
    const unit = await ctx.loaders.orgUnits.byId.load(item.coveredThroughOrgUnitId);
    if (!unit) throw new Error(`Org unit ${item.coveredThroughOrgUnitId} of requirement ${item.requirementId} is missing`);
    return OrgUnitModel.from(unit);
  }

  @ResolveField(() => CourseModel, { nullable: true })
  async course(@Parent() item: MyTrainingRequirementModel, @Context() ctx: GraphqlContext): Promise<CourseModel | null> {
    if (!item.courseId) return null;
    const view = await ctx.loaders.courses.viewById.load(item.courseId);
    return view ? CourseModel.from(view) : null;
  }
}
