import type { NextFunction, Request, Response } from 'express';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  limit?: number;
}

/** Turns body-parser failures (too large, malformed JSON) into a GraphQL-shaped JSON error, never HTML. */
export function bodyErrorMiddleware(error: BodyParserError, _req: Request, res: Response, next: NextFunction): void {
  if (!error || typeof error.status !== 'number') return next(error);
  const message =
    error.type === 'entity.too.large'
      ? `The request body is larger than the ${Math.round((error.limit ?? 0) / 1024 / 1024)} MB limit`
      : error.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON'
        : error.message;
  res.status(error.status).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
}
