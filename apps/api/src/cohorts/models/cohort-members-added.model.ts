import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CohortModel } from './cohort.model';

@ObjectType('CohortMembersAdded')
export class CohortMembersAddedModel {
  @Field(() => CohortModel)
  cohort: CohortModel;

  @Field(() => Int, { description: 'people who were not members before' })
  added: number;

  @Field(() => Int, { description: 'enrollments made (someone already enrolled in a course keeps that enrollment)' })
  enrolled: number;
}
