import { EnrollmentEntity } from './enrollment.entity';

/** Learners' enrollments. */
export const ENROLLMENT_ENTITIES = [EnrollmentEntity];
