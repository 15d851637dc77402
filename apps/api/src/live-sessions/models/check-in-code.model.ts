import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CheckInCode', { description: 'The code the organiser’s screen shows now; the one before it is still taken' })
export class CheckInCodeModel {
  @Field({ description: 'six digits' })
  code: string;

  @Field(() => Date, { description: 'when to ask for the next one' })
  refreshAt: Date;

  @Field(() => Int)
  stepSeconds: number;
}
