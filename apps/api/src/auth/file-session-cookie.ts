import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, publicUrlOf } from '@hocso/server-core';
import type { Request, Response } from 'express';

const COOKIE = 'hocso_files';
const FILE_ROUTES = '/files';

/**
 * Browsers load lesson files and question images by URL (`<img src>`, download links), without the bearer
 * token the portal sends to /graphql. The API therefore mirrors the access token into an HttpOnly cookie
 * that only the file routes receive (Path=/files), set when a session starts, is refreshed or is read
 * (`me`), cleared at logout, and expiring with the token. Scripts cannot read it; other sites' requests
 * carry it only on top-level navigations (SameSite=Lax), and the file routes only read (GET).
 */
@Injectable()
export class FileSessionCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  set(res: Response | undefined, accessToken: string): void {
    res?.cookie(COOKIE, accessToken, {
      path: FILE_ROUTES,
      httpOnly: true,
      sameSite: 'lax',
      secure: this.secure(),
      maxAge: this.config.ACCESS_TOKEN_TTL_SECONDS * 1000,
    });
  }

  clear(res: Response | undefined): void {
    res?.clearCookie(COOKIE, { path: FILE_ROUTES, httpOnly: true, sameSite: 'lax', secure: this.secure() });
  }

  private secure(): boolean {
    return new URL(publicUrlOf(this.config)).protocol === 'https:';
  }
}

/** The access token of the file cookie, on the file routes' GET requests only. */
export function fileSessionTokenOf(req: Request): string | undefined {
  if (req.method !== 'GET' || !req.path.startsWith(`${FILE_ROUTES}/`)) return undefined;
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE && value.length > 0) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
