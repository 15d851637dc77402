import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthService, DomainError } from '@hocso/server-core';
import { requestOf } from './current-actor.decorator';
import { fileSessionTokenOf } from './file-session-cookie';
import { IS_PUBLIC } from './public.decorator';
import type { ActorLookup, RequestWithActor } from './request-with-actor';

/**
 * Global guard: resolves the bearer token (or, for file downloads, the file cookie) to an actor and
 * refuses anonymous calls unless @Public.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]) ?? false;
    const isGraphql = context.getType<string>() === 'graphql';
    const req = requestOf(context);
    const token = bearerTokenOf(req) ?? (isGraphql ? undefined : fileSessionTokenOf(req));
    if (token) {
      const lookup = await (req.actorLookup ??= this.lookUp(token));
      if ('actor' in lookup) req.actor = lookup.actor;
      else if (!isPublic) throw lookup.refusal;
    }
    if (!isPublic && !req.actor) throw DomainError.unauthenticated();
    return true;
  }

  private lookUp(token: string): Promise<ActorLookup> {
    return this.auth.actorFor(token).then(
      (actor) => ({ actor }),
      (refusal: unknown) => ({ refusal }),
    );
  }
}

export function bearerTokenOf(req: RequestWithActor): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}
