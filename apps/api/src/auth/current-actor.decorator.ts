import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type Actor, DomainError } from '@hocso/server-core';
import type { Response } from 'express';
import type { RequestWithActor } from './request-with-actor';

export function requestOf(context: ExecutionContext): RequestWithActor {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req
    : context.switchToHttp().getRequest<RequestWithActor>();
}

/** The signed-in actor; the guard has already refused anonymous calls to non-public operations. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw DomainError.unauthenticated();
  return actor;
});

/** The actor when there is one (public operations such as `me`). */
export const OptionalActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor | undefined => requestOf(context).actor,
);

export const ClientIp = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined => {
  const req = requestOf(context);
  return req.ip ?? req.socket?.remoteAddress;
});

/** The HTTP response of the request (to set cookies from a GraphQL resolver). */
export const HttpResponse = createParamDecorator((_: unknown, context: ExecutionContext): Response | undefined => requestOf(context).res);
