import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { type AppConfig, APP_CONFIG, CoursesModule, ExternalCertificatesModule } from '@hocso/server-core';
import { CourseCoversController } from './course-covers.controller';
import { ExternalCertificateEvidenceController } from './external-certificate-evidence.controller';
import { LessonFilesController } from './lesson-files.controller';

/** Plain HTTP routes for uploaded files (lesson files, external certificate evidence, course covers); multer keeps one upload in memory, up to UPLOAD_MAX_MB. */
@Module({
  imports: [
    CoursesModule,
    ExternalCertificatesModule,
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ limits: { fileSize: Math.floor(config.UPLOAD_MAX_MB * 1024 * 1024), files: 1, fields: 10 } }),
    }),
  ],
  controllers: [LessonFilesController, ExternalCertificateEvidenceController, CourseCoversController],
})
export class FilesModule {}
