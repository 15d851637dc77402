import type { Actor } from '@hocso/server-core';
import type { Request } from 'express';

export type RequestWithActor = Request & { actor?: Actor };
