import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { OfficialImportStatus } from '@hocso/contracts';
import type { OfficialImportEntity } from '@hocso/server-core';
import { OfficialImportStatusEnum } from '../../common/graphql-enums';
import { RejectedRowModel } from './rejected-row.model';

@ObjectType('OfficialImport')
export class OfficialImportModel {
  @Field(() => ID)
  id: string;

  @Field()
  fileName: string;

  @Field(() => OfficialImportStatusEnum)
  status: OfficialImportStatus;

  @Field(() => Int)
  totalRows: number;

  @Field(() => Int)
  processedRows: number;

  @Field(() => Int)
  createdCount: number;

  @Field(() => Int)
  updatedCount: number;

  @Field(() => Int)
  rejectedCount: number;

  @Field(() => Float, { description: '0..100' })
  percent: number;

  @Field(() => [RejectedRowModel])
  rejectedRows: RejectedRowModel[];

  @Field(() => String, { nullable: true })
  error: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  static from(entity: OfficialImportEntity): OfficialImportModel {
    const percent = entity.totalRows === 0 ? 100 : Math.floor((entity.processedRows / entity.totalRows) * 1000) / 10;
    return {
      id: entity.id,
      fileName: entity.fileName,
      status: entity.status,
      totalRows: entity.totalRows,
      processedRows: entity.processedRows,
      createdCount: entity.createdCount,
      updatedCount: entity.updatedCount,
      rejectedCount: entity.rejectedCount,
      percent: entity.status === 'COMPLETED' ? 100 : percent,
      rejectedRows: entity.rejectedRows.map((row) => ({ row: row.row, reason: row.reason, field: row.field ?? null })),
      error: entity.error,
      createdAt: entity.createdAt,
      finishedAt: entity.finishedAt,
    };
  }
}
