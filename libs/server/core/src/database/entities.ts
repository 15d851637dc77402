import { PasswordTokenEntity } from '../auth/password-token.entity';
import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { OfficialImportEntity } from '../official-imports/official-import.entity';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { QuestionBankMemberEntity } from '../question-bank/question-bank-member.entity';
import { QuestionBankEntity } from '../question-bank/question-bank.entity';
import { QuestionCategoryEntity } from '../question-bank/question-category.entity';
import { QuestionFileEntity } from '../question-bank/question-file.entity';
import { QuestionVersionEntity } from '../question-bank/question-version.entity';
import { QuestionEntity } from '../question-bank/question.entity';
import { CourseAuthorEntity } from '../courses/course-author.entity';
import { CourseModuleEntity } from '../courses/course-module.entity';
import { CourseTrackEntity } from '../courses/course-track.entity';
import { CourseVersionEntity } from '../courses/course-version.entity';
import { CourseEntity } from '../courses/course.entity';
import { LessonFileEntity } from '../courses/lesson-file.entity';
import { LessonEntity } from '../courses/lesson.entity';
import { EnrollmentEntity } from '../enrollments/enrollment.entity';
import { OutboxEntity } from '../outbox/outbox.entity';
import { TrackEntity } from '../tracks/track.entity';
import { RoleGrantEntity } from '../users/role-grant.entity';
import { UserEntity } from '../users/user.entity';

export const ENTITIES = [
  OrgUnitEntity,
  UserEntity,
  RoleGrantEntity,
  RefreshTokenEntity,
  PasswordTokenEntity,
  TrackEntity,
  OfficialImportEntity,
  QuestionBankEntity,
  QuestionBankMemberEntity,
  QuestionCategoryEntity,
  QuestionEntity,
  QuestionVersionEntity,
  QuestionFileEntity,
  CourseEntity,
  CourseAuthorEntity,
  CourseTrackEntity,
  CourseModuleEntity,
  LessonEntity,
  LessonFileEntity,
  CourseVersionEntity,
  EnrollmentEntity,
  OutboxEntity,
];
