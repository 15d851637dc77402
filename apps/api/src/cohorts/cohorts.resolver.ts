import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, allowedCohortActions, type CohortAction, CohortCandidatesService, CohortMembershipService, CohortProgressService, CohortService, COHORT_CANDIDATE_LIMITS, COHORT_PAGE_SIZES } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { connectionOf } from '../common/connection';
import { CourseModel } from '../courses/models/course.model';
import { ListSize, PageSize } from '../graphql/list-size';
import type { GraphqlContext } from '../graphql/request-loaders';
import { TEXT_BOUNDS } from '../graphql/text-bounds';
import { ArgMaxLengths } from '../graphql/text-lengths';
import { OrgUnitModel } from '../org-units/models/org-unit.model';
import { CohortActionEnum } from './cohort-enums';
import { AddCohortMembersInput } from './dto/add-cohort-members.input';
import { CreateCohortInput } from './dto/create-cohort.input';
import { CohortCandidateModel } from './models/cohort-candidate.model';
import { CohortMemberConnection, CohortMemberModel } from './models/cohort-member.model';
import { CohortMembersAddedModel } from './models/cohort-members-added.model';
import { CohortProgressModel } from './models/cohort-progress.model';
import { CohortConnection, CohortModel } from './models/cohort.model';

@Resolver(() => CohortModel)
export class CohortsResolver {
  constructor(
    private readonly cohortService: CohortService,
    private readonly membership: CohortMembershipService,
    private readonly progressOf: CohortProgressService,
    private readonly candidates: CohortCandidatesService,
  ) {}

  @ListSize(COHORT_CANDIDATE_LIMITS.resultsMax)
  @ArgMaxLengths({ search: TEXT_BOUNDS.search })
  @Query(() => [CohortCandidateModel], { description: 'its owner and administrators: at most 20 people of its unit subtree whose name, e-mail or phone has every word of the search, by name' })
  async cohortCandidates(
    @CurrentActor() actor: Actor,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('search') search: string,
  ): Promise<CohortCandidateModel[]> {
    return (await this.candidates.search(actor, cohortId, search)).map(CohortCandidateModel.from);
  }

  @PageSize(COHORT_PAGE_SIZES)
  @ArgMaxLengths({ after: TEXT_BOUNDS.cursor })
  @Query(() => CohortConnection, { description: 'latest start first: administrators all; others the cohorts they own and those of the units they manage' })
  async cohorts(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<CohortConnection> {
    return connectionOf(await this.cohortService.list(actor, first, after), CohortModel.from);
  }

  @Query(() => CohortModel, { description: 'its owner, administrators and the managers of its unit' })
  async cohort(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<CohortModel> {
    return CohortModel.from(await this.cohortService.visible(actor, id));
  }

  @Mutation(() => CohortModel, { description: 'trainers and administrators for any unit; a unit’s digital-transformation expert for their own unit' })
  async createCohort(@CurrentActor() actor: Actor, @Args('input') input: CreateCohortInput): Promise<CohortModel> {
    return CohortModel.from(await this.cohortService.create(actor, input));
  }

  @Mutation(() => CohortMembersAddedModel, { description: 'its owner and administrators; enrols the people added in its course(s); idempotent' })
  async addCohortMembers(
    @CurrentActor() actor: Actor,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('input') input: AddCohortMembersInput,
  ): Promise<CohortMembersAddedModel> {
    const outcome = await this.membership.add(actor, cohortId, input);
    return { cohort: CohortModel.from(outcome.cohort), added: outcome.added, enrolled: outcome.enrolled };
  }

  @ResolveField(() => OrgUnitModel)
  async orgUnit(@Parent() cohort: CohortModel, @Context() ctx: GraphqlContext): Promise<OrgUnitModel> {
    const unit = await ctx.loaders.orgUnits.byId.load(cohort.orgUnitId);
    if (!unit) throw new Error(`Org unit ${cohort.orgUnitId} of cohort ${cohort.id} is missing`);
    return OrgUnitModel.from(unit);
  }

  @ResolveField(() => CourseModel, { nullable: true })
  async course(@Parent() cohort: CohortModel, @Context() ctx: GraphqlContext): Promise<CourseModel | null> {
    if (!cohort.courseId) return null;
    const view = await ctx.loaders.courses.viewById.load(cohort.courseId);
    return view ? CourseModel.from(view) : null;
  }

  @ResolveField(() => CohortProgressModel)
  async progress(@Parent() cohort: CohortModel, @Context() ctx: GraphqlContext): Promise<CohortProgressModel> {
    const totals = await ctx.loaders.cohorts.totalsById.load(cohort.id);
    return CohortProgressModel.from(totals ?? { members: 0, completed: 0, averageProgress: null });
  }

  @ResolveField(() => CohortMemberConnection)
  async members(
    @CurrentActor() actor: Actor,
    @Parent() cohort: CohortModel,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<CohortMemberConnection> {
    return connectionOf(await this.progressOf.members(actor, cohort.id, first, after), CohortMemberModel.from);
  }

  @ResolveField(() => [CohortActionEnum])
  allowedActions(@CurrentActor() actor: Actor, @Parent() cohort: CohortModel): CohortAction[] {
    return allowedCohortActions(actor, { ownerId: cohort.ownerId, orgUnitPath: cohort.orgUnitPath });
  }
}
