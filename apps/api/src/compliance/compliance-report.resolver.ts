import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, ComplianceReportService } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphqlContext } from '../graphql/request-loaders';
import { OrgUnitModel } from '../org-units/models/org-unit.model';
import { ComplianceReportModel } from './models/compliance-report.model';
import { ComplianceRowModel } from './models/compliance-row.model';

@Resolver(() => ComplianceRowModel)
export class ComplianceReportResolver {
  constructor(private readonly reports: ComplianceReportService) {}

  @Query(() => ComplianceReportModel, {
    description:
      'requirementId null = every requirement: a person counts as completed when all that cover them are met; orgUnitId null = the root; unit managers only inside their subtree',
  })
  async complianceReport(
    @CurrentActor() actor: Actor,
    @Args('requirementId', { type: () => ID, nullable: true }) requirementId: string | null,
    @Args('orgUnitId', { type: () => ID, nullable: true }) orgUnitId: string | null,
  ): Promise<ComplianceReportModel> {
    return ComplianceReportModel.from(await this.reports.report(actor, requirementId ?? null, orgUnitId ?? null));
  }

  @ResolveField(() => OrgUnitModel)
  async orgUnit(@Parent() row: ComplianceRowModel, @Context() ctx: GraphqlContext): Promise<OrgUnitModel> {
    const unit = await ctx.loaders.orgUnits.byId.load(row.orgUnitId);
    if (!unit) throw new Error(`Org unit ${row.orgUnitId} of a compliance row is missing`);
    return OrgUnitModel.from(unit);
  }
}
