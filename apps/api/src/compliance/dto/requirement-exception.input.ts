import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'Lets one covered person off a requirement, with the reason (admins; unit managers for the people of their subtree)' })
export class RequirementExemptionInput {
  @Field(() => ID)
  requirementId: string;

  @Field(() => ID)
  userId: string;

  @Field()
  reason: string;
}

@InputType({ description: "Moves one covered person's due date later, with the reason (admins; unit managers for the people of their subtree)" })
export class RequirementExtensionInput extends RequirementExemptionInput {
  @Field(() => Date, { description: "after the person's current due date (before any extension), at most 5 years from now" })
  dueAt: Date;
}
