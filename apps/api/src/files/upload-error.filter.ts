import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ERROR_CODES } from '@hocso/contracts';
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
 * Upload and download errors as the API's JSON error shape, in the language of the request. Multer's own
 * refusals (too large, too many files, wrong field) become BAD_USER_INPUT on the `file` field, with the size
 * limit when it applies and multer's words in `extensions.detail`.
 */
@Injectable()
@Catch(DomainError, HttpException)
export class UploadErrorFilter implements ExceptionFilter {
  constructor(private readonly files: LessonFileService) {}

  catch(error: DomainError | HttpException, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const locale = negotiateLocale(http.getRequest<Request>().headers['accept-language']);
    const domainError = error instanceof DomainError ? error : this.asDomainError(error);
    const status = error instanceof HttpException ? error.getStatus() : (HTTP_STATUS[domainError.code] ?? 400);
    http.getResponse<Response>().status(status).json({
      errors: [{ message: domainError.messageIn(locale), extensions: domainErrorExtensions(domainError) }],
    });
  }

  private asDomainError(error: HttpException): DomainError {
    switch (error.getStatus()) {
      case HttpStatus.PAYLOAD_TOO_LARGE:
        return DomainError.badInput('file', 'course.fileTooLarge', { limit: this.files.limitText }, { limitBytes: this.files.maxBytes });
      case HttpStatus.UNAUTHORIZED:
        return DomainError.unauthenticated();
      case HttpStatus.FORBIDDEN:
        return DomainError.forbidden();
      case HttpStatus.NOT_FOUND:
        return new DomainError(ERROR_CODES.notFound, 'request.notFound');
      default:
        return DomainError.badInput('file', 'files.uploadUnreadable', undefined, { detail: error.message });
    }
  }
}
