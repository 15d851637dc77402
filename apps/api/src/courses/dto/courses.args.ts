import { ArgsType, Field, Int } from '@nestjs/graphql';
import type { CourseStatus } from '@hocso/server-core';
import { CourseStatusEnum } from '../course-enums';

@ArgsType()
export class CoursesArgs {
  @Field(() => String, { nullable: true, description: 'accent-insensitive and typo-tolerant; ranks the best matches first' })
  search?: string | null;

  @Field(() => String, { nullable: true })
  trackCode?: string | null;

  @Field(() => Int, { nullable: true, description: '1–100, default 20' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => CourseStatusEnum, {
    nullable: true,
    description:
      'Trainers and administrators: list courses in this status that they can edit (default PUBLISHED); DRAFT and IN_REVIEW include published courses whose next version is in that state',
  })
  status?: CourseStatus | null;
}
