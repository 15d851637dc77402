import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { COHORT_MEMBER_PAGE_SIZES, type CohortView } from '@hocso/server-core';
import { type Connection, ConnectionType } from '../../common/connection';
import { CourseModel } from '../../courses/models/course.model';
import { PageSize } from '../../graphql/list-size';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { ArgMaxLengths } from '../../graphql/text-lengths';
import { OrgUnitModel } from '../../org-units/models/org-unit.model';
import { TrackModel } from '../../tracks/models/track.model';
import { CohortActionEnum } from '../cohort-enums';
import { CohortMemberConnection } from './cohort-member.model';
import { CohortProgressModel } from './cohort-progress.model';

@ObjectType('Cohort', { description: "People of an org unit's subtree following a course or a track together from a start date" })
export class CohortModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrgUnitModel)
  orgUnit?: OrgUnitModel;

  @Field(() => CourseModel, { nullable: true })
  course?: CourseModel | null;

  @Field(() => TrackModel, { nullable: true, description: 'its members follow the track’s mandatory courses' })
  track: TrackModel | null;

  @Field({ description: 'YYYY-MM-DD' })
  startsOn: string;

  @Field(() => Int)
  memberCount: number;

  @Field(() => CohortProgressModel)
  progress?: CohortProgressModel;

  @PageSize(COHORT_MEMBER_PAGE_SIZES)
  @ArgMaxLengths({ after: TEXT_BOUNDS.cursor })
  @Field(() => CohortMemberConnection, { description: 'by name' })
  members?: CohortMemberConnection;

  @Field(() => [CohortActionEnum])
  allowedActions?: string[];

  orgUnitId: string;

  orgUnitPath: string;

  ownerId: string | null;

  courseId: string | null;

  static from(view: CohortView): CohortModel {
    const { cohort } = view;
    return Object.assign(new CohortModel(), {
      id: cohort.id,
      name: cohort.name,
      track: view.track ? TrackModel.from(view.track) : null,
      startsOn: cohort.startsOn,
      memberCount: view.memberCount,
      orgUnitId: cohort.orgUnitId,
      orgUnitPath: view.orgUnitPath,
      ownerId: cohort.ownerId,
      courseId: cohort.courseId,
    });
  }
}

export const CohortConnection = ConnectionType(CohortModel, 'Cohort');
export type CohortConnection = Connection<CohortModel>;
