import { Controller, Get, HttpCode, Param, Post, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { type Actor, DomainError, LessonFileService } from '@hocso/server-core';
import type { Response } from 'express';
import { CurrentActor, OptionalActor } from '../auth/current-actor.decorator';
import { Public } from '../auth/public.decorator';
import { UploadErrorFilter } from './upload-error.filter';

/**
 * Lesson resources: upload (trainers, multipart field `file`) and download, for whoever may see the course
 * content the file belongs to (bearer token or the file cookie, see FileSessionCookie).
 */
@Controller()
@UseFilters(UploadErrorFilter)
export class LessonFilesController {
  constructor(private readonly files: LessonFileService) {}

  @Post('uploads/lesson-files')
  @HttpCode(201)
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: { originalname: string; buffer: Buffer } | undefined,
  ): Promise<{ id: string; name: string; size: number; mimeType: string }> {
    if (!file) throw DomainError.badInput('file', 'files.missing');
    const saved = await this.files.upload(actor, { originalName: file.originalname, content: file.buffer });
    return { id: saved.id, name: saved.name, size: saved.size, mimeType: saved.mimeType };
  }

  @Public()
  @Get('files/lessons/:id')
  async download(@Param('id') id: string, @Res() res: Response, @OptionalActor() actor?: Actor): Promise<void> {
    const { file, stream, isPublic } = await this.files.openFor(actor, id);
    res.setHeader('Content-Type', file.mimeType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // A file of a course's live version is the same for everyone; any other is the caller's alone.
    res.setHeader('Cache-Control', isPublic ? 'public, max-age=3600' : 'private, max-age=3600');
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}
