import type { AppConfig } from '../config/app-config';

/** The largest upload (UPLOAD_MAX_MB) in bytes, and as users read it ("20 MB"). */
export function uploadLimitOf(config: AppConfig): { maxBytes: number; limitText: string } {
  return { maxBytes: Math.floor(config.UPLOAD_MAX_MB * 1024 * 1024), limitText: `${config.UPLOAD_MAX_MB} MB` };
}
