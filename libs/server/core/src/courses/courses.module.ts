import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StorageModule } from '../storage/storage.module';
import { CourseAuthorEntity } from './course-author.entity';
import { CourseAuthorService } from './course-author.service';
import { CourseChanges } from './course-changes';
import { CourseContentService } from './course-content.service';
import { CourseModuleEntity } from './course-module.entity';
import { CourseReadService } from './course-read.service';
import { CourseTrackEntity } from './course-track.entity';
import { CourseVersionEntity } from './course-version.entity';
import { CourseEntity } from './course.entity';
import { CourseService } from './course.service';
import { LessonFileEntity } from './lesson-file.entity';
import { LessonFileService } from './lesson-file.service';
import { LessonEntity } from './lesson.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([CourseEntity, CourseModuleEntity, LessonEntity, CourseVersionEntity, CourseTrackEntity, CourseAuthorEntity, LessonFileEntity]),
    StorageModule,
  ],
  providers: [CourseChanges, CourseService, CourseAuthorService, CourseContentService, CourseReadService, LessonFileService],
  exports: [CourseService, CourseAuthorService, CourseContentService, CourseReadService, LessonFileService],
})
export class CoursesModule {}
