import type { Actor } from '@hocso/server-core';
import type { Request } from 'express';

/** What the bearer token of a request came to: looked up once, whatever the number of fields asked. */
export type ActorLookup = { actor: Actor } | { refusal: unknown };

export type RequestWithActor = Request & { actor?: Actor; actorLookup?: Promise<ActorLookup> };
