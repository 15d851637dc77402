import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Locale, OfficialImportPreview, PreviewOutcome } from '@hocso/server-core';
import { enumOf } from '../../common/graphql-enums';
import { LIST_BOUNDS } from '../../graphql/list-bounds';
import { ListSize } from '../../graphql/list-size';
import { RejectedRowModel } from './rejected-row.model';

export const PreviewOutcomeEnum = enumOf<PreviewOutcome>(['CREATE', 'UPDATE']);
registerEnumType(PreviewOutcomeEnum, { name: 'OfficialImportRowOutcome', description: 'What the import would do with a row it accepts' });

@ObjectType('OfficialImportPreviewRow', { description: 'A row the import would write' })
export class PreviewedRowModel {
  @Field(() => Int, { description: 'line of the file, counting the header as line 1' })
  row: number;

  @Field(() => PreviewOutcomeEnum, { description: 'CREATE a new account, or UPDATE the account that has this email (this phone, for a row without an email)' })
  outcome: PreviewOutcome;

  @Field()
  fullName: string;

  @Field(() => String, { nullable: true, description: 'null for an official onboarded by phone only' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'E.164' })
  phone: string | null;

  @Field()
  orgUnitCode: string;
}

@ObjectType('OfficialImportPreview', { description: 'What an import of the file would do now; nothing is written' })
export class OfficialImportPreviewModel {
  @Field(() => Int)
  totalRows: number;

  @Field(() => Int)
  createCount: number;

  @Field(() => Int)
  updateCount: number;

  @Field(() => Int)
  rejectedCount: number;

  @ListSize(LIST_BOUNDS.previewedImportRows)
  @Field(() => [PreviewedRowModel], { description: 'the first 500 rows that would be written, in file order' })
  changes: PreviewedRowModel[];

  @ListSize(LIST_BOUNDS.previewedImportRows)
  @Field(() => [RejectedRowModel], { description: 'the first 500 rows that would be rejected, in file order' })
  rejectedRows: RejectedRowModel[];

  @Field(() => String, {
    nullable: true,
    description: 'every rejected row as CSV (the file’s columns, then rejection_reason in the language of the request), to correct and upload again; null when none',
  })
  rejectedRowsCsv: string | null;

  static from(preview: OfficialImportPreview, locale: Locale): OfficialImportPreviewModel {
    return {
      totalRows: preview.totalRows,
      createCount: preview.createCount,
      updateCount: preview.updateCount,
      rejectedCount: preview.rejectedCount,
      changes: preview.changes.map((row) => ({ row: row.line, outcome: row.outcome, fullName: row.fullName, email: row.email, phone: row.phone, orgUnitCode: row.orgUnitCode })),
      rejectedRows: preview.rejected.map((row) => RejectedRowModel.from(row, locale)),
      rejectedRowsCsv: preview.rejectedCsv,
    };
  }
}
