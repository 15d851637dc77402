import { AuthResolver } from './auth/auth.resolver';
import { OfficialImportsResolver } from './official-imports/official-imports.resolver';
import { OrgUnitsResolver } from './org-units/org-units.resolver';
import { QuestionBankResolver } from './question-bank/question-bank.resolver';
import { QuestionResolver } from './question-bank/question.resolver';
import { TracksResolver } from './tracks/tracks.resolver';
import { UsersResolver } from './users/users.resolver';
import { CourseModulesResolver } from './courses/course-modules.resolver';
import { CourseVersionsResolver } from './courses/course-versions.resolver';
import { CoursesResolver } from './courses/courses.resolver';
import { LessonsResolver } from './courses/lessons.resolver';
import { TrackCoursesResolver } from './courses/track-courses.resolver';
import { EnrollmentsResolver } from './enrollments/enrollments.resolver';

/** Every resolver of the API: the app module provides them and the schema emitter reads them. */
export const RESOLVERS = [AuthResolver, UsersResolver, OrgUnitsResolver, TracksResolver, OfficialImportsResolver, QuestionBankResolver, QuestionResolver,
  CoursesResolver, CourseModulesResolver, CourseVersionsResolver, LessonsResolver, TrackCoursesResolver, EnrollmentsResolver];
