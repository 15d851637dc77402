import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { OfficialImportStatus } from '@hocso/contracts';
import { isMessageKey, type Locale, type OfficialImportEntity, renderMessage } from '@hocso/server-core';
import { OfficialImportStatusEnum } from '../../common/graphql-enums';

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

  @Field(() => String, { nullable: true, description: 'why the import failed, in the language of the request' })
  error: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  static from(entity: OfficialImportEntity, locale: Locale): OfficialImportModel {
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
      error: entity.error === null ? null : failureMessage(entity.error, locale),
      createdAt: entity.createdAt,
      finishedAt: entity.finishedAt,
    };
  }
}

/** A failure stored as a message key is rendered; anything else is an internal error, whose text stays in the log. */
function failureMessage(error: string, locale: Locale): string {
  return renderMessage(isMessageKey(error) ? error : 'officialImports.failed', {}, locale);
}
