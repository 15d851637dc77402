import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Audience } from '@hocso/contracts';
import type { CohortCandidate } from '@hocso/server-core';
import { AudienceEnum } from '../../common/graphql-enums';

@ObjectType('CohortCandidate', { description: 'A person of the cohort’s unit subtree who could be added to it' })
export class CohortCandidateModel {
  @Field(() => ID)
  userId: string;

  @Field()
  fullName: string;

  @Field(() => String, { nullable: true })
  orgUnitName: string | null;

  @Field(() => AudienceEnum)
  audience: Audience;

  @Field({ description: 'already a member of the cohort' })
  member: boolean;

  static from(candidate: CohortCandidate): CohortCandidateModel {
    return Object.assign(new CohortCandidateModel(), candidate);
  }
}
