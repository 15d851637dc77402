import type { LogLevel } from '@nestjs/common';
import type { AppConfig } from './app-config';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** LOG_LEVEL and every level more severe than it. */
export function logLevelsFor(config: Pick<AppConfig, 'LOG_LEVEL'>): LogLevel[] {
  return LEVELS.slice(0, LEVELS.indexOf(config.LOG_LEVEL) + 1);
}
