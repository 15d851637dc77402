import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../graphql/request-loaders';
import { OrgUnitModel } from '../org-units/models/org-unit.model';
import { UserModel } from '../users/models/user.model';
import { ExamDayTakerModel } from './models/exam-day-taker.model';
import { orgUnitOf } from './org-unit-of';

@Resolver(() => ExamDayTakerModel)
export class ExamDayTakerResolver {
  @ResolveField(() => UserModel)
  async user(@Parent() taker: ExamDayTakerModel, @Context() ctx: GraphqlContext): Promise<UserModel> {
    const user = await ctx.loaders.users.byId.load(taker.userId);
    if (!user) throw new Error(`User ${taker.userId} of exam day is missing`);
    return UserModel.from(user);
  }

  @ResolveField(() => OrgUnitModel, { nullable: true })
  async orgUnit(@Parent() taker: ExamDayTakerModel, @Context() ctx: GraphqlContext): Promise<OrgUnitModel | null> {
    return orgUnitOf(taker.orgUnitId, ctx);
  }
}
