import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, RequirementExceptionService, UNIT_PEOPLE_PAGE_LIMIT, UnitPeopleService } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { PageSize } from '../graphql/list-size';
import type { GraphqlContext } from '../graphql/request-loaders';
import { OrgUnitModel } from '../org-units/models/org-unit.model';
import { RequirementExemptionInput, RequirementExtensionInput } from './dto/requirement-exception.input';
import { CompliancePeoplePageModel, CompliancePersonModel } from './models/compliance-person.model';
import { PersonRequirementModel } from './models/person-requirement.model';

const DEFAULT_PAGE = 20;

/** The people behind a compliance report's figures, and the changes to one person's terms. */
@Resolver(() => CompliancePersonModel)
export class RequirementPeopleResolver {
  constructor(
    private readonly people: UnitPeopleService,
    private readonly exceptions: RequirementExceptionService,
  ) {}

  @PageSize({ default: DEFAULT_PAGE, max: UNIT_PEOPLE_PAGE_LIMIT }, 'first')
  @Query(() => CompliancePeoplePageModel, {
    description: "The covered people of a unit's subtree, one row per person and requirement (requirementId null: every requirement), by name; admins, unit managers inside their subtree",
  })
  async compliancePeople(
    @CurrentActor() actor: Actor,
    @Args('orgUnitId', { type: () => ID }) orgUnitId: string,
    @Args('requirementId', { type: () => ID, nullable: true }) requirementId: string | null,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<CompliancePeoplePageModel> {
    return CompliancePeoplePageModel.from(await this.people.page(actor, { orgUnitId, requirementId: requirementId ?? null, offset, limit: first }));
  }

  @Mutation(() => PersonRequirementModel, { description: 'admins, and unit managers for the people of their subtree; the person must be covered now' })
  async exemptFromRequirement(@CurrentActor() actor: Actor, @Args('input') input: RequirementExemptionInput): Promise<PersonRequirementModel> {
    return PersonRequirementModel.from(await this.exceptions.exempt(actor, input));
  }

  @Mutation(() => Boolean, { description: 'admins, and unit managers for the people of their subtree' })
  removeRequirementExemption(
    @CurrentActor() actor: Actor,
    @Args('requirementId', { type: () => ID }) requirementId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<boolean> {
    return this.exceptions.removeExemption(actor, requirementId, userId);
  }

  @Mutation(() => PersonRequirementModel, { description: "admins, and unit managers for the people of their subtree; after the person's current due date" })
  async extendRequirementDueDate(@CurrentActor() actor: Actor, @Args('input') input: RequirementExtensionInput): Promise<PersonRequirementModel> {
    return PersonRequirementModel.from(await this.exceptions.extend(actor, input));
  }

  @Mutation(() => Boolean, { description: 'admins, and unit managers for the people of their subtree' })
  removeRequirementExtension(
    @CurrentActor() actor: Actor,
    @Args('requirementId', { type: () => ID }) requirementId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<boolean> {
    return this.exceptions.removeExtension(actor, requirementId, userId);
  }

  @ResolveField(() => OrgUnitModel)
  async orgUnit(@Parent() person: CompliancePersonModel, @Context() ctx: GraphqlContext): Promise<OrgUnitModel> {
    const unit = await ctx.loaders.orgUnits.byId.load(person.orgUnitId);
    if (!unit) throw new Error(`Org unit ${person.orgUnitId} of a covered person is missing`);
    return OrgUnitModel.from(unit);
  }
}
