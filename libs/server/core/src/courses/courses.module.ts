import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StorageModule } from '../storage/storage.module';
import { CourseAuthorService } from './course-author.service';
import { CourseChanges } from './course-changes';
import { CourseCoverService } from './course-cover.service';
import { CourseContentService } from './course-content.service';
import { CourseReadService } from './course-read.service';
import { COURSE_ENTITIES } from './course-entities';
import { CourseService } from './course.service';
import { LessonFileService } from './lesson-file.service';

@Module({
  imports: [TypeOrmModule.forFeature(COURSE_ENTITIES), StorageModule],
  providers: [CourseChanges, CourseService, CourseAuthorService, CourseContentService, CourseReadService, LessonFileService, CourseCoverService],
  exports: [CourseService, CourseAuthorService, CourseContentService, CourseReadService, LessonFileService, CourseCoverService],
})
export class CoursesModule {}
