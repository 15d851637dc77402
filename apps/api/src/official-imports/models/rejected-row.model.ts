import { Field, Int, ObjectType } from '@nestjs/graphql';
import { type Locale, type RejectedRow, rejectedRowMessage, rejectedRowReason } from '@hocso/server-core';

@ObjectType('RejectedRow')
export class RejectedRowModel {
  @Field(() => Int, { description: 'line of the file, counting the header as line 1 (what a spreadsheet shows)' })
  row: number;

  @Field({ description: 'why the row was rejected, in the language of the request (Accept-Language)' })
  message: string;

  @Field(() => String, { nullable: true, description: 'stable key of the reason (null for rows rejected before reasons had keys)' })
  reason: string | null;

  @Field(() => String, { nullable: true })
  field: string | null;

  static from(rejected: RejectedRow, locale: Locale): RejectedRowModel {
    return { row: rejected.row, message: rejectedRowMessage(rejected, locale), reason: rejectedRowReason(rejected), field: rejected.field ?? null };
  }
}
