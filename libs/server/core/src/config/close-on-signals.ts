import { type INestApplicationContext, Logger } from '@nestjs/common';

/**
 * Closes the application on SIGTERM or SIGINT, but never waits forever: closing a queue whose Redis is
 * unreachable can hang, and a process that does not stop blocks a deployment or a Ctrl-C.
 */
export function closeOnSignals(app: INestApplicationContext, graceMs = 10_000): void {
  const logger = new Logger('Shutdown');
  let closing = false;
  const close = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal} received, closing`);
    setTimeout(() => {
      logger.warn(`Still closing after ${graceMs / 1000} s; exiting now`);
      process.exit(1);
    }, graceMs).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(error instanceof Error ? error.message : String(error));
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
}
