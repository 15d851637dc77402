import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ComplianceReminder')
export class ComplianceReminderModel {
  @Field(() => Int, { description: 'people of the unit who had not met the requirement, each notified in the app' })
  remindedCount: number;

  @Field(() => Date)
  sentAt: Date;
}
