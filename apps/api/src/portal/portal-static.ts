import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { cacheControlFor, isFileRequest, PRECOMPRESSED_ENCODINGS } from './portal-files';

const API_PREFIXES = ['/graphql', '/health', '/.well-known', '/certificates', '/credentials', '/uploads', '/files'];
const API_PATTERNS = [/^\/question-banks\/[^/]+\/export$/, /^\/exams\/[^/]+\/statistics\.(csv|xlsx)$/, /^\/compliance\/reports\/[^/]+\.(csv|xlsx)$/, /^\/users\/export\.csv$/, /^\/live-sessions\/[^/]+\/calendar\.ics$/];

function isApiPath(pathname: string): boolean {
  return API_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`)) || API_PATTERNS.some((pattern) => pattern.test(pathname));
}

/** The built file a path names, or null when there is none (or the path leaves the portal's folder). */
function builtFile(portalDist: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.join(portalDist, decoded);
  if (!file.startsWith(portalDist + path.sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Sends a built file, as its `.br` or `.gz` twin written at build time when the browser takes that encoding. */
function sendBuiltFile(req: Request, res: Response, next: NextFunction, file: string, cacheControl: string): void {
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Vary', 'Accept-Encoding');
  res.type(path.extname(file));
  const accepted = req.acceptsEncodings(PRECOMPRESSED_ENCODINGS.map((encoding) => encoding.name));
  const encoding = PRECOMPRESSED_ENCODINGS.find((candidate) => candidate.name === accepted && existsSync(file + candidate.suffix));
  if (encoding) res.setHeader('Content-Encoding', encoding.name);
  res.sendFile(encoding ? file + encoding.suffix : file, { cacheControl: false, dotfiles: 'deny' }, (error) => {
    if (error && !res.headersSent) next(error);
  });
}

/**
 * Serves the built portal at `/`: built files (hashed assets cached for a year, the rest revalidated), the app
 * page for client-side routes, and 404 for a file that is not there (a path under /assets/ or with an extension).
 */
export function servePortal(app: INestApplication, portalDist: string): boolean {
  const root = path.resolve(portalDist);
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) return false;
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    const file = req.path === '/index.html' ? index : builtFile(root, req.path);
    if (file) return sendBuiltFile(req, res, next, file, cacheControlFor(req.path));
    if (isFileRequest(req.path)) {
      res.status(404).type('text/plain').setHeader('Cache-Control', 'no-cache');
      res.send('Not found');
      return;
    }
    if (!req.accepts('html')) return next();
    sendBuiltFile(req, res, next, index, cacheControlFor('/index.html'));
  });
  return true;
}
