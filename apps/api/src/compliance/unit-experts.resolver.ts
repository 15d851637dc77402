import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, UnitExpertService } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { LIST_BOUNDS } from '../graphql/list-bounds';
import { ListSize } from '../graphql/list-size';
import { TEXT_BOUNDS } from '../graphql/text-bounds';
import { ArgMaxLengths } from '../graphql/text-lengths';
import { OrgUnitModel } from '../org-units/models/org-unit.model';

@Resolver(() => OrgUnitModel)
export class UnitExpertsResolver {
  constructor(private readonly experts: UnitExpertService) {}

  @ListSize(LIST_BOUNDS.unitsWithoutExpert)
  @ArgMaxLengths({ kind: TEXT_BOUNDS.code })
  @Query(() => [OrgUnitModel], { description: 'units of this kind (all kinds when null) with no digital-transformation expert; unit managers: in their subtree' })
  async unitsWithoutExpert(@CurrentActor() actor: Actor, @Args('kind', { type: () => String, nullable: true }) kind: string | null): Promise<OrgUnitModel[]> {
    return (await this.experts.unitsWithout(actor, kind ?? null)).map(OrgUnitModel.from);
  }

  @ListSize(LIST_BOUNDS.expertUnitsPerPerson)
  @Query(() => [OrgUnitModel], { description: 'the units the caller is the digital-transformation expert of (and still a member of); empty for most people' })
  async myExpertUnits(@CurrentActor() actor: Actor): Promise<OrgUnitModel[]> {
    return (await this.experts.mine(actor)).map(OrgUnitModel.from);
  }

  @Mutation(() => OrgUnitModel, { description: 'admins, and unit managers inside their subtree; the expert must be a member of the unit' })
  async setUnitExpert(
    @CurrentActor() actor: Actor,
    @Args('orgUnitId', { type: () => ID }) orgUnitId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<OrgUnitModel> {
    return OrgUnitModel.from(await this.experts.appoint(actor, orgUnitId, userId));
  }
}
