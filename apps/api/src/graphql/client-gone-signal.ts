import type { Request } from 'express';

/** Aborted when the client closes the connection before its answer is sent (a phone that gave up or went offline). */
export function clientGoneSignal(req: Request): AbortSignal {
  const controller = new AbortController();
  const res = req.res;
  res?.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}
