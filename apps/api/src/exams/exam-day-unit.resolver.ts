import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../graphql/request-loaders';
import { OrgUnitModel } from '../org-units/models/org-unit.model';
import { ExamDayUnitModel } from './models/exam-day-unit.model';
import { orgUnitOf } from './org-unit-of';

@Resolver(() => ExamDayUnitModel)
export class ExamDayUnitResolver {
  @ResolveField(() => OrgUnitModel, { nullable: true })
  async orgUnit(@Parent() unit: ExamDayUnitModel, @Context() ctx: GraphqlContext): Promise<OrgUnitModel | null> {
    return orgUnitOf(unit.orgUnitId, ctx);
  }
}
