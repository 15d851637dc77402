import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { DomainError, LessonFileService, negotiateLocale } from '@hocso/server-core';
import type { Request, Response } from 'express';
import { domainErrorExtensions } from '../graphql/domain-error-extensions';

const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/**
 * Upload and download errors as the API's JSON error shape. Multer's own refusals (too large, too many
 * files, wrong field) become BAD_USER_INPUT on the `file` field, with the size limit when it applies.
 */
@Injectable()
@Catch(DomainError, HttpException)
export class UploadErrorFilter implements ExceptionFilter {
  constructor(private readonly files: LessonFileService) {}

  catch(error: DomainError | HttpException, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof DomainError) {
      const locale = negotiateLocale(host.switchToHttp().getRequest<Request>().headers['accept-language']);
      response.status(HTTP_STATUS[error.code] ?? 400).json({
        errors: [{ message: error.messageIn(locale), extensions: domainErrorExtensions(error) }],
      });
      return;
    }
    const status = error.getStatus();
    if (status === HttpStatus.PAYLOAD_TOO_LARGE) {
      const { maxBytes: bytes, limitText: text } = this.files;
      response.status(status).json({
        errors: [{ message: `The file is larger than the ${text} limit`, extensions: { code: 'BAD_USER_INPUT', field: 'file', limitBytes: bytes } }],
      });
      return;
    }
    const code = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT';
    response.status(status).json({
      errors: [{ message: error.message, extensions: { code, ...(code === 'BAD_USER_INPUT' ? { field: 'file' } : {}) } }],
    });
  }
}
