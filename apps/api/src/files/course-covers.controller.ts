import { Controller, Get, HttpCode, Param, Post, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { type Actor, CourseCoverService, DomainError } from '@hocso/server-core';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Public } from '../auth/public.decorator';
import { UploadErrorFilter } from './upload-error.filter';

/**
 * Course cover images: upload (the course's editors, multipart field `file`: a JPEG, PNG or WebP up to
 * COVER_IMAGE_MAX_MB), answered with the course's new cover URL; and the covers themselves, for anyone,
 * cached for a year (a new cover has a new URL).
 */
@Controller()
@UseFilters(UploadErrorFilter)
export class CourseCoversController {
  constructor(private readonly covers: CourseCoverService) {}

  @Post('uploads/courses/:courseId/cover')
  @HttpCode(201)
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @CurrentActor() actor: Actor,
    @Param('courseId') courseId: string,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ): Promise<{ courseId: string; coverImageUrl: string | null }> {
    if (!file) throw DomainError.badInput('file', 'files.missing');
    const { course } = await this.covers.upload(actor, courseId, file.buffer);
    return { courseId: course.id, coverImageUrl: course.coverImageUrl };
  }

  @Public()
  @Get('files/course-covers/:courseId/:name')
  async download(@Param('courseId') courseId: string, @Param('name') name: string, @Res() res: Response): Promise<void> {
    const stream = await this.covers.open(courseId, name);
    res.setHeader('Content-Type', 'image/webp');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}
