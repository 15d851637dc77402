import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, allowedOrgTreeActions, allowedOrgUnitActions, type OrgUnitAction, OrgUnitService } from '@hocso/server-core';
import { CurrentActor, OptionalActor } from '../auth/current-actor.decorator';
import { Public } from '../auth/public.decorator';
import type { GraphqlContext } from '../graphql/request-loaders';
import { CreateOrgUnitInput } from './dto/create-org-unit.input';
import { OrgUnitModel } from './models/org-unit.model';
import { OrgUnitActionEnum } from './org-unit-enums';
import { LIST_BOUNDS } from '../graphql/list-bounds';
import { ListSize } from '../graphql/list-size';
import { TEXT_BOUNDS } from '../graphql/text-bounds';
import { ArgMaxLengths } from '../graphql/text-lengths';

@Resolver(() => OrgUnitModel)
export class OrgUnitsResolver {
  constructor(private readonly orgUnitService: OrgUnitService) {}

  @Public()
  @ListSize(LIST_BOUNDS.childOrgUnits)
  @Query(() => [OrgUnitModel], { description: 'Children of parentId; the roots when it is omitted' })
  async orgUnits(@Args('parentId', { type: () => ID, nullable: true }) parentId?: string): Promise<OrgUnitModel[]> {
    if (parentId) await this.orgUnitService.getById(parentId);
    return (await this.orgUnitService.children(parentId ?? null)).map(OrgUnitModel.from);
  }

  @Public()
  @Query(() => OrgUnitModel, { nullable: true })
  async orgUnit(@Args('id', { type: () => ID }) id: string): Promise<OrgUnitModel | null> {
    const unit = await this.orgUnitService.findById(id);
    return unit ? OrgUnitModel.from(unit) : null;
  }

  @Public()
  @Query(() => [OrgUnitActionEnum], { description: 'What the signed-in user may do at the top of the tree: CREATE_CHILD creates a top-level unit' })
  orgTreeActions(@OptionalActor() actor?: Actor): OrgUnitAction[] {
    return allowedOrgTreeActions(actor);
  }

  @Mutation(() => OrgUnitModel)
  async createOrgUnit(@CurrentActor() actor: Actor, @Args('input') input: CreateOrgUnitInput): Promise<OrgUnitModel> {
    return OrgUnitModel.from(await this.orgUnitService.create(actor, input));
  }

  @ArgMaxLengths({ name: TEXT_BOUNDS.title })
  @Mutation(() => OrgUnitModel)
  async renameOrgUnit(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('name') name: string,
  ): Promise<OrgUnitModel> {
    return OrgUnitModel.from(await this.orgUnitService.rename(actor, id, name));
  }

  @Mutation(() => OrgUnitModel)
  async moveOrgUnit(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string,
  ): Promise<OrgUnitModel> {
    return OrgUnitModel.from(await this.orgUnitService.move(actor, id, parentId ?? null));
  }

  @Mutation(() => Boolean)
  async deleteOrgUnit(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.orgUnitService.delete(actor, id);
    return true;
  }

  @ResolveField(() => OrgUnitModel, { nullable: true })
  async parent(@Parent() unit: OrgUnitModel, @Context() ctx: GraphqlContext): Promise<OrgUnitModel | null> {
    if (!unit.parentId) return null;
    const parent = await ctx.loaders.orgUnits.byId.load(unit.parentId);
    return parent ? OrgUnitModel.from(parent) : null;
  }

  @ResolveField(() => [OrgUnitModel])
  async children(@Parent() unit: OrgUnitModel, @Context() ctx: GraphqlContext): Promise<OrgUnitModel[]> {
    return (await ctx.loaders.orgUnits.children.load(unit.id)).map(OrgUnitModel.from);
  }

  @ResolveField(() => [OrgUnitModel])
  async path(@Parent() unit: OrgUnitModel, @Context() ctx: GraphqlContext): Promise<OrgUnitModel[]> {
    const ids = unit.materialisedPath.split('/').filter(Boolean);
    const units = await Promise.all(ids.map((id) => ctx.loaders.orgUnits.byId.load(id)));
    return units.filter((u) => u !== null).map(OrgUnitModel.from);
  }

  @ResolveField(() => Int)
  async childCount(@Parent() unit: OrgUnitModel, @Context() ctx: GraphqlContext): Promise<number> {
    return (await ctx.loaders.orgUnits.counts.load(unit.id)).children;
  }

  @ResolveField(() => [OrgUnitActionEnum])
  allowedActions(@OptionalActor() actor?: Actor): OrgUnitAction[] {
    return allowedOrgUnitActions(actor);
  }

  @ResolveField(() => Int)
  async memberCount(@Parent() unit: OrgUnitModel, @Context() ctx: GraphqlContext): Promise<number> {
    return (await ctx.loaders.orgUnits.counts.load(unit.id)).members;
  }
}
