import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { CohortMemberProgress } from '@hocso/server-core';
import { type Connection, ConnectionType } from '../../common/connection';

@ObjectType('CohortMember', { description: 'A member of a cohort and their progress over its courses' })
export class CohortMemberModel {
  @Field(() => ID)
  userId: string;

  @Field()
  fullName: string;

  @Field(() => Float, { description: 'mean over the cohort’s courses, 0..1 (a completed course counts 1)' })
  progress: number;

  @Field({ description: 'every course of the cohort completed' })
  completed: boolean;

  @Field(() => Date, { nullable: true, description: 'the last change of their enrollments in the cohort’s courses' })
  lastActivityAt: Date | null;

  static from(member: CohortMemberProgress): CohortMemberModel {
    return Object.assign(new CohortMemberModel(), member);
  }
}

export const CohortMemberConnection = ConnectionType(CohortMemberModel, 'CohortMember');
export type CohortMemberConnection = Connection<CohortMemberModel>;
