import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StorageModule } from '../storage/storage.module';
import { CourseAuthorEntity } from './course-author.entity';
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
  providers: [CourseService, CourseReadService, LessonFileService],
  exports: [CourseService, CourseReadService, LessonFileService],
})
export class CoursesModule {}
