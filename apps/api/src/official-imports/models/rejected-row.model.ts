import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RejectedRow')
export class RejectedRowModel {
  @Field(() => Int, { description: 'line of the file, counting the header as line 1 (what a spreadsheet shows)' })
  row: number;

  @Field()
  reason: string;

  @Field(() => String, { nullable: true })
  field: string | null;
}
