import { Field, ID, InputType } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType({ description: 'Lets one covered person off a requirement, with the reason (admins; unit managers for the people of their subtree)' })
export class RequirementExemptionInput {
  @Field(() => ID)
  requirementId: string;

  @Field(() => ID)
  userId: string;

  /** Wider than the service's own bound, which then answers a long reason with its rule. */
  @MaxLength(TEXT_BOUNDS.comment)
  @Field()
  reason: string;
}

@InputType({ description: "Moves one covered person's due date later, with the reason (admins; unit managers for the people of their subtree)" })
export class RequirementExtensionInput extends RequirementExemptionInput {
  @Field(() => Date, { description: "after the person's current due date (before any extension), at most 5 years from now" })
  dueAt: Date;
}
