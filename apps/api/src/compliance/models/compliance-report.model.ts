import { Field, ObjectType } from '@nestjs/graphql';
import type { ComplianceReportView } from '@hocso/server-core';
import { LIST_BOUNDS } from '../../graphql/list-bounds';
import { ListSize } from '../../graphql/list-size';
import { ComplianceRowModel } from './compliance-row.model';

@ObjectType('ComplianceReport')
export class ComplianceReportModel {
  @Field(() => ComplianceRowModel, { description: 'the unit asked for, rolled up over its subtree' })
  total: ComplianceRowModel;

  @ListSize(LIST_BOUNDS.childOrgUnits)
  @Field(() => [ComplianceRowModel], { description: 'one row per child unit' })
  rows: ComplianceRowModel[];

  static from(view: ComplianceReportView): ComplianceReportModel {
    return { total: ComplianceRowModel.from(view.total), rows: view.rows.map(ComplianceRowModel.from) };
  }
}
