import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ReminderPreferences', { description: "The signed-in person's choice of training reminders" })
export class ReminderPreferencesModel {
  @Field({ description: 'the reminders 14 and 3 days before a due date are not sent; "assigned" and "overdue" always are' })
  muteOptional: boolean;
}
