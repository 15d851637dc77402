import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type Locale, negotiateLocale } from '@hocso/server-core';
import { requestOf } from '../auth/current-actor.decorator';

/** The language the caller reads (`Accept-Language`; Vietnamese by default), for texts a resolver renders. */
export const RequestLocale = createParamDecorator(
  (_: unknown, context: ExecutionContext): Locale => negotiateLocale(requestOf(context).headers['accept-language']),
);
