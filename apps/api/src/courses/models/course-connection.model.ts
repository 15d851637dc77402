import { type Connection, ConnectionType } from '../../common/connection';
import { CourseModel } from './course.model';

export const CourseConnection = ConnectionType(CourseModel, 'Course');
export type CourseConnection = Connection<CourseModel>;
