import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  type Actor,
  ComplianceLevelsService,
  ComplianceReminderService,
  ComplianceSnapshotService,
  LevelReportService,
  type Locale,
  UnitExpertRosterService,
} from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequestLocale } from '../common/request-locale.decorator';
import { LIST_BOUNDS } from '../graphql/list-bounds';
import { ListSize } from '../graphql/list-size';
import type { GraphqlContext } from '../graphql/request-loaders';
import { TEXT_BOUNDS } from '../graphql/text-bounds';
import { ArgMaxLengths } from '../graphql/text-lengths';
import { OrgUnitModel } from '../org-units/models/org-unit.model';
import { ComplianceLevelInput } from './dto/compliance-level.input';
import { ComplianceLevelReportModel } from './models/compliance-level-report.model';
import { ComplianceLevelModel } from './models/compliance-level.model';
import { ComplianceReminderModel } from './models/compliance-reminder.model';
import { ComplianceTrendPointModel } from './models/compliance-trend-point.model';
import { UnitExpertsModel } from './models/unit-experts.model';

/** The compliance reports beside the report by unit: by level, the experts of each unit, the trend, reminders. */
@Resolver(() => UnitExpertsModel)
export class ComplianceReportsResolver {
  constructor(
    private readonly levels: ComplianceLevelsService,
    private readonly levelReports: LevelReportService,
    private readonly roster: UnitExpertRosterService,
    private readonly snapshots: ComplianceSnapshotService,
    private readonly reminders: ComplianceReminderService,
  ) {}

  @Query(() => ComplianceLevelReportModel, {
    description: "the plan's table: by level, over the unit's subtree (orgUnitId null as in complianceReport); administrators, unit managers in their subtree, a unit's experts in theirs",
  })
  async complianceLevelReport(
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
    @Args('requirementId', { type: () => ID, nullable: true }) requirementId: string | null,
    @Args('orgUnitId', { type: () => ID, nullable: true }) orgUnitId: string | null,
  ): Promise<ComplianceLevelReportModel> {
    return ComplianceLevelReportModel.from(await this.levelReports.report(actor, requirementId ?? null, orgUnitId ?? null), locale);
  }

  @ListSize(LIST_BOUNDS.complianceLevels)
  @Query(() => [ComplianceLevelModel], { description: 'the levels of the report by level and how people are placed in them; administrators and unit managers' })
  async complianceLevels(@CurrentActor() actor: Actor, @RequestLocale() locale: Locale): Promise<ComplianceLevelModel[]> {
    return (await this.levels.list(actor)).map((level) => ComplianceLevelModel.from(level, locale));
  }

  @Mutation(() => ComplianceLevelModel, { description: 'administrators: adds a level or replaces the one of that code' })
  async setComplianceLevel(@CurrentActor() actor: Actor, @RequestLocale() locale: Locale, @Args('input') input: ComplianceLevelInput): Promise<ComplianceLevelModel> {
    return ComplianceLevelModel.from(await this.levels.set(actor, { ...input, positionPattern: input.positionPattern ?? null }), locale);
  }

  @ArgMaxLengths({ code: TEXT_BOUNDS.code })
  @Mutation(() => Boolean, { description: 'administrators' })
  async removeComplianceLevel(@CurrentActor() actor: Actor, @Args('code') code: string): Promise<boolean> {
    await this.levels.remove(actor, code);
    return true;
  }

  @ListSize(LIST_BOUNDS.unitsWithoutExpert)
  @ArgMaxLengths({ kind: TEXT_BOUNDS.code })
  @Query(() => [UnitExpertsModel], { description: 'units of this kind (all kinds when null) with their digital-transformation experts; unit managers: in their subtree' })
  async unitExperts(@CurrentActor() actor: Actor, @Args('kind', { type: () => String, nullable: true }) kind: string | null): Promise<UnitExpertsModel[]> {
    return (await this.roster.roster(actor, kind ?? null)).map(UnitExpertsModel.from);
  }

  @ListSize(LIST_BOUNDS.complianceTrendDays)
  @Query(() => [ComplianceTrendPointModel], { description: "the unit's daily figures over every requirement, oldest first; days 1 to 366 (default 90); who may read the unit's report" })
  complianceTrend(
    @CurrentActor() actor: Actor,
    @Args('orgUnitId', { type: () => ID, nullable: true }) orgUnitId: string | null,
    @Args('days', { type: () => Int, nullable: true }) days: number | null,
  ): Promise<ComplianceTrendPointModel[]> {
    return this.snapshots.trend(actor, orgUnitId ?? null, days ?? LIST_BOUNDS.complianceTrendDays);
  }

  @Mutation(() => ComplianceReminderModel, {
    description: "notifies the people of the unit's subtree who have not met the requirement; who may read the unit's report (its experts too); once per unit, requirement and day (TOO_MANY_REQUESTS after)",
  })
  sendComplianceReminder(
    @CurrentActor() actor: Actor,
    @Args('orgUnitId', { type: () => ID }) orgUnitId: string,
    @Args('requirementId', { type: () => ID }) requirementId: string,
  ): Promise<ComplianceReminderModel> {
    return this.reminders.remind(actor, orgUnitId, requirementId);
  }

  @ResolveField(() => OrgUnitModel)
  async orgUnit(@Parent() row: UnitExpertsModel, @Context() ctx: GraphqlContext): Promise<OrgUnitModel> {
    const unit = await ctx.loaders.orgUnits.byId.load(row.orgUnitId);
    if (!unit) throw new Error(`Org unit ${row.orgUnitId} of an expert list is missing`);
    return OrgUnitModel.from(unit);
  }
}
